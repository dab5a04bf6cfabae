package dev.clssdk.core.internal.http;

import dev.clssdk.core.auth.Credentials;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Makes text from the wire safe for messages and logs: removes the credentials last used,
 * anything shaped like a TC3 signature or credential scope, and control characters.
 */
public final class Redactor {
    private static final Pattern SIGNATURE = Pattern.compile("(?i)(Signature=)[0-9a-f]+");
    private static final Pattern CREDENTIAL = Pattern.compile("(?i)(Credential=)[^,\\s\"]+");
    private static final String MASK = "***";
    /** {@code "Secret": "..."} and the like: values of members the spec marks sensitive, or null if none. */
    private final Pattern sensitiveMember;

    private volatile Credentials remembered;

    /**
     * @param sensitiveFields wire names of the members whose values are masked in any text
     */
    public Redactor(Set<String> sensitiveFields) {
        StringJoiner names = new StringJoiner("|");
        for (String field : new TreeSet<>(sensitiveFields)) {
            names.add(Pattern.quote(field));
        }
        this.sensitiveMember = sensitiveFields.isEmpty() ? null
                : Pattern.compile("(\"(?:" + names + ")\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*\"?");
    }

    /**
     * Remembers the credentials being used, so that an echo of them is removed too.
     *
     * @param credentials the credentials
     */
    public void remember(Credentials credentials) {
        remembered = credentials;
    }

    /**
     * Redacts a piece of text.
     *
     * @param text the text, may be {@code null}
     * @return the redacted text, or {@code null}
     */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        Credentials credentials = remembered;
        if (credentials != null) {
            result = replace(result, credentials.secretKey());
            result = replace(result, credentials.token());
            result = replace(result, credentials.secretId());
        }
        if (sensitiveMember != null) {
            result = sensitiveMember.matcher(result).replaceAll("$1" + MASK + "\"");
        }
        result = SIGNATURE.matcher(result).replaceAll("$1" + MASK);
        return CREDENTIAL.matcher(result).replaceAll("$1" + MASK);
    }

    private static String replace(String text, String secret) {
        return secret == null || secret.length() < 4 ? text : text.replace(secret, MASK);
    }

    /**
     * The first bytes of a body as a quoted, redacted, single-line string.
     *
     * @param body the body
     * @param maxBytes how many bytes to show at most
     * @return the preview, {@code ""} for an empty body
     */
    public String preview(byte[] body, int maxBytes) {
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
        text = redact(text);
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
