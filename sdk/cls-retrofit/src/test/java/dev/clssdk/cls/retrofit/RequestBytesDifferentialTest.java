package dev.clssdk.cls.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.ClsService;
import dev.clssdk.cls.ClsServiceException;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.DeleteExportRequest;
import dev.clssdk.cls.model.DescribeExportsRequest;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.retrofit.RetrofitClient;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.StubRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Each export action sent through {@link ClsApi} and through {@link ClsClient} reaches the server
 * as the same bytes: request line, every header (the signature included: both run on one fixed
 * clock, so even the timestamp agrees) and body.
 */
@Timeout(60)
class RequestBytesDifferentialTest {

    private static final Clock FIXED = Clock.fixed(Instant.now(), ZoneOffset.UTC);

    private record Pair(String action, Function<ClsClient, Object> typed, Function<ClsApi, retrofit2.Call<?>> retrofit) {
    }

    private static final CreateExportRequest CREATE = CreateExportRequest.builder().topicId(ClsApiRouteTest.TOPIC)
            .query("status:500 AND host:\"a\\\"b\"").count(1_000_000L).from(1_700_000_000_000L).to(1_700_000_360_000L)
            .format("csv").order("asc").build();
    private static final DescribeExportsRequest DESCRIBE = DescribeExportsRequest.builder().topicId(ClsApiRouteTest.TOPIC)
            .offset(0L).limit(20L).build();
    private static final DeleteExportRequest DELETE = DeleteExportRequest.builder().exportId("export-none").build();

    private static final List<Pair> PAIRS = List.of(
            new Pair("CreateExport", c -> c.createExport(CREATE), a -> a.createExport(CREATE)),
            new Pair("DescribeExports", c -> c.describeExports(DESCRIBE), a -> a.describeExports(DESCRIBE)),
            new Pair("DeleteExport", c -> c.deleteExport(DELETE), a -> a.deleteExport(DELETE)));

    @Test
    void everyExportActionSendsTheSameBytesThroughBothRoutes() throws Exception {
        try (ContractStub stub = ContractStub.builder().clock(FIXED).throttling(false)
                .credentials(ClsApiRouteTest.SECRET_ID, ClsApiRouteTest.SECRET_KEY).topic(ClsApiRouteTest.TOPIC).start();
                ClsClient client = settings(stub).build();
                RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE, settings(stub))) {
            for (Pair pair : PAIRS) {
                StubRequest typed = sent(stub, () -> pair.typed().apply(client));
                StubRequest retrofit = sent(stub, () -> {
                    try {
                        return pair.retrofit().apply(cls.api()).execute().body();
                    } catch (java.io.IOException e) {
                        throw new AssertionError(e);
                    }
                });

                assertThat(typed.action()).contains(pair.action());
                assertThat(retrofit.method() + " " + retrofit.target()).as(pair.action())
                        .isEqualTo(typed.method() + " " + typed.target());
                assertThat(retrofit.headers()).as("%s headers", pair.action()).isEqualTo(typed.headers());
                assertThat(new String(retrofit.body(), StandardCharsets.UTF_8)).as("%s body", pair.action())
                        .isEqualTo(new String(typed.body(), StandardCharsets.UTF_8));
                assertThat(retrofit.body()).isEqualTo(typed.body());
            }
        }
    }

    private static ClsClient.Builder settings(ContractStub stub) {
        return ClsClient.builder().endpointUrl(stub.url()).region("ap-guangzhou").clock(FIXED).rateLimiting(false)
                .credentials(CredentialsProvider.of(ClsApiRouteTest.SECRET_ID, ClsApiRouteTest.SECRET_KEY));
    }

    /** The one request a call made; a service error answer is fine, it is the request that counts. */
    private static StubRequest sent(ContractStub stub, Supplier<Object> call) {
        int before = stub.recordedRequests().size();
        try {
            call.get();
        } catch (ClsServiceException e) {
            // DeleteExport of an export that does not exist: still a request to compare
        }
        List<StubRequest> recorded = stub.recordedRequests();
        assertThat(recorded).hasSize(before + 1);
        return recorded.get(recorded.size() - 1);
    }
}
