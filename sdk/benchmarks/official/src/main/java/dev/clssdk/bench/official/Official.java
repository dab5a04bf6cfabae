package dev.clssdk.bench.official;

import com.tencentcloudapi.cls.v20201016.ClsClient;
import com.tencentcloudapi.cls.v20201016.models.CreateExportRequest;
import com.tencentcloudapi.common.AbstractClient;
import com.tencentcloudapi.common.AbstractModel;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.http.HttpConnection;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import dev.clssdk.bench.loopback.LoopbackServer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The official SDK set up as an application would, plus a subclass that reaches its own
 * protected request and response steps, so the benchmarks run exactly its code rather than a
 * re-implementation: {@code internalRequestRaw} (model to JSON with Gson, TC3 signature with its
 * {@code Sign} helpers deriving the key with three HMACs, headers, OkHttp 3 call) and
 * {@code processResponseJson} (body string, Gson error check, Gson typed parse).
 */
final class Official {
    static final String SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    static final String REGION = "ap-guangzhou";

    static final byte[] SUCCESS = LoopbackServer.SUCCESS_BODY.getBytes(StandardCharsets.UTF_8);
    static final byte[] ERROR = LoopbackServer.ERROR_BODY.getBytes(StandardCharsets.UTF_8);

    private Official() {
    }

    /** The same request the other module builds, with the official model's setters. */
    static CreateExportRequest createExport() {
        CreateExportRequest request = new CreateExportRequest();
        request.setTopicId("ee20bb16-3025-4048-b81a-dd436373062e");
        request.setQuery("status:200 AND method:POST");
        request.setCount(100_000L);
        request.setFrom(1_607_499_107_000L);
        request.setTo(1_607_499_207_000L);
        request.setOrder("desc");
        request.setFormat("json");
        request.setSyntaxRule(1L);
        request.setDerivedFields(new String[] {"status", "method"});
        return request;
    }

    /**
     * A client whose endpoint stays {@code cls.tencentcloudapi.com} (the SDK derives the signed
     * service name from it) and which reaches the loopback server as its HTTP proxy, over plain HTTP.
     *
     * @param proxyPort the loopback server's port, or 0 for no proxy (no network use)
     */
    static Exposed client(int proxyPort) {
        HttpProfile http = new HttpProfile();
        if (proxyPort > 0) {
            http.setProtocol(HttpProfile.REQ_HTTP);
            http.setProxyHost("127.0.0.1");
            http.setProxyPort(proxyPort);
        }
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        return new Exposed(new Credential(SECRET_ID, SECRET_KEY), REGION, profile);
    }

    /** The official client with its protected steps made callable. */
    static final class Exposed extends ClsClient {
        Exposed(Credential credential, String region, ClientProfile profile) {
            super(credential, region, profile);
        }

        Response requestRaw(AbstractModel request, String action) throws TencentCloudSDKException, IOException {
            return internalRequestRaw(request, action);
        }

        <T> T parse(Response response, Class<T> type) throws TencentCloudSDKException {
            return processResponseJson(response, type, null);
        }

        /** Appends an interceptor to the client's own OkHttp chain (after its logging interceptor). */
        void addInterceptor(Interceptor interceptor) {
            try {
                Field field = AbstractClient.class.getDeclaredField("httpConnection");
                field.setAccessible(true);
                ((HttpConnection) field.get(this)).addInterceptors(interceptor);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the official SDK's AbstractClient changed", e);
            }
        }
    }
}
