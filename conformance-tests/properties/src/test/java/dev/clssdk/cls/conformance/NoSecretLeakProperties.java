package dev.clssdk.cls.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.jackson.SdkJacksonModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.auth.CvmRoleCredentialsProvider;
import dev.clssdk.core.signing.Tc3Signer;
import dev.clssdk.core.testing.CapturedLogs;
import dev.clssdk.sts.StsClient;
import dev.clssdk.sts.auth.OidcRoleArnCredentialsProvider;
import dev.clssdk.sts.auth.StsAssumeRoleCredentialsProvider;
import dev.clssdk.stub.ActionAnswer;
import dev.clssdk.stub.ActionCall;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.Fault;
import dev.clssdk.stub.StubRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
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
 *
 * <p>The same holds for the secrets of the credential sources and the transport: the temporary
 * {@code TmpSecretKey} and {@code Token} a CVM instance's metadata service or STS answers (first fetched,
 * then refreshed), the web identity token of TKE OIDC (the content of its token file), the source
 * credentials AssumeRole is signed with, and an HTTP proxy's password (also as the
 * {@code user:password} pair and its Base64, what {@code Proxy-Authorization: Basic} carries), whatever
 * the metadata service, STS or the proxy answers: an error that echoes the request, a throttling answer
 * (retryable, so logged), a gateway or challenge page that echoes the request's headers and body, a cut
 * or mistyped answer, a dropped connection.
 */
class NoSecretLeakProperties {

    private static final MutableClock CLOCK = new MutableClock(Instant.now());
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new SdkJacksonModule());
    private static final String ROLE = "qcs::cam::uin/100000000001:roleName/property";
    private static final String ROLE_PATH = "/latest/meta-data/cam/security-credentials/";
    private static final String SOURCE_ID = "AKIDpropertySource01";
    private static final String SOURCE_KEY = "propertySourceSecretKeyNeverShown";
    private static ContractStub stub;
    private static ContractStub sts;
    private static StsClient signedSts;
    private static StsClient unsignedSts;
    private static MetadataService metadata;
    private static AuthenticatingProxy proxy;
    private static Path tokenDirectory;
    /** How the STS stub answers the next AssumeRole or AssumeRoleWithWebIdentity. */
    private static final AtomicReference<Function<ActionCall, ActionAnswer>> STS_ANSWER = new AtomicReference<>();

    @BeforeContainer
    static void start() throws IOException {
        stub = ContractStub.builder().clock(CLOCK).throttling(false).topic(ModelArbitraries.KNOWN_TOPIC).start();
        sts = ContractStub.builder().spec(stsSpec()).clock(CLOCK).throttling(false).credentials(SOURCE_ID, SOURCE_KEY)
                .unsignedActions("AssumeRoleWithWebIdentity")
                .behaviour("AssumeRole", call -> STS_ANSWER.get().apply(call))
                .behaviour("AssumeRoleWithWebIdentity", call -> STS_ANSWER.get().apply(call))
                .start();
        signedSts = stsClient(CredentialsProvider.of(SOURCE_ID, SOURCE_KEY));
        unsignedSts = stsClient(CredentialsProvider.anonymous());
        metadata = new MetadataService();
        proxy = new AuthenticatingProxy();
        tokenDirectory = Files.createTempDirectory("no-secret-leak");
    }

    @AfterContainer
    static void stop() throws IOException {
        stub.close();
        signedSts.close();
        unsignedSts.close();
        sts.close();
        metadata.close();
        proxy.close();
        Files.deleteIfExists(tokenDirectory.resolve("token"));
        Files.deleteIfExists(tokenDirectory);
    }

    private static StsClient stsClient(CredentialsProvider credentials) {
        return StsClient.builder().endpointUrl(sts.url()).region("ap-guangzhou").clock(CLOCK).retryPolicy(RetryPolicy.none())
                .rateLimiting(false).connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(5))
                .credentials(credentials).build();
    }

    private static String stsSpec() throws IOException {
        try (InputStream in = NoSecretLeakProperties.class.getClassLoader().getResourceAsStream("sts/sts-2018-08-13.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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

    // ---- The credential sources' secrets: refreshed temporary credentials, the web identity token ----

    /** Where temporary credentials come from. */
    enum Source { CVM_INSTANCE_ROLE, STS_ASSUME_ROLE, TKE_OIDC }

    /** How the metadata service or STS answers one fetch. */
    enum FetchEnding {
        ANSWERED, ERROR_ECHOING_THE_REQUEST, THROTTLED_ECHOING_THE_REQUEST, GATEWAY_PAGE_ECHOING_THE_REQUEST,
        TRUNCATED, WRONG_TYPE, DROPPED
    }

    /** What one fetch hands out. */
    record Issued(String secretId, String secretKey, String token, Instant expires) {
    }

    /** Temporary keys: any printable ASCII, as the other secrets here. */
    @Provide
    Arbitrary<String> temporaryKeys() {
        return Arbitraries.strings().withCharRange('!', '~').ofMinLength(16).ofMaxLength(48);
    }

    /** Session tokens travel in a header: visible ASCII, Base64-like as STS's are. */
    @Provide
    Arbitrary<String> temporaryTokens() {
        return Arbitraries.strings().alpha().numeric().withChars('+', '/', '=').ofMinLength(24).ofMaxLength(200);
    }

    /** A JWT: three Base64url parts. */
    @Provide
    Arbitrary<String> webIdentityTokens() {
        Arbitrary<String> part = Arbitraries.strings().alpha().numeric().withChars('-', '_').ofMinLength(8).ofMaxLength(120);
        return net.jqwik.api.Combinators.combine(part, part, part).as((a, b, c) -> "eyJ" + a + "." + b + "." + c);
    }

    @Property
    void noLogLineExceptionOrToStringContainsARefreshedTemporaryKeyOrTheWebIdentityToken(
            @ForAll Source source, @ForAll("temporaryKeys") String key, @ForAll("temporaryTokens") String token,
            @ForAll("webIdentityTokens") String webIdentityToken, @ForAll FetchEnding first, @ForAll FetchEnding refresh,
            @ForAll("validCalls") SdkCalls.Call call, @ForAll boolean echoingGatewayPage,
            @ForAll @LongRange(min = 946_684_800L, max = 4_102_444_800L) long now) throws IOException {
        CLOCK.set(Instant.ofEpochSecond(now));
        Issued issued = new Issued("AKIDtmp" + Long.toHexString(now), key, token, CLOCK.instant().plus(Duration.ofHours(2)));
        Issued refreshed = new Issued(issued.secretId() + "r", new StringBuilder(key).reverse() + "~",
                new StringBuilder(token).reverse() + "Z", issued.expires().plus(Duration.ofHours(2)));
        Path tokenFile = Files.writeString(tokenDirectory.resolve("token"), webIdentityToken + "\n");
        List<String> texts = new ArrayList<>();
        List<String> logLines;
        AutoCloseable owned = null;

        CapturedLogs.start();
        try {
            CredentialsProvider provider;
            switch (source) {
                case CVM_INSTANCE_ROLE -> {
                    CvmRoleCredentialsProvider.Builder builder = CvmRoleCredentialsProvider.builder().endpoint(metadata.url())
                            .clock(CLOCK);
                    texts.add(builder.toString());
                    provider = builder.build();
                }
                case STS_ASSUME_ROLE -> {
                    StsAssumeRoleCredentialsProvider.Builder builder = StsAssumeRoleCredentialsProvider.builder()
                            .client(signedSts).roleArn(ROLE).roleSessionName("property-session").clock(CLOCK);
                    texts.add(builder.toString());
                    StsAssumeRoleCredentialsProvider built = builder.build();
                    owned = built;
                    provider = built;
                }
                default -> {
                    OidcRoleArnCredentialsProvider.Builder builder = OidcRoleArnCredentialsProvider.builder()
                            .client(unsignedSts).providerId("OIDC").roleArn(ROLE).webIdentityTokenFile(tokenFile)
                            .roleSessionName("property-session").clock(CLOCK);
                    texts.add(builder.toString());
                    OidcRoleArnCredentialsProvider built = builder.build();
                    owned = built;
                    provider = built;
                }
            }
            texts.add(provider.toString());

            arm(source, first, issued, webIdentityToken);
            Credentials fetched = resolve(provider, texts);
            assertThat(fetched != null).as("a first fetch %s handed out credentials", first).isEqualTo(first == FetchEnding.ANSWERED);
            if (fetched != null) {
                texts.add(fetched.toString());
                stub.addCredentials(fetched.secretId(), fetched.secretKey());
                try (ClsClient client = SdkCalls.client(stub, CLOCK).credentials(provider).region("ap-guangzhou").build()) {
                    texts.add(client.toString());
                    texts.add(outcome(client, call));
                    if (echoingGatewayPage) {
                        StubRequest sent = stub.recordedRequests().get(stub.recordedRequests().size() - 1);
                        stub.injectFault(Fault.rawAnswer(502, "text/html", ("<html><pre>" + sent.headers() + "\n"
                                + new String(sent.body(), StandardCharsets.UTF_8) + "</pre></html>").getBytes(StandardCharsets.UTF_8)));
                        texts.add(outcome(client, call));
                    }
                }
                // Into the refresh window: a new snapshot, or (on failure) the current one kept and a warning.
                CLOCK.set(issued.expires().minus(Duration.ofMinutes(4)));
                arm(source, refresh, refreshed, webIdentityToken);
                Credentials second = resolve(provider, texts);
                assertThat(second).as("refreshed, or kept while still valid").isNotNull();
                assertThat(second.secretId()).isEqualTo(refresh == FetchEnding.ANSWERED ? refreshed.secretId() : issued.secretId());
                texts.add(second.toString());
                if (refresh != FetchEnding.ANSWERED) {
                    // Past expiry the same failure is a CredentialsException.
                    CLOCK.set(issued.expires().plus(Duration.ofMinutes(1)));
                    arm(source, refresh, refreshed, webIdentityToken);
                    assertThat(resolve(provider, texts)).as("no credentials past expiry").isNull();
                }
            }
        } finally {
            logLines = CapturedLogs.stop();
            sts.clearFaults();
            stub.clearFaults();
            if (owned != null) {
                try {
                    owned.close();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        }

        Statistics.label("source").collect(source);
        Statistics.label("first fetch").collect(first);
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("TmpSecretKey", issued.secretKey());
        secrets.put("Token", issued.token());
        secrets.put("refreshed TmpSecretKey", refreshed.secretKey());
        secrets.put("refreshed Token", refreshed.token());
        secrets.put("web identity token", webIdentityToken);
        secrets.put("AssumeRole's source SecretKey", SOURCE_KEY);
        assertNoneContains(texts, logLines, secrets);
    }

    /** Where a source quotes credentials it never issued (someone else's, or ones it is about to issue). */
    enum UnseenQuote { CVM_CODE, USER_FETCHER_MESSAGE }

    /** Keys as Tencent issues them: 32 letters and digits. */
    @Provide
    Arbitrary<String> tencentKeys() {
        return Arbitraries.strings().alpha().numeric().ofLength(32);
    }

    @Property(tries = 300)
    void noMessageShowsCredentialsASourceQuotesWithoutIssuingThem(@ForAll UnseenQuote where,
            @ForAll("tencentKeys") String key, @ForAll("temporaryTokens") String token,
            @ForAll("validCalls") SdkCalls.Call call) {
        String secretId = "AKID" + new StringBuilder(key).reverse();
        String quote = secretId + ":" + key + ":" + token;
        List<String> texts = new ArrayList<>();
        List<String> logLines;
        CapturedLogs.start();
        try {
            CredentialsProvider provider = switch (where) {
                case CVM_CODE -> {
                    metadata.quoteInCode("Denied:" + quote);
                    yield CvmRoleCredentialsProvider.builder().endpoint(metadata.url()).clock(CLOCK).build();
                }
                case USER_FETCHER_MESSAGE -> dev.clssdk.core.auth.RefreshingCredentialsProvider.builder("a user's vault",
                        () -> {
                            throw new IOException("vault refused " + quote + "\n(at line 3)");
                        }).clock(CLOCK).build();
            };
            texts.add(provider.toString());
            assertThat(resolve(provider, texts)).isNull();
            try (ClsClient client = SdkCalls.client(stub, CLOCK).credentials(provider).build()) {
                texts.add(outcome(client, call));
            }
        } finally {
            logLines = CapturedLogs.stop();
            metadata.quoteInCode(null);
        }
        Statistics.label("where").collect(where);
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("quoted SecretKey", key);
        secrets.put("quoted Token", token);
        secrets.put("quoted SecretId", secretId);
        assertNoneContains(texts, logLines, secrets);
    }

    /** Sets how the metadata service or STS answers the next fetch. */
    private static void arm(Source source, FetchEnding ending, Issued issued, String webIdentityToken) {
        if (source == Source.CVM_INSTANCE_ROLE) {
            metadata.answer(ending, issued);
            return;
        }
        sts.clearFaults();
        STS_ANSWER.set(call -> stsSuccess(issued));
        String echo = "cannot accept " + (source == Source.TKE_OIDC
                ? "{\"ProviderId\":\"OIDC\",\"WebIdentityToken\":\"" + webIdentityToken + "\"} (token " + webIdentityToken + ")"
                : "{\"RoleArn\":\"" + ROLE + "\"}");
        switch (ending) {
            case ANSWERED -> { }
            case ERROR_ECHOING_THE_REQUEST -> STS_ANSWER.set(call -> ActionAnswer.error("InvalidParameter",
                    "cannot accept " + call.input() + " (token " + call.input().path("WebIdentityToken").asText("") + ")"));
            case THROTTLED_ECHOING_THE_REQUEST -> STS_ANSWER.set(call -> ActionAnswer.error("RequestLimitExceeded",
                    "too many requests like " + call.input() + " (token " + call.input().path("WebIdentityToken").asText("") + ")"));
            case GATEWAY_PAGE_ECHOING_THE_REQUEST -> sts.injectFault(Fault.rawAnswer(502, "text/html",
                    ("<html><body><pre>POST / HTTP/1.1\n" + echo + "</pre></body></html>").getBytes(StandardCharsets.UTF_8)));
            case TRUNCATED -> sts.injectFault(Fault.truncatedJson());
            case WRONG_TYPE -> {
                ObjectNode answer = JSON.createObjectNode();
                ObjectNode response = answer.putObject("Response");
                credentialsInto(response.putObject("Credentials"), issued);
                response.put("ExpiredTime", "soon");
                response.put("RequestId", "r-wrong-type");
                sts.injectFault(Fault.rawAnswer(200, "application/json", answer.toString().getBytes(StandardCharsets.UTF_8)));
            }
            case DROPPED -> sts.injectFault(Fault.dropAfterRequestRead());
            default -> throw new AssertionError(ending);
        }
    }

    private static ActionAnswer stsSuccess(Issued issued) {
        ObjectNode output = JSON.createObjectNode();
        credentialsInto(output.putObject("Credentials"), issued);
        output.put("ExpiredTime", issued.expires().getEpochSecond());
        output.put("Expiration", issued.expires().toString());
        return ActionAnswer.success(output);
    }

    private static void credentialsInto(ObjectNode credentials, Issued issued) {
        credentials.put("TmpSecretId", issued.secretId());
        credentials.put("TmpSecretKey", issued.secretKey());
        credentials.put("Token", issued.token());
    }

    /** Resolves, adding the failure's message and stack trace to the texts; {@code null} if it failed. */
    private static Credentials resolve(CredentialsProvider provider, List<String> texts) {
        try {
            return provider.resolve();
        } catch (RuntimeException e) {
            texts.add(trace(e));
            return null;
        }
    }

    /**
     * A CVM metadata service on 127.0.0.1: names the role {@code PropertyRole} and answers its
     * credentials as the test armed it.
     */
    private static final class MetadataService implements AutoCloseable {
        private final HttpServer server;
        private volatile FetchEnding ending = FetchEnding.ANSWERED;
        private volatile Issued issued;
        /** When set, every credentials answer is {@code {"Code": <this>}} and nothing else. */
        private volatile String quotedCode;

        MetadataService() throws IOException {
            // The JDK server writes headers and body apart; without TCP_NODELAY each answer can wait for a delayed ACK.
            System.setProperty("sun.net.httpserver.nodelay", "true");
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void answer(FetchEnding ending, Issued issued) {
            this.ending = ending;
            this.issued = issued;
        }

        void quoteInCode(String code) {
            this.quotedCode = code;
        }

        private void handle(HttpExchange exchange) throws IOException {
            try {
                String path = exchange.getRequestURI().getPath();
                if (path.equals(ROLE_PATH)) {
                    send(exchange, 200, "PropertyRole");
                    return;
                }
                ObjectNode json = JSON.createObjectNode();
                String quoted = quotedCode;
                if (quoted != null) {
                    json.put("Code", quoted);
                    send(exchange, 200, json.toString());
                    return;
                }
                json.put("Code", "Success");
                credentialsInto(json, issued);
                json.put("ExpiredTime", issued.expires().getEpochSecond());
                json.put("Expiration", issued.expires().toString());
                String success = json.toString();
                switch (ending) {
                    case ANSWERED -> send(exchange, 200, success);
                    case ERROR_ECHOING_THE_REQUEST -> {
                        json.put("Code", "InvalidRole " + issued.secretKey());
                        json.put("Message", "role PropertyRole has key " + issued.secretKey() + " and token " + issued.token());
                        send(exchange, 200, json.toString());
                    }
                    case THROTTLED_ECHOING_THE_REQUEST -> send(exchange, 429, success);
                    case GATEWAY_PAGE_ECHOING_THE_REQUEST -> send(exchange, 502, "<html><pre>" + success + "</pre></html>");
                    case TRUNCATED -> send(exchange, 200, success.substring(0, success.length() / 2));
                    case WRONG_TYPE -> {
                        json.put("ExpiredTime", "soon");
                        send(exchange, 200, json.toString());
                    }
                    case DROPPED -> {
                        // Half the announced body, then the connection closes.
                        byte[] bytes = success.getBytes(StandardCharsets.UTF_8);
                        exchange.sendResponseHeaders(200, bytes.length);
                        exchange.getResponseBody().write(bytes, 0, bytes.length / 2);
                        exchange.getResponseBody().flush();
                    }
                    default -> throw new AssertionError(ending);
                }
            } finally {
                exchange.close(); // after DROPPED's short body this closes the connection, as intended
            }
        }

        private static void send(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    // ---- The proxy's password ----

    /** How the proxy treats a request that carries the right credentials. */
    enum ProxyEnding { FORWARDED, GATEWAY_PAGE_ECHOING_THE_REQUEST, CHALLENGE_PAGE_ECHOING_THE_REQUEST, DROPPED }

    @Provide
    Arbitrary<String> proxyUsers() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(16);
    }

    /** Any printable ASCII; long enough that a match is never a coincidence. */
    @Provide
    Arbitrary<String> proxyPasswords() {
        return Arbitraries.strings().withCharRange('!', '~').ofMinLength(8).ofMaxLength(40);
    }

    @Property
    void noLogLineExceptionOrToStringContainsTheProxyPassword(@ForAll("validCalls") SdkCalls.Call call,
            @ForAll("proxyUsers") String user, @ForAll("proxyPasswords") String password, @ForAll ProxyEnding ending) {
        String pair = user + ":" + password;
        String basic = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.ISO_8859_1));
        proxy.expect("Basic " + basic, ending);
        int authenticatedBefore = proxy.authenticated.get();
        List<String> texts = new ArrayList<>();
        List<String> logLines;

        CapturedLogs.start();
        try {
            ClsClient.Builder builder = SdkCalls.client(stub, CLOCK).credentials(CredentialsProvider.of(SOURCE_ID, SOURCE_KEY))
                    .proxy("127.0.0.1", proxy.port(), user, password);
            stub.addCredentials(SOURCE_ID, SOURCE_KEY);
            texts.add(builder.toString());
            try (ClsClient client = builder.build()) {
                texts.add(client.toString());
                texts.add(outcome(client, call));
            }
        } finally {
            logLines = CapturedLogs.stop();
            stub.clearFaults();
        }

        Statistics.label("proxy").collect(ending);
        assertThat(proxy.authenticated.get()).as("the request reached the proxy with its credentials")
                .isGreaterThan(authenticatedBefore);
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("proxy password", password);
        secrets.put("proxy user:password", pair);
        secrets.put("Proxy-Authorization (Base64)", basic);
        assertNoneContains(texts, logLines, secrets);
    }

    /**
     * An HTTP proxy on 127.0.0.1 that asks for Basic credentials ({@code 407}) and, given the right ones,
     * forwards the request to its target (the contract stub takes the absolute form a proxy receives)
     * or, as armed, answers with a page echoing the request, challenges again with such a page, or
     * drops the connection. One connection at a time, each closed after one exchange.
     */
    private static final class AuthenticatingProxy implements AutoCloseable {
        final AtomicInteger authenticated = new AtomicInteger();
        private final ServerSocket socket;
        private final Thread thread;
        private volatile String expected;
        private volatile ProxyEnding ending = ProxyEnding.FORWARDED;

        AuthenticatingProxy() throws IOException {
            socket = new ServerSocket(0, 16, InetAddress.getByName("127.0.0.1"));
            thread = new Thread(this::serve, "no-secret-leak-proxy");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        void expect(String authorization, ProxyEnding ending) {
            this.expected = authorization;
            this.ending = ending;
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    client.setSoTimeout(10_000);
                    client.setTcpNoDelay(true); // each answer is written at once: nothing for Nagle to hold back
                    handle(client);
                } catch (IOException e) {
                    // closed, or the client went away: next connection
                }
            }
        }

        private void handle(Socket client) throws IOException {
            InputStream in = new java.io.BufferedInputStream(client.getInputStream());
            String head = readHead(in);
            if (head == null) {
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            String[] lines = head.split("\r\n");
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
                }
            }
            byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            OutputStream out = client.getOutputStream();
            String echo = "<html><body><pre>" + head + new String(body, StandardCharsets.UTF_8) + "</pre></body></html>";
            if (!String.valueOf(expected).equals(headers.get("proxy-authorization"))) {
                answer(out, "407 Proxy Authentication Required", "Proxy-Authenticate: Basic realm=\"property\"\r\n", "");
                return;
            }
            authenticated.incrementAndGet();
            switch (ending) {
                case FORWARDED -> forward(lines, body, out);
                case GATEWAY_PAGE_ECHOING_THE_REQUEST -> answer(out, "502 Bad Gateway", "", echo);
                case CHALLENGE_PAGE_ECHOING_THE_REQUEST -> answer(out, "407 Proxy Authentication Required",
                        "Proxy-Authenticate: Basic realm=\"property\"\r\n", "<html>The credentials "
                        + headers.get("proxy-authorization") + " are not valid here." + echo.substring("<html>".length()));
                case DROPPED -> { }
                default -> throw new AssertionError(ending);
            }
        }

        /** To the target, without the proxy's own headers, and its answer back as it comes. */
        private static void forward(String[] lines, byte[] body, OutputStream out) throws IOException {
            URI target = URI.create(lines[0].split(" ")[1]);
            StringBuilder head = new StringBuilder(lines[0]).append("\r\n");
            for (int i = 1; i < lines.length; i++) {
                String lower = lines[i].toLowerCase(Locale.ROOT);
                if (!lower.startsWith("proxy-") && !lower.startsWith("connection:")) {
                    head.append(lines[i]).append("\r\n");
                }
            }
            head.append("Connection: close\r\n\r\n");
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            request.writeBytes(body);
            try (Socket upstream = new Socket(target.getHost(), target.getPort())) {
                upstream.setSoTimeout(10_000);
                upstream.setTcpNoDelay(true);
                upstream.getOutputStream().write(request.toByteArray());
                upstream.getOutputStream().flush();
                out.write(upstream.getInputStream().readAllBytes());
                out.flush();
            }
        }

        private static void answer(OutputStream out, String status, String extraHeaders, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            answer.writeBytes(("HTTP/1.1 " + status + "\r\n" + extraHeaders + "Content-Type: text/html\r\nContent-Length: "
                    + bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            answer.writeBytes(bytes);
            out.write(answer.toByteArray());
            out.flush();
        }

        /** The request line and headers, up to the blank line; {@code null} at end of stream. */
        private static String readHead(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            int b;
            while ((b = in.read()) != -1) {
                head.write(b);
                matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
                if (matched == 4) {
                    String text = head.toString(StandardCharsets.ISO_8859_1);
                    return text.substring(0, text.length() - 4);
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            socket.close();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Fails naming the secret and the text if any text or log line holds any of the secrets. */
    private static void assertNoneContains(List<String> texts, List<String> logLines, Map<String, String> secrets) {
        for (String text : texts) {
            for (Map.Entry<String, String> secret : secrets.entrySet()) {
                assertThat(text).as("%s leaked in a message or toString", secret.getKey()).doesNotContain(secret.getValue());
            }
        }
        for (String line : logLines) {
            for (Map.Entry<String, String> secret : secrets.entrySet()) {
                assertThat(line).as("%s leaked in a log line", secret.getKey()).doesNotContain(secret.getValue());
            }
        }
    }

    private static String trace(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return e.getMessage() + "\n" + trace;
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
