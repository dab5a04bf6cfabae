package dev.clssdk.fix.api;

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
 * The FIX API 2001-02-03 as Retrofit calls. The runtime's converter unwraps the
 * {@code {"Response": ...}} envelope, so each call yields the response type directly.
 */
@Generated("dev.clssdk.codegen")
public interface FixApi {
    /**
     * Check the service.
     *
     * @param request the validated request
     * @return the call
     */
    @POST("/")
    @Headers({"X-TC-Action: Ping", "X-TC-Version: 2001-02-03"})
    Call<PingResponse> ping(@Body PingRequest request);

    /**
     * Store a widget.
     *
     * <p>Stores a widget &amp; returns its id; &lt;b&gt;not&lt;/b&gt; idempotent.
     *
     * @param request the validated request
     * @return the call
     */
    @POST("/")
    @Headers({"X-TC-Action: PutWidget", "X-TC-Version: 2001-02-03"})
    Call<PutWidgetResponse> putWidget(@Body PutWidgetRequest request);
}
