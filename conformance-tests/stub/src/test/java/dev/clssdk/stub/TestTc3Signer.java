package dev.clssdk.stub;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A TC3-HMAC-SHA256 signer for the stub's own tests, written from the documented algorithm and
 * sharing nothing with the stub's verifier, so that a test that passes does not only prove the
 * verifier agrees with itself.
 */
final class TestTc3Signer {

    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final DateTimeFormatter UTC_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private TestTc3Signer() {
    }

    /** The {@code Authorization} header for a body, signed over content-type and host, with scope {@code <date>/<service>/tc3_request}. */
    static String authorization(String secretId, String secretKey, String service, String host, long timestamp, byte[] body) {
        String date = UTC_DATE.format(Instant.ofEpochSecond(timestamp));
        String canonicalRequest = "POST\n/\n\ncontent-type:" + CONTENT_TYPE + "\nhost:" + host + "\n\ncontent-type;host\n"
                + hex(sha256(body));
        String scope = date + "/" + service + "/tc3_request";
        String stringToSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n"
                + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, service);
        key = hmac(key, "tc3_request");
        return "TC3-HMAC-SHA256 Credential=" + secretId + "/" + scope + ", SignedHeaders=content-type;host, Signature="
                + hex(hmac(key, stringToSign));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
