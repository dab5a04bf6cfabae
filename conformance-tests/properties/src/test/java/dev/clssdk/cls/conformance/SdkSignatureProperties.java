package dev.clssdk.cls.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.ClsServiceException;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.signing.Tc3Signer;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.StubRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The SDK signs what the stub's independent verifier accepts, and what the signature protects
 * cannot be changed unnoticed.
 *
 * <p>What a changed {@code X-TC-Action} proves is narrower than for the body and the timestamp:
 * TC3 signs only the headers {@code content-type;host}, so the action header is <em>not</em>
 * covered by the signature. A changed action is caught because one changed character never names
 * another action of the spec ({@code InvalidAction}); the property asserts exactly that, and skips
 * (rather than passes) a change that would name a real action, which the current spec cannot produce.
 */
class SdkSignatureProperties {

    private static final MutableClock CLOCK = new MutableClock(Instant.now());
    private static final Set<String> ACTIONS =
            Spec.MODEL.operations().stream().map(OperationModel::action).collect(Collectors.toUnmodifiableSet());
    private static ContractStub stub;
    private static StubClient raw;

    @BeforeContainer
    static void startStub() {
        stub = ContractStub.builder().clock(CLOCK).throttling(false).topic(ModelArbitraries.KNOWN_TOPIC).start();
        raw = new StubClient(stub);
    }

    @AfterContainer
    static void stopStub() {
        stub.close();
    }

    @Provide
    Arbitrary<SdkCalls.Call> validCalls() {
        return SdkCalls.validCalls();
    }

    @Provide
    Arbitrary<String> secretIds() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(40);
    }

    /** Any non-blank text: the key only ever enters an HMAC as UTF-8, so it may hold any character. */
    @Provide
    Arbitrary<String> secretKeys() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(64),
                Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(64),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(32))
                .filter(key -> !key.isBlank());
    }

    /** Sends a call through a real {@link ClsClient} whose clock and the stub's read the same instant. */
    private static StubRequest sendThroughTheSdk(SdkCalls.Call call, String secretId, String secretKey, long now) {
        CLOCK.set(Instant.ofEpochSecond(now));
        stub.addCredentials(secretId, secretKey);
        long before = stub.requestCount();
        try (ClsClient client = SdkCalls.client(stub, CLOCK).credentials(CredentialsProvider.of(secretId, secretKey)).build()) {
            Object response = SdkCalls.send(client, call);
            Statistics.label("answer").collect("success");
            assertThat(response).isNotNull();
        } catch (ClsServiceException e) {
            Statistics.label("answer").collect(e.rawCode());
            assertThat(e.rawCode()).as("%s was refused: %s", call, e.getMessage())
                    .doesNotStartWith("AuthFailure")
                    .startsWith("ResourceNotFound.");
        }
        assertThat(stub.requestCount()).as("exactly one request reached the stub").isEqualTo(before + 1);
        return stub.recordedRequests().get(stub.recordedRequests().size() - 1);
    }

    @Property
    void anyValidRequestSignedByTheSdkPassesTheStubsVerifier(
            @ForAll("validCalls") SdkCalls.Call call, @ForAll("secretIds") String secretId,
            @ForAll("secretKeys") String secretKey, @ForAll @LongRange(min = 0, max = 4_102_444_800L) long now) {
        StubRequest sent = sendThroughTheSdk(call, secretId, secretKey, now);
        assertThat(sent.header("X-TC-Timestamp")).contains(Long.toString(now));
        assertThat(sent.header("Authorization").orElseThrow())
                .startsWith("TC3-HMAC-SHA256 Credential=" + secretId + "/" + Tc3Signer.utcDate(now) + "/cls/tc3_request,");
    }

    /** Which signed (or, for the action, unsigned) part of the request a try changes. */
    enum Part { BODY, ACTION, TIMESTAMP }

    @Property
    void changingTheBodyActionOrTimestampOfASignedRequestAfterSigningFails(
            @ForAll("validCalls") SdkCalls.Call call, @ForAll("secretIds") String secretId,
            @ForAll("secretKeys") String secretKey, @ForAll @LongRange(min = 0, max = 4_102_444_800L) long now,
            @ForAll Part part, @ForAll @IntRange(min = 0, max = 100_000) int position,
            @ForAll @IntRange(min = 1, max = 255) int flip) {
        // The exact bytes and headers the SDK puts on the wire, and its signature over them.
        StubRequest sent = sendThroughTheSdk(call, secretId, secretKey, now);
        byte[] body = sent.body();
        String action = sent.action().orElseThrow();
        String timestamp = Long.toString(now);
        String authorization = Tc3Signer.authorization(secretId, secretKey, "cls", stub.host(), now, body);
        assertThat(authorization).as("the pure signer agrees with what the client sent")
                .isEqualTo(sent.header("Authorization").orElseThrow());

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", sent.header("Content-Type").orElseThrow());
        headers.put("X-TC-Action", action);
        headers.put("X-TC-Version", sent.header("X-TC-Version").orElseThrow());
        headers.put("X-TC-Timestamp", timestamp);
        headers.put("Authorization", authorization);
        byte[] mutated = body.clone();
        String expected;
        switch (part) {
            case BODY -> {
                int at = position % body.length;
                mutated[at] = (byte) (mutated[at] ^ flip);
                expected = "AuthFailure.SignatureFailure";
            }
            case ACTION -> {
                int at = position % action.length();
                String changed = action.substring(0, at) + otherAlphanumeric(action.charAt(at), flip) + action.substring(at + 1);
                Assume.that(!ACTIONS.contains(changed));
                headers.put("X-TC-Action", changed);
                expected = "InvalidAction"; // the signature still verifies: X-TC-Action is not a signed header
            }
            case TIMESTAMP -> {
                int at = position % timestamp.length();
                char digit = (char) ('0' + Math.floorMod(timestamp.charAt(at) - '0' + 1 + flip % 9, 10));
                String changed = timestamp.substring(0, at) + digit + timestamp.substring(at + 1);
                headers.put("X-TC-Timestamp", changed);
                expected = Math.abs(Long.parseLong(changed) - now) > ContractStub.MAX_TIMESTAMP_SKEW_SECONDS
                        ? "AuthFailure.SignatureExpire" : "AuthFailure.SignatureFailure";
            }
            default -> throw new AssertionError(part);
        }
        StubClient.Answer answer = raw.sendRaw(headers, mutated);
        Statistics.label("changed").collect(part, expected);
        assertThat(answer.errorCode()).as("%s changed; the stub answered %s", part, answer.response()).isEqualTo(expected);
    }

    /** A letter or digit other than {@code original}, chosen by {@code seed}. */
    private static char otherAlphanumeric(char original, int seed) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".replace(String.valueOf(original), "");
        return alphabet.charAt(seed % alphabet.length());
    }
}
