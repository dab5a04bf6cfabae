package dev.clssdk.bench.official;

import com.tencentcloudapi.cls.v20201016.ClsClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import dev.clssdk.bench.loopback.ColdStart;

/**
 * Figure 6 for the official SDK: a fresh JVM builds its client (proxy to the loopback server) and
 * completes one CreateExport call, then exits. Argument: the server's port.
 */
public final class ColdStartMain {
    private ColdStartMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        ColdStart.measure("official", () -> {
            HttpProfile http = new HttpProfile();
            http.setProtocol(HttpProfile.REQ_HTTP);
            http.setProxyHost("127.0.0.1");
            http.setProxyPort(port);
            ClientProfile profile = new ClientProfile();
            profile.setHttpProfile(http);
            ClsClient client = new ClsClient(new Credential(Official.SECRET_ID, Official.SECRET_KEY), Official.REGION,
                    profile);
            client.CreateExport(Official.createExport());
        });
        // OkHttp 3's pool and dispatcher threads are not daemons in every version; leave at once.
        System.exit(0);
    }
}
