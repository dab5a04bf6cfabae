package dev.clssdk.core.internal.http;

import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.internal.json.JsonReader;
import dev.clssdk.core.internal.json.JsonSyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Makes text from the wire safe for messages and logs: removes the credentials of the call that
 * produced the text (each call passes its own, so concurrent calls with rotating credentials never
 * see each other's), the values of the members the spec marks sensitive in that call's request (a web
 * identity token the server echoes in its error message), the client's own secrets (a proxy's
 * password, also as the {@code user:password} pair and its Base64, what {@code Proxy-Authorization}
 * carries), any fragment of these that a cut left at either end of the text, anything shaped like a
 * TC3 signature or credential scope, and control characters. Stateless and thread-safe.
 */
public final class Redactor {
    private static final Pattern SIGNATURE = Pattern.compile("(?i)(Signature=)[0-9a-f]+");
    private static final Pattern CREDENTIAL = Pattern.compile("(?i)(Credential=)[^,\\s\"]+");
    private static final String MASK = "***";
    /**
     * A run of the characters keys and tokens are made of: masked in text from a credentials source
     * when it is long enough to be one ({@link #maskSecretShapes}).
     */
    private static final Pattern KEY_LIKE_RUN = Pattern.compile("[A-Za-z0-9+/=_]{16,}");
    /** Text from a credentials source is cut to this many characters in a message. */
    private static final int MAX_SOURCE_TEXT = 200;
    /** The shortest secret, or piece of one, that is masked. */
    private static final int MIN_FRAGMENT = 4;
    /** {@code "Secret": "..."} and the like: values of members the spec marks sensitive, or null if none. */
    private final Pattern sensitiveMember;
    private final Set<String> sensitiveFields;
    /** {@code "Name"} for each sensitive member, to find cheaply whether a request has any. */
    private final List<byte[]> quotedSensitiveFields = new ArrayList<>();
    private final List<String> clientSecrets;

    /**
     * @param sensitiveFields wire names of the members whose values are masked in any text
     */
    public Redactor(Set<String> sensitiveFields) {
        this(sensitiveFields, List.of());
    }

    /**
     * @param sensitiveFields wire names of the members whose values are masked in any text
     * @param clientSecrets secrets of the client itself (a proxy's credentials), masked in every text
     */
    public Redactor(Set<String> sensitiveFields, List<String> clientSecrets) {
        StringJoiner names = new StringJoiner("|");
        for (String field : new TreeSet<>(sensitiveFields)) {
            names.add(Pattern.quote(field));
            quotedSensitiveFields.add(("\"" + field + "\"").getBytes(StandardCharsets.UTF_8));
        }
        this.sensitiveFields = Set.copyOf(sensitiveFields);
        List<String> longestFirst = new ArrayList<>(clientSecrets);
        longestFirst.sort((x, y) -> Integer.compare(y.length(), x.length())); // "user:pw" before "pw"
        this.clientSecrets = List.copyOf(longestFirst);
        this.sensitiveMember = sensitiveFields.isEmpty() ? null
                : Pattern.compile("(\"(?:" + names + ")\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*\"?");
    }

    /**
     * The string values of the sensitive members in a request body, wherever they are nested, to mask
     * wherever the response repeats them. Cheap for the usual request, which has none: the JSON is parsed
     * only if the name of a sensitive member occurs in it.
     *
     * @param requestJson the request body as sent, may be {@code null}
     * @return the values, empty if none
     */
    public List<String> sensitiveValues(byte[] requestJson) {
        if (requestJson == null || requestJson.length == 0 || !containsAny(requestJson, quotedSensitiveFields)) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        JsonReader reader = new JsonReader(requestJson);
        try {
            for (JsonReader.Token token = reader.next(); token != null; token = reader.next()) {
                if (token == JsonReader.Token.FIELD_NAME && sensitiveFields.contains(reader.text())
                        && reader.next() == JsonReader.Token.STRING) {
                    values.add(reader.text());
                }
            }
        } catch (JsonSyntaxException e) {
            // Not JSON after all: the values found so far are all there are to mask.
        }
        return values;
    }

    private static boolean containsAny(byte[] text, List<byte[]> needles) {
        for (byte[] needle : needles) {
            outer:
            for (int i = 0; i + needle.length <= text.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (text[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Redacts a piece of text by the patterns only (no credentials known).
     *
     * @param text the text, may be {@code null}
     * @return the redacted text, or {@code null}
     */
    public String redact(String text) {
        return redact(text, null);
    }

    /**
     * Redacts a piece of text that a response to a call signed with {@code credentials} produced.
     *
     * @param text the text, may be {@code null}
     * @param credentials the credentials the call was signed with, or {@code null} if none
     * @return the redacted text, or {@code null}
     */
    public String redact(String text, Credentials credentials) {
        return redact(text, credentials, List.of());
    }

    /**
     * Redacts a piece of text that the response to a call produced, knowing the call's request.
     *
     * @param text the text, may be {@code null}
     * @param credentials the credentials the call was signed with, or {@code null} if none
     * @param requestSecrets the values of the sensitive members of the call's request ({@link #sensitiveValues})
     * @return the redacted text, or {@code null}
     */
    public String redact(String text, Credentials credentials, List<String> requestSecrets) {
        if (text == null) {
            return null;
        }
        String result = text;
        if (credentials != null) {
            result = replace(result, credentials.secretKey());
            result = replace(result, credentials.token());
            result = replace(result, credentials.secretId());
            result = maskCutFragments(result, credentials.secretKey());
            result = maskCutFragments(result, credentials.token());
            result = maskCutFragments(result, credentials.secretId());
        }
        for (List<String> secrets : List.of(requestSecrets, clientSecrets)) {
            for (String secret : secrets) {
                result = maskCutFragments(replace(result, secret), secret);
            }
        }
        if (sensitiveMember != null) {
            result = sensitiveMember.matcher(result).replaceAll("$1" + MASK + "\"");
        }
        result = SIGNATURE.matcher(result).replaceAll("$1" + MASK);
        return CREDENTIAL.matcher(result).replaceAll("$1" + MASK);
    }

    /**
     * Text from a credentials source (a metadata service's {@code Code}, a token service's message, a
     * user's fetcher's exception message) as a message may show it. Such a source may quote
     * credentials nobody has seen yet (ones it is about to issue, someone else's), so besides the
     * secrets known here, anything shaped like a key or token is masked ({@link #maskSecretShapes}),
     * control characters are dropped and the text is cut short.
     *
     * @param text the text, may be {@code null}
     * @param knownSecrets secrets to mask wherever they occur, for example the credentials issued last
     * @return the text safe to show, or {@code null}
     */
    public static String credentialSourceText(String text, List<String> knownSecrets) {
        if (text == null) {
            return null;
        }
        List<String> secrets = new ArrayList<>();
        for (String secret : knownSecrets) {
            if (secret != null) {
                secrets.add(secret);
            }
        }
        String result = new Redactor(Set.of(), secrets).redact(text);
        result = maskSecretShapes(result).replaceAll("\\p{Cntrl}", " ");
        return result.length() > MAX_SOURCE_TEXT ? result.substring(0, MAX_SOURCE_TEXT) + "..." : result;
    }

    /**
     * Masks every run of key characters ({@code A-Z a-z 0-9 + / = _}) that could be a secret: 16 or
     * more of letters and digits mixed (a SecretId, SecretKey or token almost always mixes them), or
     * 24 or more of any of them. Words, codes ({@code FailedOperation.Denied}), role names and numbers
     * (a timestamp, a temporary folder's name) survive; a CamelCase word of 24 letters does not, which is
     * the price of never showing a key.
     *
     * @param text the text
     * @return the text with such runs masked
     */
    static String maskSecretShapes(String text) {
        java.util.regex.Matcher m = KEY_LIKE_RUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String run = m.group();
            boolean hasDigit = run.chars().anyMatch(Character::isDigit);
            boolean hasLetter = run.chars().anyMatch(Character::isLetter);
            boolean keyLike = run.length() >= 24 || (hasLetter && hasDigit);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(keyLike ? MASK : run));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replace(String text, String secret) {
        return secret == null || secret.length() < MIN_FRAGMENT ? text : text.replace(secret, MASK);
    }

    /**
     * A cut (a preview's limit, a truncated body) can leave the first characters of a secret at the
     * end of a text, or its last ones at the start: masks the longest such fragment of at least
     * {@value #MIN_FRAGMENT} characters.
     */
    private static String maskCutFragments(String text, String secret) {
        if (secret == null || secret.length() <= MIN_FRAGMENT) {
            return text;
        }
        String result = text;
        for (int k = Math.min(secret.length() - 1, result.length()); k >= MIN_FRAGMENT; k--) {
            if (result.regionMatches(result.length() - k, secret, 0, k)) {
                result = result.substring(0, result.length() - k) + MASK;
                break;
            }
        }
        for (int k = Math.min(secret.length() - 1, result.length()); k >= MIN_FRAGMENT; k--) {
            if (result.regionMatches(0, secret, secret.length() - k, k)) {
                result = MASK + result.substring(k);
                break;
            }
        }
        return result;
    }

    /**
     * The first bytes of a body as a quoted, redacted, single-line string.
     *
     * @param body the body
     * @param maxBytes how many bytes to show at most
     * @param credentials the credentials of the call that received the body, or {@code null}
     * @return the preview, {@code ""} for an empty body
     */
    public String preview(byte[] body, int maxBytes, Credentials credentials) {
        return preview(body, maxBytes, credentials, List.of());
    }

    /**
     * The first bytes of a body as a quoted, redacted, single-line string, knowing the call's request.
     *
     * @param body the body
     * @param maxBytes how many bytes to show at most
     * @param credentials the credentials of the call that received the body, or {@code null}
     * @param requestSecrets the values of the sensitive members of the call's request ({@link #sensitiveValues})
     * @return the preview, {@code ""} for an empty body
     */
    public String preview(byte[] body, int maxBytes, Credentials credentials, List<String> requestSecrets) {
        if (body == null || body.length == 0) {
            return "";
        }
        int length = Math.min(body.length, maxBytes);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(body, 0, length)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            text = "(undecodable)";
        }
        // Redact before escaping, so patterns see the JSON as the server wrote it.
        text = redact(text, credentials, requestSecrets);
        StringBuilder clean = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                clean.append("\\n");
            } else if (c == '\r') {
                clean.append("\\r");
            } else if (c == '"') {
                clean.append("\\\"");
            } else if (Character.isISOControl(c)) {
                clean.append('?');
            } else {
                clean.append(c);
            }
        }
        clean.append('"');
        if (body.length > length) {
            clean.append(" (first ").append(length).append(" of ").append(body.length).append(" bytes)");
        }
        return clean.toString();
    }

    @Override
    public String toString() {
        return "Redactor";
    }
}
