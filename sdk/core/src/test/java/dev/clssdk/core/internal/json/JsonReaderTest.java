package dev.clssdk.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reader accepts what jackson-core (defaults plus strict duplicate detection, the factory the
 * SDK used) accepts, gives the same tokens and values, and refuses the rest at the same line and
 * column with the same kind of error.
 */
class JsonReaderTest {
    private static final JsonFactory JACKSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static final List<String> DOCUMENTS = List.of(
            "{}", "[]", "5", "-0", "-0.0", "0.5e-3", "1E+2", "2147483647", "2147483648", "-2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
            "123456789012345678901234567890", "1e400", "true", "false", "null", "\"\"",
            "{\"a\":1,\"b\":[true,false,null,\"x\",{\"c\":{}}],\"d\":-1.25}",
            "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e9\\uD83D\\uDE00\\ud800\"",
            "\"caf\u00e9 \u4e2d\u6587 \uD83D\uDE00\"",
            "\uFEFF{\"bom\":1}",
            " \t\r\n {\"x\" : [ 1 , 2 ] } \r\n",
            "{\"a\":1}\r\n{\"b\":2}\n[3] 4 \"5\"",
            "{\"a\":1,\"b\":2,\"a\":3}", "{\"a\":{\"a\":1},\"b\":{\"a\":2}}", "{\"x\":1,\"x\":1}",
            "{\"a\":1", "[1,2", "\"abc", "{\"a\"", "{\"a\":", "[", "-", "1.", "1e", "1e+", "tru", "nul",
            "{'a':1}", "{a:1}", "{\"a\":1,}", "[1,]", "[,1]", "{,}", "[1 2]", "{\"a\" 1}", "{\"a\":1 \"b\":2}",
            "01", "-01", "00", "1.e5", ".5", "+1", "NaN", "-Infinity", "Infinity", "[NaN]", "truex", "[trux]",
            "nullx", "1x", "[1x]", "\"a\"b", "{\"a\":1}}", "[1]]", "{]", "[}", "<html>", "\u0000", "{} \u0001",
            "\"a\u0001b\"", "\"a\nb\"", "\"\\q\"", "\"\\u12G4\"", "\"\\u12", "{\"a\":\"\\x\"}", "/* c */ 1",
            "# c\n1", "[1]\n\n  x", "{\n\"a\":\n  01}", "{\r\n\"a\" : \r\n tru }",
            "[" + "[".repeat(999) + "]".repeat(999) + "]", "[" + "[".repeat(1000) + "]".repeat(1000) + "]",
            "1" + "0".repeat(999), "1" + "0".repeat(1000), "-1" + "0".repeat(1000), "1." + "0".repeat(1000),
            "1.5e" + "1".repeat(999));

    @Test
    void everyDocumentReadsAsJacksonCoreReadsIt() {
        List<String> differences = new ArrayList<>();
        for (String document : DOCUMENTS) {
            compare(document.getBytes(StandardCharsets.UTF_8), differences);
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void invalidUtf8InAStringIsRefusedWhereJacksonCoreRefusesIt() {
        List<String> differences = new ArrayList<>();
        int[][] strings = {{0x80}, {0xC3}, {0xC3, 0x28}, {0xE4, 0xB8}, {0xE4, 0x28, 0xAD}, {0xF0, 0x9F, 0x98},
            {0xF0, 0x9F, 0x98, 0x80}, {0xF8, 0x80}, {0xFF}, {0xC0, 0x80}, {0xED, 0xA0, 0x80}};
        for (int[] bytes : strings) {
            byte[] document = new byte[bytes.length + 2];
            document[0] = '"';
            for (int i = 0; i < bytes.length; i++) {
                document[i + 1] = (byte) bytes[i];
            }
            document[document.length - 1] = '"';
            compare(document, differences);
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void randomDocumentsAndTheirMutationsReadAsJacksonCoreReadsThem() {
        Random random = new Random(20261202L);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            StringBuilder document = new StringBuilder();
            value(random, document, 0);
            byte[] bytes = document.toString().getBytes(StandardCharsets.UTF_8);
            if (i % 4 != 0 && bytes.length > 0) {
                int at = random.nextInt(bytes.length);
                String replacements = "{}[]:,\"\\ 0-9.eE+tfnx\n\u0001";
                switch (random.nextInt(3)) {
                    case 0 -> bytes[at] = (byte) replacements.charAt(random.nextInt(replacements.length()));
                    case 1 -> bytes = remove(bytes, at);
                    default -> bytes = java.util.Arrays.copyOf(bytes, at);
                }
            }
            compare(bytes, differences);
        }
        assertThat(differences).isEmpty();
    }

    private static byte[] remove(byte[] bytes, int at) {
        byte[] out = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(bytes, at + 1, out, at, bytes.length - at - 1);
        return out;
    }

    private static void value(Random random, StringBuilder out, int depth) {
        int kind = random.nextInt(depth > 3 ? 6 : 8);
        switch (kind) {
            case 0 -> out.append(random.nextBoolean() ? "true" : random.nextBoolean() ? "false" : "null");
            case 1 -> out.append(random.nextInt(2000) - 1000);
            case 2 -> out.append(random.nextLong());
            case 3 -> out.append(random.nextDouble() * 1e6 - 5e5);
            case 4 -> out.append(random.nextInt(10)).append('e').append(random.nextInt(20) - 10);
            case 5 -> string(random, out);
            case 6 -> {
                out.append('[');
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    out.append(i == 0 ? "" : random.nextBoolean() ? "," : " , ");
                    value(random, out, depth + 1);
                }
                out.append(']');
            }
            default -> {
                out.append('{');
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    out.append(i == 0 ? "" : ",");
                    string(random, out);
                    out.append(random.nextBoolean() ? ":" : " :\n ");
                    value(random, out, depth + 1);
                }
                out.append('}');
            }
        }
    }

    private static void string(Random random, StringBuilder out) {
        String alphabet = "abAB09 _-\u00e9\u4e2d";
        out.append('"');
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            int pick = random.nextInt(alphabet.length() + 3);
            if (pick < alphabet.length()) {
                out.append(alphabet.charAt(pick));
            } else if (pick == alphabet.length()) {
                out.append("\\n");
            } else if (pick == alphabet.length() + 1) {
                out.append("\\u00").append(Integer.toHexString(0x10 + random.nextInt(0xEF)));
            } else {
                out.append("\uD83D\uDE00");
            }
        }
        out.append('"');
    }

    private static void compare(byte[] document, List<String> differences) {
        String expected = jackson(document);
        String actual = ours(document);
        if (!expected.equals(actual)) {
            StringBuilder shown = new StringBuilder();
            for (byte b : document) {
                shown.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02X", b & 0xFF));
            }
            differences.add((shown.length() > 100 ? shown.substring(0, 100) + "..." : shown) + "  jackson: " + expected
                    + "  ours: " + actual);
        }
    }

    private static String jackson(byte[] document) {
        StringBuilder out = new StringBuilder();
        try (JsonParser parser = JACKSON.createParser(document)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                out.append(switch (token) {
                    case START_OBJECT -> "{";
                    case END_OBJECT -> "}";
                    case START_ARRAY -> "[";
                    case END_ARRAY -> "]";
                    case FIELD_NAME -> "name:" + parser.currentName();
                    case VALUE_STRING -> "string:" + parser.getText();
                    case VALUE_NUMBER_INT -> "int:" + parser.getNumberValue().getClass().getSimpleName() + ":"
                            + parser.getNumberValue() + ":" + parser.getDoubleValue();
                    case VALUE_NUMBER_FLOAT -> "float:" + parser.getDoubleValue();
                    case VALUE_TRUE -> "true";
                    case VALUE_FALSE -> "false";
                    case VALUE_NULL -> "null";
                    default -> "?" + token;
                }).append(' ');
            }
            return out.append("end").toString();
        } catch (JsonProcessingException e) {
            String kind = e instanceof JsonEOFException ? "ENDS_EARLY"
                    : e instanceof StreamConstraintsException ? "LIMIT"
                    : String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field") ? "DUPLICATE_KEY" : "SYNTAX";
            JsonLocation location = e.getLocation();
            // Tokens before an error are left out: jackson-core reads a number or word after a name
            // with the name, this reader with the value; where and how the document breaks is the same.
            return kind + (location == null || location.getLineNr() < 0 || kind.equals("LIMIT") ? ""
                    : " at " + location.getLineNr() + ":" + location.getColumnNr());
        } catch (Exception e) {
            return out + "other " + e.getClass().getName();
        }
    }

    private static String ours(byte[] document) {
        StringBuilder out = new StringBuilder();
        JsonReader reader = new JsonReader(document);
        try {
            for (JsonReader.Token token = reader.next(); token != null; token = reader.next()) {
                out.append(switch (token) {
                    case START_OBJECT -> "{";
                    case END_OBJECT -> "}";
                    case START_ARRAY -> "[";
                    case END_ARRAY -> "]";
                    case FIELD_NAME -> "name:" + reader.text();
                    case STRING -> "string:" + reader.text();
                    case NUMBER_INT -> "int:" + reader.integerValue().getClass().getSimpleName() + ":"
                            + reader.integerValue() + ":" + reader.doubleValue();
                    case NUMBER_FLOAT -> "float:" + reader.doubleValue();
                    case TRUE -> "true";
                    case FALSE -> "false";
                    case NULL -> "null";
                }).append(' ');
            }
            return out.append("end").toString();
        } catch (JsonSyntaxException e) {
            return e.kind().name() + (e.line() < 0 || e.kind() == JsonSyntaxException.Kind.LIMIT ? ""
                    : " at " + e.line() + ":" + e.column());
        } catch (Exception e) {
            return out + "other " + e.getClass().getName();
        }
    }
}
