package dev.clssdk.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The writer writes the bytes jackson-core's UTF-8 generator writes with its defaults. */
class JsonWriterTest {
    private static final JsonFactory JACKSON = new JsonFactory();

    @Test
    void randomDocumentsAreWrittenToJacksonCoresBytes() throws Exception {
        Random random = new Random(11L);
        for (int i = 0; i < 3000; i++) {
            long seed = random.nextLong();
            JsonWriter ours = new JsonWriter();
            write(new Random(seed), new Target() {
                @Override
                public void start(boolean object) {
                    if (object) {
                        ours.startObject();
                    } else {
                        ours.startArray();
                    }
                }

                @Override
                public void end(boolean object) {
                    if (object) {
                        ours.endObject();
                    } else {
                        ours.endArray();
                    }
                }

                @Override
                public void name(String name) {
                    ours.name(JsonWriter.encodeName(name));
                }

                @Override
                public void string(String value) {
                    ours.string(value);
                }

                @Override
                public void number(long value) {
                    ours.number(value);
                }

                @Override
                public void number(double value) {
                    ours.number(value);
                }

                @Override
                public void bool(boolean value) {
                    ours.bool(value);
                }

                @Override
                public void nullValue() {
                    ours.nullValue();
                }
            }, 0);
            ByteArrayBuilder bytes = new ByteArrayBuilder();
            try (JsonGenerator generator = JACKSON.createGenerator(bytes, JsonEncoding.UTF8)) {
                write(new Random(seed), new Target() {
                    @Override
                    public void start(boolean object) throws Exception {
                        if (object) {
                            generator.writeStartObject();
                        } else {
                            generator.writeStartArray();
                        }
                    }

                    @Override
                    public void end(boolean object) throws Exception {
                        if (object) {
                            generator.writeEndObject();
                        } else {
                            generator.writeEndArray();
                        }
                    }

                    @Override
                    public void name(String name) throws Exception {
                        generator.writeFieldName(name);
                    }

                    @Override
                    public void string(String value) throws Exception {
                        generator.writeString(value);
                    }

                    @Override
                    public void number(long value) throws Exception {
                        generator.writeNumber(value);
                    }

                    @Override
                    public void number(double value) throws Exception {
                        generator.writeNumber(value);
                    }

                    @Override
                    public void bool(boolean value) throws Exception {
                        generator.writeBoolean(value);
                    }

                    @Override
                    public void nullValue() throws Exception {
                        generator.writeNull();
                    }
                }, 0);
            }
            String expected = new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1);
            assertThat(new String(ours.toByteArray(), StandardCharsets.ISO_8859_1)).as("seed %d", seed).isEqualTo(expected);
        }
    }

    /** Either writer. */
    private interface Target {
        void start(boolean object) throws Exception;

        void end(boolean object) throws Exception;

        void name(String name) throws Exception;

        void string(String value) throws Exception;

        void number(long value) throws Exception;

        void number(double value) throws Exception;

        void bool(boolean value) throws Exception;

        void nullValue() throws Exception;
    }

    private static void write(Random random, Target target, int depth) throws Exception {
        boolean object = random.nextBoolean();
        target.start(object);
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (object) {
                target.name(text(random));
            }
            switch (random.nextInt(depth > 2 ? 7 : 8)) {
                case 0 -> target.string(text(random));
                case 1 -> target.number(random.nextLong());
                case 2 -> target.number(random.nextInt(100) - 50);
                case 3 -> target.number(random.nextInt(10) == 0 ? specialDouble(random) : random.nextDouble() * 1e9);
                case 4 -> target.number(Double.longBitsToDouble(random.nextLong()));
                case 5 -> target.bool(random.nextBoolean());
                case 6 -> target.nullValue();
                default -> write(random, target, depth + 1);
            }
        }
        target.end(object);
    }

    private static double specialDouble(Random random) {
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, Double.MIN_VALUE,
            Double.MAX_VALUE, 1e-7, 1e21, 100.0};
        return specials[random.nextInt(specials.length)];
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(6)) {
                case 0 -> text.append((char) random.nextInt(0x20)); // control characters
                case 1 -> text.append("\"\\/\u007f".charAt(random.nextInt(4)));
                case 2 -> text.append((char) (0x80 + random.nextInt(0x780))); // two UTF-8 bytes
                case 3 -> text.append((char) (0x800 + random.nextInt(0xF7FF))); // three bytes, or a lone surrogate
                case 4 -> text.appendCodePoint(0x10000 + random.nextInt(0xFFFFF)); // a surrogate pair
                default -> text.append((char) (0x20 + random.nextInt(0x5F)));
            }
        }
        return text.toString();
    }
}
