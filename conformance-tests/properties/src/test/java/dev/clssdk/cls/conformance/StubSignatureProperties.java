package dev.clssdk.cls.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.stub.ContractStub;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The stub's verifier accepts exactly the correctly signed requests: anything signed by the
 * (independent) test signer within five minutes of the stub's clock passes, and changing any byte
 * of the signed body or timestamp afterwards fails. Without this, a later property "the stub
 * accepts the SDK's signature" could pass against a verifier that accepts everything.
 */
class StubSignatureProperties {

    private static final MutableClock CLOCK = new MutableClock(Instant.now());
    private static ContractStub stub;
    private static StubClient client;

    @BeforeContainer
    static void startStub() {
        stub = ContractStub.builder().clock(CLOCK).throttling(false).start();
        client = new StubClient(stub);
    }

    @AfterContainer
    static void stopStub() {
        stub.close();
    }

    @Provide
    Arbitrary<String> secretIds() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> secretKeys() {
        return Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(64);
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(
                ModelArbitraries.strings(0, 200).map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
    }

    @Property
    void anyCorrectlySignedRequestPassesTheStubsVerifier(
            @ForAll("secretIds") String secretId, @ForAll("secretKeys") String secretKey, @ForAll("bodies") byte[] body,
            @ForAll @LongRange(min = 0, max = 4_102_444_800L) long now, @ForAll @IntRange(min = -300, max = 300) int skew) {
        CLOCK.set(Instant.ofEpochSecond(now));
        stub.addCredentials(secretId, secretKey);
        StubClient.Answer answer = client.send("DeleteExport", body, now + skew, secretId, secretKey, Map.of());
        assertThat(answer.errorCode()).as(answer.response().toString())
                .isIn("ResourceNotFound.ExportNotExist", "MissingParameter", "InvalidParameter");
    }

    @Property
    void changingAnySignedByteAfterSigningFails(
            @ForAll("secretIds") String secretId, @ForAll("secretKeys") String secretKey, @ForAll("bodies") byte[] body,
            @ForAll @LongRange(min = 1_000_000_000L, max = 4_102_444_800L) long now, @ForAll @IntRange(min = 0, max = 1000) int position,
            @ForAll @IntRange(min = 1, max = 255) int flip) {
        CLOCK.set(Instant.ofEpochSecond(now));
        stub.addCredentials(secretId, secretKey);
        String timestamp = Long.toString(now);
        int where = position % (body.length + timestamp.length());
        Map<String, String> overrides;
        byte[] sent = body.clone();
        if (where < body.length) {
            sent[where] = (byte) (sent[where] ^ flip);
            overrides = Map.of();
        } else {
            int digit = where - body.length;
            char replaced = (char) ('0' + Math.floorMod(timestamp.charAt(digit) - '0' + 1 + flip % 9, 10));
            overrides = Map.of("X-TC-Timestamp", timestamp.substring(0, digit) + replaced + timestamp.substring(digit + 1));
        }
        String authorization = TestSigner.authorization(secretId, secretKey, stub.model().service(), stub.host(), now, body);
        Map<String, String> headers = new LinkedHashMap<>(Map.of(
                "Content-Type", TestSigner.CONTENT_TYPE, "X-TC-Action", "DeleteExport",
                "X-TC-Version", stub.model().apiVersion(), "X-TC-Timestamp", timestamp, "Authorization", authorization));
        headers.putAll(overrides);
        StubClient.Answer answer = client.sendRaw(headers, sent);
        assertThat(answer.errorCode()).as(answer.response().toString())
                .isIn("AuthFailure.SignatureFailure", "AuthFailure.SignatureExpire");
    }
}
