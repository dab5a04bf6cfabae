package dev.clssdk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stub's verifier (and the test signer) against the worked example in Tencent's documentation. */
class Tc3VerifierTest {

    private static final String SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    private static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    private static final String HOST = "cvm.tencentcloudapi.com";
    private static final long TIMESTAMP = 1551113065L;
    private static final byte[] BODY = "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}"
            .getBytes(StandardCharsets.UTF_8);
    private static final String PAYLOAD_HASH = "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064";
    private static final String CANONICAL_REQUEST_HASH = "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031";
    private static final String SIGNATURE = "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168";

    private final Tc3Verifier verifier = new Tc3Verifier("cvm",
            id -> id.equals(SECRET_ID) ? Optional.of(new ContractStub.Credential(SECRET_ID, SECRET_KEY, null)) : Optional.empty());

    @Test
    void documentedExampleHashesAndSignatureAreReproduced() {
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("content-type", TestTc3Signer.CONTENT_TYPE);
        signed.put("host", HOST);
        String canonical = Tc3Verifier.canonicalRequest("POST", signed, BODY);

        assertThat(Tc3Verifier.sha256Hex(BODY)).isEqualTo(PAYLOAD_HASH);
        assertThat(Tc3Verifier.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8))).isEqualTo(CANONICAL_REQUEST_HASH);
        assertThat(Tc3Verifier.utcDate(TIMESTAMP)).isEqualTo("2019-02-25");
        assertThat(Tc3Verifier.signature(SECRET_KEY, "2019-02-25", "cvm",
                Tc3Verifier.stringToSign(TIMESTAMP, "2019-02-25", "cvm", CANONICAL_REQUEST_HASH))).isEqualTo(SIGNATURE);
    }

    @Test
    void testSignerReproducesTheDocumentedSignature() {
        assertThat(TestTc3Signer.authorization(SECRET_ID, SECRET_KEY, "cvm", HOST, TIMESTAMP, BODY))
                .isEqualTo(authorization(SIGNATURE));
    }

    @Test
    void documentedRequestIsVerified() {
        assertThat(verifier.verify(request(authorization(SIGNATURE), BODY, TIMESTAMP), Instant.ofEpochSecond(TIMESTAMP + 299)))
                .isEqualTo(new Tc3Verifier.Outcome.Verified(SECRET_ID));
    }

    @Test
    void alteredBodyOrSignatureFailsAndStaleTimestampExpires() {
        byte[] altered = BODY.clone();
        altered[10] ^= 1;
        assertThat(code(verifier.verify(request(authorization(SIGNATURE), altered, TIMESTAMP), Instant.ofEpochSecond(TIMESTAMP))))
                .isEqualTo("AuthFailure.SignatureFailure");
        assertThat(code(verifier.verify(request(authorization(SIGNATURE.replace('7', '8')), BODY, TIMESTAMP), Instant.ofEpochSecond(TIMESTAMP))))
                .isEqualTo("AuthFailure.SignatureFailure");
        assertThat(code(verifier.verify(request(authorization(SIGNATURE), BODY, TIMESTAMP), Instant.ofEpochSecond(TIMESTAMP + 301))))
                .isEqualTo("AuthFailure.SignatureExpire");
        assertThat(code(verifier.verify(request(authorization(SIGNATURE), BODY, TIMESTAMP), Instant.ofEpochSecond(TIMESTAMP - 301))))
                .isEqualTo("AuthFailure.SignatureExpire");
    }

    @Test
    void unknownSecretIdAndMalformedHeaderAreRejected() {
        assertThat(code(verifier.verify(request(authorization(SIGNATURE).replace(SECRET_ID, "AKIDother"), BODY, TIMESTAMP),
                Instant.ofEpochSecond(TIMESTAMP)))).isEqualTo("AuthFailure.SecretIdNotFound");
        assertThat(code(verifier.verify(request("Bearer x", BODY, TIMESTAMP), Instant.ofEpochSecond(TIMESTAMP))))
                .isEqualTo("AuthFailure.InvalidAuthorization");
    }

    @Test
    void scopeDateMustBeTheUtcDateOfTheTimestamp() {
        // 2019-02-25T16:30Z is already 2019-02-26 in UTC+8: a signer using Beijing local time gets the date wrong.
        long lateUtc = Instant.parse("2019-02-25T16:30:00Z").getEpochSecond();
        String localDateScope = authorization(SIGNATURE).replace("2019-02-25", "2019-02-26");
        assertThat(code(verifier.verify(request(localDateScope, BODY, lateUtc), Instant.ofEpochSecond(lateUtc))))
                .isEqualTo("AuthFailure.SignatureFailure");
    }

    private static String authorization(String signature) {
        return "TC3-HMAC-SHA256 Credential=" + SECRET_ID + "/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature="
                + signature;
    }

    private static StubRequest request(String authorization, byte[] body, long timestamp) {
        return new StubRequest("POST", "/", Map.of(
                "content-type", List.of(TestTc3Signer.CONTENT_TYPE),
                "host", List.of(HOST),
                "x-tc-timestamp", List.of(Long.toString(timestamp)),
                "authorization", List.of(authorization)), body);
    }

    private static String code(Tc3Verifier.Outcome outcome) {
        return outcome instanceof Tc3Verifier.Outcome.Rejected rejected ? rejected.code() : "(verified)";
    }
}
