package dev.clssdk.sts.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.jackson.SdkJacksonModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.core.CredentialsException;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.auth.CredentialsProviderChain;
import dev.clssdk.core.auth.CvmRoleCredentialsProvider;
import dev.clssdk.core.testing.CapturedLogs;
import dev.clssdk.core.testing.FakeTime;
import dev.clssdk.sts.StsClient;
import dev.clssdk.stub.ActionAnswer;
import dev.clssdk.stub.ActionCall;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.StubRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * STS AssumeRole and TKE OIDC through the generated STS client, against the contract stub playing
 * STS from the same spec (signatures checked for {@code sts}; AssumeRoleWithWebIdentity unsigned).
 */
@Timeout(60)
class StsCredentialsProvidersTest {
    private static final Instant START = Instant.parse("2026-11-25T08:00:00Z");
    private static final String SOURCE_ID = "AKIDsourceLongTerm01";
    private static final String SOURCE_KEY = "sourceLongTermSecretKey";
    private static final String ROLE = "qcs::cam::uin/100000000001:roleName/app";
    private static final String WEB_TOKEN_1 = "eyJwebIdentityTokenNumberOne";
    private static final String WEB_TOKEN_2 = "eyJwebIdentityTokenNumberTwo";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new SdkJacksonModule());

    @TempDir
    Path dir;

    private final FakeTime time = new FakeTime(START);
    private final AtomicInteger calls = new AtomicInteger();
    private final List<ObjectNode> inputs = new CopyOnWriteArrayList<>();
    /** What each call answers, given its number (1, 2, ...). */
    private final AtomicReference<Function<Integer, ActionAnswer>> answer = new AtomicReference<>();
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private ContractStub stub;
    private StsClient signed;
    private StsClient unsigned;

    @BeforeEach
    void start() throws IOException {
        answer.set(n -> success(n, START.plus(Duration.ofHours(2))));
        stub = ContractStub.builder().spec(stsSpec()).clock(time).throttling(false)
                .credentials(SOURCE_ID, SOURCE_KEY)
                .unsignedActions("AssumeRoleWithWebIdentity")
                .behaviour("AssumeRole", this::answer)
                .behaviour("AssumeRoleWithWebIdentity", this::answer)
                .start();
        signed = client(CredentialsProvider.of(SOURCE_ID, SOURCE_KEY));
        unsigned = client(CredentialsProvider.anonymous());
    }

    @AfterEach
    void stop() throws IOException {
        signed.close();
        unsigned.close();
        stub.close();
        CapturedLogs.stop();
    }

    private StsClient client(CredentialsProvider credentials) {
        return StsClient.builder().endpointUrl(stub.url()).region("ap-guangzhou").clock(time)
                .retryPolicy(RetryPolicy.none()).rateLimiting(false).credentials(credentials).build();
    }

    private ActionAnswer answer(ActionCall call) {
        int n = calls.incrementAndGet();
        inputs.add(call.input());
        try {
            hold.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return answer.get().apply(n);
    }

    private static ActionAnswer success(int n, Instant expires) {
        ObjectNode output = JSON.createObjectNode();
        ObjectNode credentials = output.putObject("Credentials");
        credentials.put("TmpSecretId", "AKIDtemporary000" + n);
        credentials.put("TmpSecretKey", "temporarySecretKey" + n);
        credentials.put("Token", "temporarySessionToken" + n);
        output.put("ExpiredTime", expires.getEpochSecond());
        output.put("Expiration", expires.toString());
        return ActionAnswer.success(output);
    }

    private static String stsSpec() throws IOException {
        try (InputStream in = StsCredentialsProvidersTest.class.getClassLoader().getResourceAsStream("sts/sts-2018-08-13.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private StsAssumeRoleCredentialsProvider assumeRole() {
        return StsAssumeRoleCredentialsProvider.builder().client(signed).roleArn(ROLE).roleSessionName("app-session")
                .durationSeconds(7200).clock(time).build();
    }

    private OidcRoleArnCredentialsProvider oidc(Path tokenFile) {
        return OidcRoleArnCredentialsProvider.builder().client(unsigned).providerId("OIDC").roleArn(ROLE)
                .webIdentityTokenFile(tokenFile).roleSessionName("pod-session").clock(time).build();
    }

    @Test
    void assumeRoleSignsWithTheSourceCredentialsAndHandsOutTheRolesCredentials() {
        Credentials credentials = assumeRole().resolve();
        assertThat(credentials.secretId()).isEqualTo("AKIDtemporary0001");
        assertThat(credentials.secretKey()).isEqualTo("temporarySecretKey1");
        assertThat(credentials.token()).isEqualTo("temporarySessionToken1");
        assertThat(credentials.expiration()).contains(START.plus(Duration.ofHours(2)));
        assertThat(inputs.get(0).path("RoleArn").asText()).isEqualTo(ROLE);
        assertThat(inputs.get(0).path("RoleSessionName").asText()).isEqualTo("app-session");
        assertThat(inputs.get(0).path("DurationSeconds").asLong()).isEqualTo(7200);
        StubRequest recorded = last();
        assertThat(recorded.header("Authorization").orElse("")).contains(SOURCE_ID + "/").contains("/sts/tc3_request");
    }

    @Test
    void assumeRoleHasNoDefaultRegionAndWithoutOneFailsToBuildNamingTheSetting() {
        StsAssumeRoleCredentialsProvider.Builder builder = StsAssumeRoleCredentialsProvider.builder().roleArn(ROLE)
                .roleSessionName("app-session").sourceCredentials(CredentialsProvider.of(SOURCE_ID, SOURCE_KEY));
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("region is required")
                .hasMessageContaining("X-TC-Region")
                .hasMessageContaining("client(StsClient)");
        try (StsAssumeRoleCredentialsProvider withRegion = builder.region("ap-shanghai").build()) {
            assertThat(withRegion.toString()).contains("region ap-shanghai");
        }
    }

    @Test
    void assumeRoleWithAGivenClientTakesNoRegionOfItsOwn() {
        assertThat(assumeRole().toString()).doesNotContain("region");
        assertThatThrownBy(() -> StsAssumeRoleCredentialsProvider.builder().client(signed).region("ap-shanghai")
                .roleArn(ROLE).roleSessionName("app-session").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("region")
                .hasMessageContaining("client(StsClient)");
    }

    @Test
    void bothBuildersCheckEachSettingWhenSetNamingIt() {
        StsAssumeRoleCredentialsProvider.Builder assume = StsAssumeRoleCredentialsProvider.builder();
        OidcRoleArnCredentialsProvider.Builder oidc = OidcRoleArnCredentialsProvider.builder();
        for (Duration bad : List.of(Duration.ZERO, Duration.ofSeconds(-1))) {
            assertThatThrownBy(() -> assume.refreshBefore(bad)).hasMessageContaining("refreshBefore must be positive");
            assertThatThrownBy(() -> oidc.refreshBefore(bad)).hasMessageContaining("refreshBefore must be positive");
            assertThatThrownBy(() -> assume.retryAfterFailure(bad)).hasMessageContaining("retryAfterFailure must be positive");
            assertThatThrownBy(() -> oidc.retryAfterFailure(bad)).hasMessageContaining("retryAfterFailure must be positive");
        }
        assertThatThrownBy(() -> oidc.roleSessionName("x")).hasMessageContaining("roleSessionName must be 2 to 128");
        assertThatThrownBy(() -> oidc.durationSeconds(43201)).hasMessageContaining("durationSeconds must be between 1 and 43200");
        assertThatThrownBy(() -> oidc.providerId(" ")).hasMessageContaining("providerId is blank");
    }

    @Test
    void oidcWithoutARegionOrAClientFailsToBuildNamingTheSetting() {
        assertThatThrownBy(() -> OidcRoleArnCredentialsProvider.builder().providerId("OIDC").roleArn(ROLE)
                .webIdentityTokenFile(dir.resolve("token")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("region is required")
                .hasMessageContaining(OidcRoleArnCredentialsProvider.REGION);
    }

    @Test
    void assumeRoleRefreshesInsideTheWindowAndKeepsValidCredentialsWhenTheRefreshFails() {
        StsAssumeRoleCredentialsProvider provider = assumeRole();
        Credentials first = provider.resolve();
        time.advance(Duration.ofMinutes(100));
        assertThat(provider.resolve()).isSameAs(first);
        time.advance(Duration.ofMinutes(16)); // 4 minutes left: refresh
        answer.set(n -> ActionAnswer.error("InternalError", "STS is having a bad day"));
        CapturedLogs.start();
        assertThat(provider.resolve()).as("kept while valid").isSameAs(first);
        assertThat(CapturedLogs.lines()).anySatisfy(line -> assertThat(line).contains("InternalError"));
        answer.set(n -> success(n, START.plus(Duration.ofHours(4))));
        time.advance(Duration.ofSeconds(11));
        assertThat(provider.resolve().secretId()).isEqualTo("AKIDtemporary0003");
        assertThat(calls).hasValue(3);
    }

    @Test
    void assumeRoleFailingAfterExpiryIsACredentialsExceptionNamingTheProviderAndTheCode() {
        StsAssumeRoleCredentialsProvider provider = assumeRole();
        provider.resolve();
        answer.set(n -> ActionAnswer.error("AuthFailure.UnauthorizedOperation", "may not assume " + ROLE));
        time.advance(Duration.ofHours(3));
        assertThatThrownBy(provider::resolve)
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("STS AssumeRole (role " + ROLE)
                .hasMessageContaining("AuthFailure.UnauthorizedOperation")
                .hasMessageNotContaining("temporarySecretKey").hasMessageNotContaining(SOURCE_KEY);
    }

    @Test
    void aTruncatedAnswerIsACredentialsExceptionWithoutTheAnswersSecrets() {
        stub.injectFault(dev.clssdk.stub.Fault.truncatedJson());
        assertThatThrownBy(assumeRole()::resolve)
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("STS AssumeRole")
                .hasMessageContaining("ProtocolException")
                .hasMessageNotContaining("temporarySecretKey");
    }

    @Test
    void thirtyTwoThreadsAtRefreshTimeMakeOneStsCall() throws Exception {
        StsAssumeRoleCredentialsProvider provider = assumeRole();
        Credentials first = provider.resolve();
        time.advance(Duration.ofMinutes(116));
        CountDownLatch othersReturned = new CountDownLatch(31);
        hold = othersReturned;
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Credentials> results = new ArrayList<>();
        try {
            CyclicBarrier barrier = new CyclicBarrier(32);
            List<Future<Credentials>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(() -> {
                    barrier.await();
                    Credentials credentials = provider.resolve();
                    othersReturned.countDown();
                    return credentials;
                }));
            }
            for (Future<Credentials> future : futures) {
                results.add(future.get(20, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(calls).hasValue(2);
        assertThat(results).filteredOn(c -> c == first).hasSize(31);
        assertThat(results).filteredOn(c -> c.secretId().equals("AKIDtemporary0002")).hasSize(1);
    }

    @Test
    void oidcCallsUnsignedWithTheTokenFilesContentReadAgainOnEveryRefresh() throws IOException {
        Path tokenFile = Files.writeString(dir.resolve("token"), WEB_TOKEN_1 + "\n");
        OidcRoleArnCredentialsProvider provider = oidc(tokenFile);
        CapturedLogs.start();
        Credentials first = provider.resolve();
        assertThat(first.secretId()).isEqualTo("AKIDtemporary0001");
        StubRequest recorded = last();
        assertThat(recorded.header("Authorization")).contains("SKIP");
        assertThat(recorded.header("X-TC-Token")).isEmpty();
        assertThat(recorded.header("X-TC-Action")).contains("AssumeRoleWithWebIdentity");
        assertThat(inputs.get(0).path("WebIdentityToken").asText()).isEqualTo(WEB_TOKEN_1);
        assertThat(inputs.get(0).path("ProviderId").asText()).isEqualTo("OIDC");
        assertThat(inputs.get(0).path("DurationSeconds").asLong()).as("TKE's default").isEqualTo(7200);

        Files.writeString(tokenFile, WEB_TOKEN_2);
        time.advance(Duration.ofMinutes(111)); // 9 minutes left: inside the 600 s window
        assertThat(provider.resolve().secretId()).isEqualTo("AKIDtemporary0002");
        assertThat(inputs.get(1).path("WebIdentityToken").asText()).isEqualTo(WEB_TOKEN_2);

        List<String> texts = new ArrayList<>(CapturedLogs.lines());
        texts.add(provider.toString());
        texts.add(first.toString());
        for (String text : texts) {
            assertThat(text).doesNotContain(WEB_TOKEN_1).doesNotContain(WEB_TOKEN_2)
                    .doesNotContain("temporarySecretKey").doesNotContain("temporarySessionToken");
        }
    }

    @Test
    void oidcWithAMissingOrEmptyTokenFileSaysWhichAndCallsNothing() throws IOException {
        assertThatThrownBy(oidc(dir.resolve("absent"))::resolve)
                .isInstanceOf(CredentialsException.class).hasMessageContaining("TKE OIDC").hasMessageContaining("does not exist");
        Path empty = Files.writeString(dir.resolve("empty"), "  \n");
        assertThatThrownBy(oidc(empty)::resolve).hasMessageContaining("is empty");
        assertThat(calls).hasValue(0);
    }

    @Test
    void oidcRejectedAfterExpiryNamesTheProviderButNotTheToken() throws IOException {
        Path tokenFile = Files.writeString(dir.resolve("token"), WEB_TOKEN_1);
        OidcRoleArnCredentialsProvider provider = oidc(tokenFile);
        provider.resolve();
        answer.set(n -> ActionAnswer.error("InvalidParameter", "bad token " + WEB_TOKEN_1));
        time.advance(Duration.ofHours(2));
        assertThatThrownBy(provider::resolve)
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("TKE OIDC (STS AssumeRoleWithWebIdentity")
                .hasMessageContaining("InvalidParameter")
                .hasMessageNotContaining(WEB_TOKEN_1);
    }

    @Test
    void anStsErrorShowsItsCodeAndRequestIdButNoOtherAnswerText() throws IOException {
        Path tokenFile = Files.writeString(dir.resolve("token"), WEB_TOKEN_1);
        stub.injectFault(errorAnswer("InvalidParameter.WebIdentityTokenError", "7f3e2a10-0b1c-4d5e-8f90-123456789abc"));
        assertThatThrownBy(oidc(tokenFile)::resolve).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("STS AssumeRoleWithWebIdentity answered InvalidParameter.WebIdentityTokenError"
                        + " (RequestId 7f3e2a10-0b1c-4d5e-8f90-123456789abc)")
                .hasMessageNotContaining(WEB_TOKEN_1).hasMessageNotContaining("the answer's own words");
    }

    @Test
    void anStsErrorCodeOrRequestIdNotInTheFormOfOneOrEchoingTheTokenIsNotShown() throws IOException {
        Path tokenFile = Files.writeString(dir.resolve("token"), WEB_TOKEN_1);
        String[][] answers = {
            {"InvalidParameter " + WEB_TOKEN_1, "r-1"}, // not a code
            {WEB_TOKEN_1, "r-2"}, // the token, shaped like a code
            {WEB_TOKEN_1.substring(0, 16), "r-3"}, // a piece of it
            {"InvalidParameter", WEB_TOKEN_1}, // the token as the request id
            {"InvalidParameter", "<b>" + WEB_TOKEN_1.substring(3) + "</b>"},
        };
        for (String[] codeAndId : answers) {
            stub.injectFault(errorAnswer(codeAndId[0], codeAndId[1]));
            assertThatThrownBy(oidc(tokenFile)::resolve).as(codeAndId[0] + " " + codeAndId[1])
                    .isInstanceOf(CredentialsException.class)
                    .hasMessageContaining("STS AssumeRoleWithWebIdentity answered")
                    .hasMessageContaining("not shown")
                    .hasMessageNotContaining(WEB_TOKEN_1.substring(3, 19)).hasMessageNotContaining(WEB_TOKEN_1.substring(12));
        }
        assertThat(calls).as("the stub answered each itself").hasValue(0);
    }

    /** An STS error envelope with the given Code and RequestId, and a message quoting the token. */
    private static dev.clssdk.stub.Fault errorAnswer(String code, String requestId) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode response = root.putObject("Response");
        response.putObject("Error").put("Code", code).put("Message", "the answer's own words: " + WEB_TOKEN_1);
        response.put("RequestId", requestId);
        return dev.clssdk.stub.Fault.rawAnswer(200, "application/json", JSON.writeValueAsBytes(root));
    }

    @Test
    void oidcFromTheEnvironmentNamesEveryMissingVariable() {
        assertThatThrownBy(() -> OidcRoleArnCredentialsProvider.fromEnvironment(Map.of("TKE_REGION", "ap-guangzhou")::get))
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("TKE_PROVIDER_ID, TKE_WEB_IDENTITY_TOKEN_FILE, TKE_ROLE_ARN are not set");
        OidcDefaultChainContributor.FromEnvironment fromEnvironment = new OidcDefaultChainContributor.FromEnvironment(
                Map.of("TKE_ROLE_ARN", ROLE)::get);
        assertThatThrownBy(fromEnvironment::resolve).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("TKE_REGION, TKE_PROVIDER_ID, TKE_WEB_IDENTITY_TOKEN_FILE are not set");
    }

    @Test
    void withThisModulePresentTheDefaultChainEndsWithTkeOidcAfterTheInstanceRole() {
        CredentialsProviderChain chain = (CredentialsProviderChain) CredentialsProvider.defaultChain();
        assertThat(chain.providers()).hasSize(4);
        assertThat(chain.providers().get(2)).isInstanceOf(CvmRoleCredentialsProvider.class);
        assertThat(chain.providers().get(3).toString()).contains("TKE OIDC");
    }

    private StubRequest last() {
        List<StubRequest> recorded = stub.recordedRequests();
        return recorded.get(recorded.size() - 1);
    }
}
