package dev.clssdk.cls.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.CreateExportResponse;
import dev.clssdk.cls.model.DeleteExportRequest;
import dev.clssdk.cls.model.DescribeExportsRequest;
import dev.clssdk.cls.model.DescribeExportsResponse;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.auth.Credentials;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.auth.CvmRoleCredentialsProvider;
import dev.clssdk.core.testing.CapturedLogs;
import dev.clssdk.sts.StsClient;
import dev.clssdk.sts.auth.StsAssumeRoleCredentialsProvider;
import dev.clssdk.stub.ActionAnswer;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.Fault;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The chaos soak of issue 16: 64 threads, blocking and async calls mixed, against the contract stub
 * with faults injected at random (connections dropped before and after the request is read, stalled
 * answers past the read timeout, truncated JSON, throttling, 5xx pages, malformed bodies) and
 * credentials rotating on every attempt. Per call it checks: exactly one outcome (a response or an
 * {@link SdkException}, in bounded time); the response matches its request (the stub echoes an id);
 * CreateExport reached the stub at most once per call; no secret in any message (cause chains
 * included) or log line; and after {@code close()} no thread of the client and no connection left.
 *
 * <p>Credentials under faults too: a third of the calls go through a client whose credentials come
 * from a CVM metadata service that answers slowly, trickles a byte at a time, stalls, drops or
 * answers garbage ({@link ChaoticMetadataService}), and a third through STS AssumeRole against an STS
 * stub with its own faults injected; credentials there live 6 s, so they are fetched again and
 * again through the faults. Those clients make one attempt per call, which must end, typed, within its 3 s call timeout
 * (plus 2 s of slack), whatever the credentials source does.
 *
 * <p>Bounded by {@code soak.seconds} (default 20 in the normal build; {@code -Psoak}: 600). Prints
 * one closing line: {@code SOAK calls=… faults=… violations=0}.
 */
class ChaosSoakTest {
    private static final int THREADS = Integer.getInteger("soak.threads", 64);
    private static final long SECONDS = Long.getLong("soak.seconds", 20);
    private static final List<ContractStub.Credential> ROTATION = List.of(
            new ContractStub.Credential("AKIDsoakRotation0001", "soakSecretKeyOneXy7Q", "soakTokenOne7Hq2Lz9Pw"),
            new ContractStub.Credential("AKIDsoakRotation0002", "soakSecretKeyTwoZm4R", "soakTokenTwo3Nb8Kd1Vx"),
            new ContractStub.Credential("AKIDsoakRotation0003", "soakSecretKeyThreeK2", "soakTokenThree5Tg6Yj0"));

    private final Map<String, AtomicInteger> createsReceived = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong armed = new AtomicLong();
    private final AtomicLong credentialCalls = new AtomicLong();
    /** Short, so that credentials are refreshed every few seconds, through the faults. */
    private static final Duration CREDENTIALS_LIFETIME = Duration.ofSeconds(6);
    private static final String STS_SOURCE_ID = "AKIDsoakStsSource0001";
    private static final String STS_SOURCE_KEY = "soakStsSourceKeyNeverShown";

    @Test
    @Timeout(value = 900, unit = TimeUnit.SECONDS)
    void underRandomFaultsEveryCallHasOneTypedOutcomeThatMatchesItsRequestAndLeaksNoSecret() throws Exception {
        ContractStub.Builder stubBuilder = ContractStub.builder().exportWorkflow(false)
                .behaviour("CreateExport", call -> {
                    String tag = call.input().path("Query").asText();
                    createsReceived.computeIfAbsent(tag, t -> new AtomicInteger()).incrementAndGet();
                    return ActionAnswer.success(JsonNodeFactory.instance.objectNode().put("ExportId", "exp-" + tag));
                })
                .behaviour("DescribeExports", call -> {
                    ObjectNode output = JsonNodeFactory.instance.objectNode();
                    output.putArray("Exports").addObject().put("TopicId", call.input().path("TopicId").asText())
                            .put("ExportId", "e").put("Status", "Queuing");
                    output.put("TotalCount", 1);
                    return ActionAnswer.success(output);
                });
        for (ContractStub.Credential credential : ROTATION) {
            stubBuilder.temporaryCredentials(credential.secretId(), credential.secretKey(), credential.token());
        }
        CapturedLogs.start();
        Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
        List<String> logLines;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        try (ContractStub stub = stubBuilder.start()) {
            CredentialsProvider rotating = () -> {
                ContractStub.Credential c = ROTATION.get(ThreadLocalRandom.current().nextInt(ROTATION.size()));
                return Credentials.of(c.secretId(), c.secretKey(), c.token());
            };
            ClsClient client = ClsClient.builder().credentials(rotating).endpointUrl(stub.url())
                    .readTimeout(Duration.ofMillis(800)).callTimeout(Duration.ofSeconds(3)).build();
            ChaoticMetadataService metadata = new ChaoticMetadataService(ROTATION, CREDENTIALS_LIFETIME);
            ClsClient viaMetadata = ClsClient.builder().endpointUrl(stub.url())
                    .credentials(CvmRoleCredentialsProvider.builder().endpoint(metadata.url())
                            .retryAfterFailure(Duration.ofSeconds(1)).build())
                    .retryPolicy(RetryPolicy.none()).readTimeout(Duration.ofMillis(800)).callTimeout(Duration.ofSeconds(3)).build();
            ContractStub sts = stsStub();
            StsClient stsClient = StsClient.builder().endpointUrl(sts.url()).region("ap-guangzhou")
                    .credentials(CredentialsProvider.of(STS_SOURCE_ID, STS_SOURCE_KEY))
                    .readTimeout(Duration.ofMillis(800)).callTimeout(Duration.ofSeconds(2)).build();
            StsAssumeRoleCredentialsProvider assumed = StsAssumeRoleCredentialsProvider.builder().client(stsClient)
                    .roleArn("qcs::cam::uin/100000000001:roleName/soak").roleSessionName("soak")
                    .retryAfterFailure(Duration.ofSeconds(1)).build();
            ClsClient viaSts = ClsClient.builder().endpointUrl(stub.url()).credentials(assumed)
                    .retryPolicy(RetryPolicy.none()).readTimeout(Duration.ofMillis(800)).callTimeout(Duration.ofSeconds(3)).build();
            List<ClsClient> clients = List.of(client, viaMetadata, viaSts);
            Thread faults = new Thread(() -> injectFaults(stub, deadline), "soak-faults");
            faults.setDaemon(true);
            faults.start();
            Thread stsFaults = new Thread(() -> injectStsFaults(sts, deadline), "soak-sts-faults");
            stsFaults.setDaemon(true);
            stsFaults.start();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Thread worker = new Thread(() -> work(clients, deadline), "soak-worker-" + t);
                workers.add(worker);
                worker.start();
            }
            for (Thread worker : workers) {
                worker.join(TimeUnit.SECONDS.toMillis(SECONDS + 60));
                if (worker.isAlive()) {
                    violations.add("worker " + worker.getName() + " did not finish");
                }
            }
            faults.join(5_000);
            stsFaults.join(5_000);
            long faultsUsed = armed.get() - stub.pendingFaults() - sts.pendingFaults();
            stub.clearFaults();
            sts.clearFaults();
            for (ClsClient each : clients) {
                each.close();
            }
            assumed.close();
            stsClient.close();
            checkNothingLeftAfterClose(stub, threadsBefore);
            sts.close();
            metadata.close();
            createsReceived.forEach((tag, count) -> {
                if (count.get() > 1) {
                    violations.add("CreateExport " + tag + " reached the stub " + count.get() + " times");
                }
            });
            logLines = CapturedLogs.stop();
            for (String line : logLines) {
                checkNoSecret("log line", line);
            }
            String closing = "SOAK calls=" + calls.get() + " failures=" + failures.get() + " faults=" + faultsUsed
                    + " credentialCalls=" + credentialCalls.get() + " metadataFaults=" + metadata.faults()
                    + " threads=" + THREADS + " seconds=" + SECONDS + " logLines=" + logLines.size()
                    + " violations=" + violations.size();
            System.out.println(closing);
            assertThat(violations).as(closing).isEmpty();
            assertThat(faultsUsed).as("faults were injected").isPositive();
        } finally {
            CapturedLogs.stop();
        }
    }

    private void injectFaults(ContractStub stub, long deadline) {
        List<Supplier<Fault>> kinds = List.of(
                Fault::dropBeforeRequestRead,
                Fault::dropAfterRequestRead,
                () -> Fault.slowResponse(Duration.ofMillis(1_200)), // past the 800 ms read timeout: a stall
                Fault::truncatedJson,
                Fault::html502,
                Fault::empty200,
                () -> Fault.rawAnswer(503, "text/plain", "Service Unavailable".getBytes(StandardCharsets.UTF_8)),
                () -> Fault.rawAnswer(200, "application/json",
                        "{\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded\",\"Message\":\"slow down\"},\"RequestId\":\"t\"}}"
                                .getBytes(StandardCharsets.UTF_8)),
                () -> Fault.rawAnswer(200, "application/json", "{\"Response\":{\"ExportId\":17,".getBytes(StandardCharsets.UTF_8)));
        while (System.nanoTime() < deadline) {
            if (stub.pendingFaults() < 4) {
                stub.injectFault(kinds.get(ThreadLocalRandom.current().nextInt(kinds.size())).get());
                armed.incrementAndGet();
            }
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(5, 40));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** STS for the soak: AssumeRole hands out one of the rotation's credentials, valid for 40 s. */
    private static ContractStub stsStub() throws java.io.IOException {
        String spec;
        try (java.io.InputStream in = ChaosSoakTest.class.getClassLoader().getResourceAsStream("sts/sts-2018-08-13.yaml")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return ContractStub.builder().spec(spec).throttling(false).credentials(STS_SOURCE_ID, STS_SOURCE_KEY)
                .behaviour("AssumeRole", call -> {
                    ContractStub.Credential c = ROTATION.get(ThreadLocalRandom.current().nextInt(ROTATION.size()));
                    ObjectNode output = JsonNodeFactory.instance.objectNode();
                    output.putObject("Credentials").put("TmpSecretId", c.secretId()).put("TmpSecretKey", c.secretKey())
                            .put("Token", c.token());
                    long expires = java.time.Instant.now().plus(CREDENTIALS_LIFETIME).getEpochSecond();
                    output.put("ExpiredTime", expires);
                    output.put("Expiration", java.time.Instant.ofEpochSecond(expires).toString());
                    return ActionAnswer.success(output);
                })
                .start();
    }

    private void injectStsFaults(ContractStub sts, long deadline) {
        List<Supplier<Fault>> kinds = List.of(
                Fault::dropBeforeRequestRead,
                Fault::dropAfterRequestRead,
                () -> Fault.slowResponse(Duration.ofMillis(1_500)),
                Fault::truncatedJson,
                Fault::html502,
                () -> Fault.rawAnswer(200, "application/json", ("{\"Response\":{\"Error\":{\"Code\":\"Denied:"
                        + ROTATION.get(0).secretKey() + "\",\"Message\":\"" + ROTATION.get(1).token()
                        + "\"},\"RequestId\":\"r\"}}").getBytes(StandardCharsets.UTF_8)));
        while (System.nanoTime() < deadline) {
            if (sts.pendingFaults() < 2) {
                sts.injectFault(kinds.get(ThreadLocalRandom.current().nextInt(kinds.size())).get());
                armed.incrementAndGet();
            }
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(200, 1_000));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void work(List<ClsClient> clients, long deadline) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < deadline) {
            String tag = Thread.currentThread().getName() + "-" + calls.incrementAndGet();
            boolean async = random.nextBoolean();
            int which = random.nextInt(clients.size());
            ClsClient client = clients.get(which);
            long limit = which == 0 ? TimeUnit.SECONDS.toNanos(30) : TimeUnit.SECONDS.toNanos(3 + 2);
            if (which > 0) {
                credentialCalls.incrementAndGet();
            }
            long started = System.nanoTime();
            switch (random.nextInt(3)) {
                case 0 -> {
                    CreateExportRequest request = CreateExportRequest.builder().topicId("topic-" + tag).query(tag)
                            .count(10L).from(1000L).to(2000L).build();
                    outcome(tag, async ? () -> client.createExportAsync(request) : () -> CompletableFuture.completedFuture(
                            client.createExport(request)), response -> "exp-" + tag,
                            response -> ((CreateExportResponse) response).exportId());
                }
                case 1 -> {
                    DescribeExportsRequest request = DescribeExportsRequest.builder().topicId("topic-" + tag).build();
                    outcome(tag, async ? () -> client.describeExportsAsync(request) : () -> CompletableFuture.completedFuture(
                            client.describeExports(request)), response -> "topic-" + tag,
                            response -> ((DescribeExportsResponse) response).exports().get(0).topicId());
                }
                default -> {
                    DeleteExportRequest request = DeleteExportRequest.builder().exportId("exp-" + tag).build();
                    outcome(tag, async ? () -> client.deleteExportAsync(request) : () -> CompletableFuture.completedFuture(
                            client.deleteExport(request)), response -> "answered", response -> "answered");
                }
            }
            long took = System.nanoTime() - started;
            if (took > limit) {
                violations.add(tag + " (client " + which + "): took " + TimeUnit.NANOSECONDS.toMillis(took)
                        + " ms, past its limit of " + TimeUnit.NANOSECONDS.toMillis(limit) + " ms");
            }
        }
    }

    private interface Start {
        CompletableFuture<?> start();
    }

    /** Runs one call and checks its outcome. */
    private void outcome(String tag, Start start, java.util.function.Function<Object, String> expected,
            java.util.function.Function<Object, String> actual) {
        Object response;
        try {
            response = start.start().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            violations.add(tag + ": no outcome within 30 s");
            return;
        } catch (java.util.concurrent.ExecutionException e) {
            typedFailure(tag, e.getCause());
            return;
        } catch (SdkException e) {
            typedFailure(tag, e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Throwable e) {
            violations.add(tag + ": untyped failure " + e.getClass().getName());
            return;
        }
        if (response == null) {
            violations.add(tag + ": null response");
        } else if (!expected.apply(response).equals(actual.apply(response))) {
            violations.add(tag + ": answer of another request: " + actual.apply(response));
        }
    }

    private void typedFailure(String tag, Throwable failure) {
        failures.incrementAndGet();
        if (!(failure instanceof SdkException)) {
            violations.add(tag + ": untyped failure " + failure.getClass().getName());
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            checkNoSecret(tag + " message", String.valueOf(t.getMessage()));
        }
    }

    private void checkNoSecret(String where, String text) {
        for (ContractStub.Credential credential : ROTATION) {
            for (String secret : List.of(credential.secretKey(), credential.token(), STS_SOURCE_KEY)) {
                if (text.contains(secret) || text.contains(secret.substring(0, 8))
                        || text.contains(secret.substring(secret.length() - 8))) {
                    violations.add(where + " holds (a fragment of) a secret");
                }
            }
        }
    }

    private void checkNothingLeftAfterClose(ContractStub stub, Set<Thread> before) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<String> left;
        int open;
        do {
            Thread.sleep(100);
            left = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t) && t.isAlive() && t.getName().startsWith("sdk-core"))
                    .map(Thread::getName).collect(Collectors.toList());
            open = stub.openConnections();
        } while ((!left.isEmpty() || open > 0) && System.nanoTime() < until);
        if (!left.isEmpty()) {
            violations.add("client threads alive after close(): " + left);
        }
        if (open > 0) {
            violations.add(open + " connections open after close()");
        }
    }
}
