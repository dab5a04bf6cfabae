package dev.clssdk.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class Tc3SignerTest {
    // Tencent's documented worked example (see /work/shared/README.md).
    private static final String SECRET_ID = "AKIDEXAMPLEID";
    private static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    private static final byte[] BODY =
            "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}"
                    .getBytes(StandardCharsets.UTF_8);

    @Test
    void documentedExampleReproducesPayloadHashCanonicalRequestHashAndSignature() {
        Tc3Signature signature =
                Tc3Signer.sign(SECRET_ID, SECRET_KEY, "cvm", "cvm.tencentcloudapi.com", 1551113065L, BODY);

        assertThat(signature.date()).isEqualTo("2019-02-25");
        assertThat(signature.payloadHash())
                .isEqualTo("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
        assertThat(signature.canonicalRequestHash())
                .isEqualTo("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031");
        assertThat(signature.signature())
                .isEqualTo("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
        assertThat(signature.authorization()).isEqualTo("TC3-HMAC-SHA256 Credential=AKIDEXAMPLEID/2019-02-25/cvm/tc3_request,"
                + " SignedHeaders=content-type;host,"
                + " Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
    }

    @Test
    void cachingInstanceSignsTheDocumentedExampleIdenticallyToThePureMethod() {
        Tc3Signer signer = new Tc3Signer("cvm");
        assertThat(signer.sign(SECRET_ID, SECRET_KEY, "cvm.tencentcloudapi.com", 1551113065L, BODY).signature())
                .isEqualTo("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
    }

    @Test
    void authorizationOfThePureMethodMatchesTheSignature() {
        assertThat(Tc3Signer.authorization(SECRET_ID, SECRET_KEY, "cvm", "cvm.tencentcloudapi.com", 1551113065L, BODY))
                .endsWith("Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
    }

    @Test
    void scopeDateIsTheUtcDateAtOneSecondBeforeUtcMidnight() {
        long timestamp = OffsetDateTime.of(2024, 3, 9, 23, 59, 59, 0, ZoneOffset.UTC).toEpochSecond();
        assertThat(Tc3Signer.utcDate(timestamp)).isEqualTo("2024-03-09");
        assertThat(Tc3Signer.sign(SECRET_ID, SECRET_KEY, "cls", "h", timestamp, BODY).authorization())
                .contains("/2024-03-09/cls/tc3_request");
    }

    @Test
    void scopeDateIsTheUtcDateAtMidnightInUtcPlus8() {
        // 00:00:00 on 10 March in Beijing is still 9 March in UTC.
        long timestamp = OffsetDateTime.of(2024, 3, 10, 0, 0, 0, 0, ZoneOffset.ofHours(8)).toEpochSecond();
        assertThat(Tc3Signer.utcDate(timestamp)).isEqualTo("2024-03-09");
        assertThat(Tc3Signer.utcDate(timestamp + 8 * 3600)).isEqualTo("2024-03-10");
    }

    @Test
    void utcDateBeforeTheEpochRoundsDown() {
        assertThat(Tc3Signer.utcDate(-1)).isEqualTo("1969-12-31");
    }

    @Test
    void signingKeyIsDerivedOncePerUtcDateAndChangesAtUtcMidnight() {
        Tc3Signer signer = new Tc3Signer("cls");
        long lastSecond = OffsetDateTime.of(2024, 3, 9, 23, 59, 59, 0, ZoneOffset.UTC).toEpochSecond();

        Tc3Signature before = signer.sign(SECRET_ID, SECRET_KEY, "h", lastSecond - 60, BODY);
        signer.sign(SECRET_ID, SECRET_KEY, "h", lastSecond, BODY);
        assertThat(signer.derivations()).isEqualTo(1);

        Tc3Signature after = signer.sign(SECRET_ID, SECRET_KEY, "h", lastSecond + 1, BODY);
        assertThat(signer.derivations()).isEqualTo(2);
        assertThat(after.date()).isEqualTo("2024-03-10");
        assertThat(after.signature())
                .isEqualTo(Tc3Signer.sign(SECRET_ID, SECRET_KEY, "cls", "h", lastSecond + 1, BODY).signature());
        assertThat(before.signature())
                .isEqualTo(Tc3Signer.sign(SECRET_ID, SECRET_KEY, "cls", "h", lastSecond - 60, BODY).signature());
    }

    @Test
    void cachedKeyIsNotReusedForAnotherSecretKey() {
        Tc3Signer signer = new Tc3Signer("cls");
        signer.sign(SECRET_ID, SECRET_KEY, "h", 1551113065L, BODY);
        Tc3Signature other = signer.sign(SECRET_ID, "another-key", "h", 1551113065L, BODY);
        assertThat(other.signature())
                .isEqualTo(Tc3Signer.sign(SECRET_ID, "another-key", "cls", "h", 1551113065L, BODY).signature());
    }

    @Test
    void serviceOfASignerComesFromItsMetadataNotTheHost() {
        Tc3Signature signature = new Tc3Signer("cls").sign(SECRET_ID, SECRET_KEY, "127.0.0.1:8080", 1551113065L, BODY);
        assertThat(signature.authorization()).contains("/cls/tc3_request");
    }

    @Test
    void signatureChangesWithEveryByteOfTheBody() {
        byte[] changed = BODY.clone();
        changed[changed.length - 2] = 'X';
        assertThat(Tc3Signer.sign(SECRET_ID, SECRET_KEY, "cls", "h", 1L, changed).signature())
                .isNotEqualTo(Tc3Signer.sign(SECRET_ID, SECRET_KEY, "cls", "h", 1L, BODY).signature());
    }

    @Test
    void toStringOfASignatureLeavesTheSignatureOut() {
        Tc3Signature signature = Tc3Signer.sign(SECRET_ID, SECRET_KEY, "cvm", "cvm.tencentcloudapi.com", 1551113065L, BODY);
        assertThat(signature.toString()).doesNotContain(signature.signature()).doesNotContain(SECRET_KEY);
    }

    @Test
    void fastPathSignsEveryStepExactlyAsThePureMethodAcrossIdsHostsDaysAndSigners() {
        // The instance path hashes and MACs in pieces with a per-thread keyed Mac and cached scope and
        // prefix; the pure path builds the strings. Interleave two signers, two ids, two days and hosts.
        Tc3Signer cls = new Tc3Signer("cls");
        Tc3Signer cvm = new Tc3Signer("cvm");
        String[] ids = {SECRET_ID, "AKIDother"};
        String[] hosts = {"cls.tencentcloudapi.com", "127.0.0.1:8080", "h\u00e9te"};
        long[] times = {1551113065L, 1551113065L + 86_400L, 1551113065L + 3L};
        for (long time : times) {
            for (String id : ids) {
                for (String host : hosts) {
                    for (Tc3Signer signer : new Tc3Signer[] {cls, cvm}) {
                        Tc3Signature fast = signer.sign(id, SECRET_KEY, host, time, BODY);
                        Tc3Signature pure = Tc3Signer.sign(id, SECRET_KEY, signer.service(), host, time, BODY);
                        assertThat(fast).isEqualTo(pure);
                    }
                }
            }
        }
    }
}
