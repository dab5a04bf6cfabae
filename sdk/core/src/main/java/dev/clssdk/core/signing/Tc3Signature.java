package dev.clssdk.core.signing;

/**
 * The result of signing one request, with the intermediate values the TC3 documentation names,
 * so a test can compare each step.
 *
 * @param date the UTC date of the credential scope, {@code yyyy-MM-dd}
 * @param payloadHash hex SHA-256 of the body
 * @param canonicalRequestHash hex SHA-256 of the canonical request
 * @param signature hex HMAC-SHA256 of the string to sign
 * @param authorization the {@code Authorization} header value
 */
public record Tc3Signature(String date, String payloadHash, String canonicalRequestHash, String signature,
        String authorization) {
    /**
     * Leaves the signature and the header out: a valid signature can be replayed for five minutes.
     *
     * @return a description without the signature
     */
    @Override
    public String toString() {
        return "Tc3Signature[date=" + date + ", payloadHash=" + payloadHash + ", canonicalRequestHash="
                + canonicalRequestHash + ", signature=(redacted)]";
    }
}
