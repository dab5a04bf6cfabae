package dev.clssdk.fix.retrofit;

import dev.clssdk.fix.FixClient;
import dev.clssdk.fix.FixService;
import dev.clssdk.fix.model.ListWidgetsRequest;
import dev.clssdk.fix.model.ListWidgetsResponse;
import dev.clssdk.fix.model.PingRequest;
import dev.clssdk.fix.model.PingResponse;
import dev.clssdk.fix.model.PutWidgetRequest;
import dev.clssdk.fix.model.PutWidgetResponse;
import javax.annotation.processing.Generated;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Headers;
import retrofit2.http.POST;

/**
 * The FIX API 2001-02-03 as a Retrofit interface: one method per action, each a
 * {@code POST /} of the action's request that yields its response.
 *
 * <p>Get an instance from {@code dev.clssdk.retrofit.RetrofitClient}
 * (artifact {@code dev.clssdk:sdk-retrofit}): its calls are signed, retried, rate-limited
 * and read exactly as those of {@link FixClient}, and fail with the same typed exceptions.
 * A plain {@code Retrofit.create} of this interface does none of that.
 *
 * <pre>{@code
 * try (RetrofitClient<FixApi> client = RetrofitClient.create(FixApi.class, FixService.INSTANCE,
 *         FixClient.builder().region("ap-guangzhou"))) {
 *     FixApi api = client.api();
 *     ...
 * }
 * }</pre>
 *
 * @see FixService
 */
@Generated("dev.clssdk.codegen")
public interface FixApi {
    /**
     * List the widgets of an owner.
     *
     * <p>Idempotent: a failed attempt may be repeated by the client's retry policy. Documented rate
     * limit: 10 requests per second, which the client keeps to unless rate limiting is turned
     * off.
     *
     * @param request the request, built (and so checked) by its builder
     * @return the call; made by {@code RetrofitClient}, it yields the response or fails with the
     *     exception {@link FixClient#listWidgets(ListWidgetsRequest)} would throw
     */
    @POST("/")
    @Headers({"X-TC-Action: ListWidgets", "X-TC-Version: 2001-02-03"})
    Call<ListWidgetsResponse> listWidgets(@Body ListWidgetsRequest request);

    /**
     * Check the service.
     *
     * <p>Idempotent: a failed attempt may be repeated by the client's retry policy. No documented
     * rate limit.
     *
     * @param request the request, built (and so checked) by its builder
     * @return the call; made by {@code RetrofitClient}, it yields the response or fails with the
     *     exception {@link FixClient#ping(PingRequest)} would throw
     */
    @POST("/")
    @Headers({"X-TC-Action: Ping", "X-TC-Version: 2001-02-03"})
    Call<PingResponse> ping(@Body PingRequest request);

    /**
     * Store a widget.
     *
     * <p>Stores a widget &amp; returns its id; &lt;b&gt;not&lt;/b&gt; idempotent.
     *
     * <p>Not idempotent: never repeated once it may have reached the server (only an attempt the
     * server refused for throttling is retried). Documented rate limit: 5 requests per second,
     * which the client keeps to unless rate limiting is turned off.
     *
     * @param request the request, built (and so checked) by its builder
     * @return the call; made by {@code RetrofitClient}, it yields the response or fails with the
     *     exception {@link FixClient#putWidget(PutWidgetRequest)} would throw
     */
    @POST("/")
    @Headers({"X-TC-Action: PutWidget", "X-TC-Version: 2001-02-03"})
    Call<PutWidgetResponse> putWidget(@Body PutWidgetRequest request);
}
