package dev.clssdk.fix.api;

import dev.clssdk.core.client.CallContext;
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
import retrofit2.http.Tag;

/**
 * The FIX API 2001-02-03 as Retrofit calls. The core's converter unwraps the
 * {@code {"Response": ...}} envelope, so each call yields the response type directly.
 */
@Generated("dev.clssdk.codegen")
public interface FixApi {
    /**
     * List the widgets of an owner.
     *
     * @param request the validated request
     * @param context the per-call context, for the core's interceptors
     * @return the call
     */
    @POST("/")
    @Headers({"X-TC-Action: ListWidgets", "X-TC-Version: 2001-02-03"})
    Call<ListWidgetsResponse> listWidgets(@Body ListWidgetsRequest request,
            @Tag CallContext context);

    /**
     * Check the service.
     *
     * @param request the validated request
     * @param context the per-call context, for the core's interceptors
     * @return the call
     */
    @POST("/")
    @Headers({"X-TC-Action: Ping", "X-TC-Version: 2001-02-03"})
    Call<PingResponse> ping(@Body PingRequest request, @Tag CallContext context);

    /**
     * Store a widget.
     *
     * <p>Stores a widget &amp; returns its id; &lt;b&gt;not&lt;/b&gt; idempotent.
     *
     * @param request the validated request
     * @param context the per-call context, for the core's interceptors
     * @return the call
     */
    @POST("/")
    @Headers({"X-TC-Action: PutWidget", "X-TC-Version: 2001-02-03"})
    Call<PutWidgetResponse> putWidget(@Body PutWidgetRequest request, @Tag CallContext context);
}
