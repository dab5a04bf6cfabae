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
 * Makes text from the wire safe for messages and logs: removes the credentials of the call that
 * produced the text (each call passes its own, so concurrent calls with rotating credentials never
 * see each other's), any fragment of them that a cut left at either end of the text, anything
 * shaped like a TC3 signature or credential scope, and control characters. Stateless and thread-safe.
 */
public final class Redactor {
    private static final Pattern SIGNATURE = Pattern.compile("(?i)(Signature=)[0-9a-f]+");
    private static final Pattern CREDENTIAL = Pattern.compile("(?i)(Credential=)[^,\\s\"]+");
    private static final String MASK = "***";
    /** The shortest secret, or piece of one, that is masked. */
    private static final int MIN_FRAGMENT = 4;
    /** {@code "Secret": "..."} and the like: values of members the spec marks sensitive, or null if none. */
    private final Pattern sensitiveMember;

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
     * Redacts a piece of text by the patterns only (no credentials known).
     *
     * @param text the text, may be {@code null}
     * @return the redacted text, or {@code null}
     */
    public String redact(String text) {
        return redact(text, null);
    }

    /**
     * Redacts a piece of text that an answer to a call signed with {@code credentials} produced.
     *
     * @param text the text, may be {@code null}
     * @param credentials the credentials the call was signed with, or {@code null} if none
     * @return the redacted text, or {@code null}
     */
    public String redact(String text, Credentials credentials) {
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
        if (sensitiveMember != null) {
            result = sensitiveMember.matcher(result).replaceAll("$1" + MASK + "\"");
        }
        result = SIGNATURE.matcher(result).replaceAll("$1" + MASK);
        return CREDENTIAL.matcher(result).replaceAll("$1" + MASK);
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
        text = redact(text, credentials);
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
