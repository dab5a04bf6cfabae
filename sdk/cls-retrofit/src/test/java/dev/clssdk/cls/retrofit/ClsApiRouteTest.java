package dev.clssdk.cls.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.ClsService;
import dev.clssdk.cls.ResourceNotFoundException;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.CreateExportResponse;
import dev.clssdk.cls.model.DescribeExportsRequest;
import dev.clssdk.cls.model.DescribeExportsResponse;
import dev.clssdk.core.ProtocolException;
import dev.clssdk.core.RetryPolicy;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.TransportException;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.retrofit.RetrofitClient;
import dev.clssdk.stub.ContractStub;
import dev.clssdk.stub.Fault;
import io.reactivex.rxjava3.core.Single;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import dev.clssdk.okhttp.OkHttpTransports;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.adapter.rxjava3.RxJava3CallAdapterFactory;
import retrofit2.http.Body;
import retrofit2.http.Headers;
import retrofit2.http.POST;

/**
 * The generated {@link ClsApi} as a user calls it, made by {@link RetrofitClient} and sent to the
 * contract stub: blocking and enqueued calls, a call adapter from Maven Central, service errors,
 * malformed answers, retries of an idempotent action, and {@code CreateExport} never repeated.
 */
@Timeout(60)
class ClsApiRouteTest {
    static final String SECRET_ID = "AKIDretrofitroute0000000000000000000";
    static final String SECRET_KEY = "retrofit-route-secret-key-0000000000";
    static final String TOPIC = "topic-retrofit";

    /** A user's RxJava interface: the generated method's annotations, another return type. */
    interface RxCls {
        @POST("/")
        @Headers({"X-TC-Action: DescribeExports", "X-TC-Version: 2020-10-16"})
        Single<DescribeExportsResponse> describeExports(@Body DescribeExportsRequest request);

        @POST("/")
        @Headers("X-TC-Action: CreateExport")
        Single<CreateExportResponse> createExport(@Body CreateExportRequest request);
    }

    private ContractStub stub;

    @BeforeEach
    void start() {
        stub = ContractStub.builder().throttling(false).credentials(SECRET_ID, SECRET_KEY).topic(TOPIC).start();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    static ClsClient.Builder settings(ContractStub stub) {
        return ClsClient.builder()
                .endpointUrl(stub.url())
                .region("ap-guangzhou")
                .credentials(CredentialsProvider.of(SECRET_ID, SECRET_KEY))
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(5));
    }

    static CreateExportRequest createRequest(String topic) {
        return CreateExportRequest.builder().topicId(topic).query("status:200").count(100L).from(1000L).to(2000L)
                .build();
    }

    static DescribeExportsRequest describeRequest() {
        return DescribeExportsRequest.builder().topicId(TOPIC).build();
    }

    @Test
    void executeReturnsTheTypedResponse() throws IOException {
        try (RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE, settings(stub))) {
            Response<CreateExportResponse> response = cls.api().createExport(createRequest(TOPIC)).execute();

            assertThat(response.isSuccessful()).isTrue();
            assertThat(response.body().exportId()).isNotBlank();
            assertThat(response.body().requestId()).isNotBlank();
            assertThat(response.raw().request().header("X-TC-Action")).isEqualTo("CreateExport");
            assertThat(stub.exportCount()).isEqualTo(1);
        }
    }

    @Test
    void enqueueDeliversTheResponseToTheCallback() throws Exception {
        try (RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE, settings(stub))) {
            cls.api().createExport(createRequest(TOPIC)).execute();
            CompletableFuture<Response<DescribeExportsResponse>> delivered = new CompletableFuture<>();
            cls.api().describeExports(describeRequest()).enqueue(callback(delivered));

            Response<DescribeExportsResponse> response = delivered.get(20, TimeUnit.SECONDS);
            assertThat(response.body().exports()).hasSize(1);
            assertThat(response.body().totalCount()).isEqualTo(1L);
        }
    }

    @Test
    void aServiceErrorIsTheServicesTypedExceptionOnEitherPath() throws Exception {
        try (RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE, settings(stub))) {
            assertThatThrownBy(() -> cls.api().createExport(createRequest("topic-unknown")).execute())
                    .isInstanceOf(ResourceNotFoundException.class)
                    .satisfies(e -> assertThat(((ResourceNotFoundException) e).rawCode())
                            .isEqualTo("ResourceNotFound.TopicNotExist"));

            CompletableFuture<Response<CreateExportResponse>> delivered = new CompletableFuture<>();
            cls.api().createExport(createRequest("topic-unknown")).enqueue(callback(delivered));
            assertThatThrownBy(() -> delivered.get(20, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void aMalformedAnswerIsAProtocolExceptionAndCreateExportIsNotRepeated() {
        stub.injectFault(Fault.rawAnswer(200, "application/json", "{\"Response\":{\"ExportId\":".getBytes(StandardCharsets.UTF_8)), 2);
        try (RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE, settings(stub))) {
            assertThatThrownBy(() -> cls.api().createExport(createRequest(TOPIC)).execute())
                    .isInstanceOf(ProtocolException.class)
                    .hasMessageContaining("CreateExport");
            assertThat(stub.pendingFaults()).as("one attempt: a malformed answer to CreateExport is not retried")
                    .isEqualTo(1);
        }
    }

    @Test
    void anIdempotentActionIsRetriedAfterAGatewayError() throws IOException {
        stub.injectFault(Fault.html502());
        try (RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE,
                settings(stub).retryPolicy(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(10)).build()))) {
            Response<DescribeExportsResponse> response = cls.api().describeExports(describeRequest()).execute();

            assertThat(response.body().totalCount()).isZero();
            assertThat(stub.pendingFaults()).as("the 502 was answered").isZero();
            assertThat(stub.requestCount()).as("then the retry reached the API").isEqualTo(1);
        }
    }

    @Test
    void createExportIsNeverRepeatedOnceItMayHaveReachedTheServer() {
        stub.injectFault(Fault.dropAfterRequestRead());
        try (RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE,
                settings(stub).retryPolicy(RetryPolicy.builder().maxAttempts(5).baseDelay(Duration.ofMillis(10)).build()))) {
            assertThatThrownBy(() -> cls.api().createExport(createRequest(TOPIC)).execute())
                    .isInstanceOf(TransportException.class)
                    .satisfies(e -> assertThat(((TransportException) e).mayHaveReachedServer()).isTrue());
            assertThat(stub.requestCount()).isEqualTo(1);
            assertThat(stub.exportCount()).as("the stub created it; no second one").isEqualTo(1);
        }
    }

    @Test
    void anRxJava3SingleFromTheUsersRetrofitBuilderGetsTheSameCallsAndErrors() {
        Retrofit.Builder users = new Retrofit.Builder().addCallAdapterFactory(RxJava3CallAdapterFactory.createSynchronous());
        try (RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE, settings(stub), users)) {
            RxCls rx = cls.create(RxCls.class);

            CreateExportResponse created = rx.createExport(createRequest(TOPIC)).blockingGet();
            assertThat(created.exportId()).isNotBlank();
            assertThat(rx.describeExports(describeRequest()).blockingGet().totalCount()).isEqualTo(1L);
            assertThatThrownBy(() -> rx.createExport(createRequest("topic-unknown")).blockingGet())
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void anAsynchronousRxJava3SingleRunsOnTheRuntimesAsyncPath() {
        Retrofit.Builder users = new Retrofit.Builder().addCallAdapterFactory(RxJava3CallAdapterFactory.create());
        try (RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE, settings(stub), users)) {
            RxCls rx = cls.create(RxCls.class);

            assertThat(rx.createExport(createRequest(TOPIC)).blockingGet().exportId()).isNotBlank();
            assertThatThrownBy(() -> rx.createExport(createRequest("topic-unknown")).blockingGet())
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void theUsersOkHttpInterceptorsSeeTheSignedRequest() throws IOException {
        List<String> seen = new CopyOnWriteArrayList<>();
        OkHttpClient users = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    seen.add(chain.request().header("X-TC-Action"));
                    return chain.proceed(chain.request());
                })
                .addNetworkInterceptor(chain -> {
                    seen.add(chain.request().header("Authorization") == null ? "unsigned" : "signed");
                    return chain.proceed(chain.request());
                })
                .build();
        try (RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE,
                settings(stub).httpTransport(OkHttpTransports.using(users)))) {
            cls.api().describeExports(describeRequest()).execute();
        }
        assertThat(seen).containsExactly("DescribeExports", "signed");
    }

    @Test
    void theCallsTimeoutIsItsCallTimeout() {
        stub.injectFault(Fault.slowResponse(Duration.ofSeconds(5)));
        try (RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE,
                settings(stub).retryPolicy(RetryPolicy.none()))) {
            Call<DescribeExportsResponse> call = cls.api().describeExports(describeRequest());
            call.timeout().timeout(300, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();

            assertThatThrownBy(call::execute).isInstanceOf(TransportException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void cancellingAnEnqueuedCallStopsItAndReportsCanceled() throws Exception {
        stub.injectFault(Fault.slowResponse(Duration.ofSeconds(10)));
        try (RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE, settings(stub))) {
            Call<DescribeExportsResponse> call = cls.api().describeExports(describeRequest());
            CompletableFuture<Response<DescribeExportsResponse>> delivered = new CompletableFuture<>();
            call.enqueue(callback(delivered));
            Thread.sleep(200);
            long start = System.nanoTime();
            call.cancel();

            assertThatThrownBy(() -> delivered.get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(IOException.class)
                    .hasRootCauseMessage("Canceled");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(call.isCanceled()).isTrue();
        }
    }

    @Test
    void aCallRunsOnceAndACloneRunsAgain() throws IOException {
        try (RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE, settings(stub))) {
            Call<DescribeExportsResponse> call = cls.api().describeExports(describeRequest());
            call.execute();
            assertThat(call.isExecuted()).isTrue();
            assertThatThrownBy(call::execute).isInstanceOf(IllegalStateException.class);
            assertThat(call.clone().execute().isSuccessful()).isTrue();
        }
    }

    @Test
    void aClosedClientRefusesCallsWithTheClosedError() {
        RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE, settings(stub));
        ClsApi api = cls.api();
        cls.close();

        assertThat(cls.isClosed()).isTrue();
        assertThatThrownBy(() -> api.describeExports(describeRequest()).execute())
                .isInstanceOf(dev.clssdk.core.ClientClosedException.class);
        assertThat(stub.requestCount()).isZero();
    }

    @Test
    void aNullRequestIsRefusedBeforeAnythingIsSent() {
        try (RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE, settings(stub))) {
            assertThatThrownBy(() -> cls.api().createExport(null).execute())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must not be null");
            assertThat(stub.requestCount()).isZero();
        }
    }

    @Test
    void theFailureIsNeverWrappedInAnIOException() {
        stub.injectFault(Fault.html502(), 10);
        try (RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE,
                settings(stub).retryPolicy(RetryPolicy.none()))) {
            assertThatThrownBy(() -> cls.api().describeExports(describeRequest()).execute())
                    .isInstanceOf(SdkException.class)
                    .isNotInstanceOf(IOException.class)
                    .satisfies(e -> assertThat(((ProtocolException) e).httpStatus()).isEqualTo(502));
        }
    }

    static <T> Callback<T> callback(CompletableFuture<Response<T>> delivered) {
        return new Callback<>() {
            @Override
            public void onResponse(Call<T> call, Response<T> response) {
                delivered.complete(response);
            }

            @Override
            public void onFailure(Call<T> call, Throwable failure) {
                delivered.completeExceptionally(failure);
            }
        };
    }
}
