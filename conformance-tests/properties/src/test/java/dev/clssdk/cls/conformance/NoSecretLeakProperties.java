package dev.clssdk.cls.conformance;

import dev.clssdk.core.testing.CapturedLogs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.signing.Tc3Signer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * For any credentials and any way a call ends (a response, a refusal, a wrong key, an expired
 * signature, a gateway page or an error message that echoes the request's headers, a truncated
 * answer, a dropped connection), no text the SDK produces contains the SecretKey, the session
 * token or the TC3 signing key (nor the intermediate keys of its derivation), in hex or Base64:
 * not a log line at any level (all levels are enabled and captured by {@link CapturedLogs}), not an
 * exception's message, stack trace or causes, not the {@code toString} of the client, the
 * credentials, the provider, the request or the response. Log lines do not contain the
 * request's signature either.
 *
 * <p>Two limits, stated rather than hidden: an exception's message quotes the server's
 * {@code Error.Message} verbatim, so a server that echoes the {@code Authorization} header puts the
 * signature (not a key) there, which is allowed here; and a server that echoed {@code X-TC-Token}
 * in an error message would put the token there too (the gateway-page path redacts it; this one
 * does not), so the echoed error message here holds the {@code Authorization} header only.
 */
class NoSecretLeakProperties {

    private static final MutableClock CLOCK = new MutableClock(Instant.now());
    private static ContractStub stub;

    @BeforeContainer
    static void start() {
        stub = ContractStub.builder().clock(CLOCK).throttling(false).topic(ModelArbitraries.KNOWN_TOPIC).start();
    }

    @AfterContainer
    static void stop() {
        stub.close();
    }

    /** How a call ends. */
    enum Ending { ANSWERED, WRONG_KEY, EXPIRED, ECHOING_GATEWAY_PAGE, ECHOING_ERROR_MESSAGE, TRUNCATED, DROPPED }

    @Provide
    Arbitrary<SdkCalls.Call> validCalls() {
        return SdkCalls.validCalls();
    }

    @Provide
    Arbitrary<String> secretIds() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(8).ofMaxLength(36).map(s -> "AKID" + s);
    }

    /** Long enough that a match is never a coincidence; any printable ASCII, like real keys and worse. */
    @Provide
    Arbitrary<String> secretKeys() {
        return Arbitraries.strings().withCharRange('!', '~').ofMinLength(16).ofMaxLength(48);
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(24).ofMaxLength(64).injectNull(0.5);
    }

    @Property
    void noLogLineExceptionOrToStringContainsTheSecretKeyOrTheSigningKey(
            @ForAll("validCalls") SdkCalls.Call call, @ForAll("secretIds") String secretId,
            @ForAll("secretKeys") String secretKey, @ForAll("tokens") String token, @ForAll Ending ending,
            @ForAll @LongRange(min = 946_684_800L, max = 4_102_444_800L) long now) {
        CLOCK.set(Instant.ofEpochSecond(now));
        stub.addCredentials(secretId, secretKey);
        String clientKey = ending == Ending.WRONG_KEY ? secretKey + "x" : secretKey;
        long clientTime = ending == Ending.EXPIRED ? now + 600 : now;
        Credentials credentials = Credentials.of(secretId, clientKey, token);
        CredentialsProvider provider = CredentialsProvider.of(credentials);
        MutableClock clientClock = new MutableClock(Instant.ofEpochSecond(clientTime));
        List<String> texts = new ArrayList<>();
        List<String> logLines;
        String signature;

        CapturedLogs.start();
        try (ClsClient client = SdkCalls.client(stub, clientClock).credentials(provider).region("ap-guangzhou").build()) {
            texts.add(client.toString());
            texts.add(provider.toString());
            texts.add(credentials.toString());
            Object request = call.request();
            texts.add(request.toString());
            texts.add(outcome(client, call));
            StubRequest sent = stub.recordedRequests().get(stub.recordedRequests().size() - 1);
            signature = sent.header("Authorization").orElseThrow().replaceAll(".*Signature=", "");
            switch (ending) {
                case ECHOING_GATEWAY_PAGE -> {
                    stub.injectFault(Fault.rawAnswer(502, "text/html", ("<html><body><pre>" + sent.headers() + "\n"
                            + new String(sent.body(), StandardCharsets.UTF_8) + "</pre></body></html>").getBytes(StandardCharsets.UTF_8)));
                    texts.add(outcome(client, call));
                }
                case ECHOING_ERROR_MESSAGE -> {
                    String echo = "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureFailure\",\"Message\":"
                            + quoted("expected another signature than " + sent.header("Authorization").orElseThrow())
                            + "},\"RequestId\":\"r\"}}";
                    stub.injectFault(Fault.rawAnswer(200, "application/json", echo.getBytes(StandardCharsets.UTF_8)));
                    texts.add(outcome(client, call));
                }
                case TRUNCATED -> {
                    stub.injectFault(Fault.truncatedJson());
                    texts.add(outcome(client, call));
                }
                case DROPPED -> {
                    stub.injectFault(Fault.dropAfterRequestRead());
                    texts.add(outcome(client, call));
                }
                default -> {
                    // the first call already ended as this try wants
                }
            }
        } finally {
            logLines = CapturedLogs.stop();
        }
        stub.clearFaults();

        Statistics.label("ending").collect(ending);
        assertThat(logLines).as("the SDK logged the exchange, headers included")
                .anySatisfy(line -> assertThat(line).contains("Authorization=(redacted)"));
        Map<String, String> secrets = secrets(clientKey, token, now, clientTime);
        List<String> everything = new ArrayList<>(texts);
        everything.addAll(logLines);
        for (String text : everything) {
            for (Map.Entry<String, String> secret : secrets.entrySet()) {
                assertThat(text).as("%s leaked", secret.getKey()).doesNotContain(secret.getValue());
            }
        }
        for (String line : logLines) {
            assertThat(line).as("a log line holds the signature").doesNotContain(signature);
        }
    }

    /** The call's result or failure as text: {@code toString} of the response, or the exception's full stack trace. */
    private static String outcome(ClsClient client, SdkCalls.Call call) {
        try {
            return String.valueOf(SdkCalls.send(client, call));
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return e.getMessage() + "\n" + trace;
        }
    }

    /** What must never appear, by name: the key, the token, and every key of the TC3 derivation for each date used. */
    private static Map<String, String> secrets(String secretKey, String token, long... timestamps) {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("SecretKey", secretKey);
        if (token != null) {
            secrets.put("token", token);
        }
        for (long timestamp : timestamps) {
            String date = Tc3Signer.utcDate(timestamp);
            byte[] secretDate = TestSigner.hmacSha256(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
            byte[] secretService = TestSigner.hmacSha256(secretDate, "cls");
            byte[] secretSigning = TestSigner.hmacSha256(secretService, "tc3_request");
            Map<String, byte[]> keys = Map.of("SecretDate", secretDate, "SecretService", secretService, "signing key", secretSigning);
            keys.forEach((name, key) -> {
                String hex = HexFormat.of().formatHex(key);
                secrets.put(name + " (hex, " + date + ")", hex);
                secrets.put(name + " (HEX, " + date + ")", hex.toUpperCase(Locale.ROOT));
                secrets.put(name + " (Base64, " + date + ")", Base64.getEncoder().encodeToString(key));
            });
        }
        return secrets;
    }

    private static String quoted(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
