package com.example.consumer;

import com.sun.net.httpserver.HttpServer;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.CreateExportResponse;
import dev.clssdk.cls.model.Format;
import dev.clssdk.cls.model.Order;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.ClsService;
import dev.clssdk.cls.retrofit.ClsApi;
import dev.clssdk.retrofit.RetrofitClient;
import dev.clssdk.core.auth.CredentialsProvider;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * What a user writes: build a CreateExportRequest, call CLS (through ClsClient, then through the
 * generated Retrofit interface), print the ExportId. CLS is played by
 * a tiny server on 127.0.0.1 that checks the action header and that the request is signed.
 */
public final class CreateExportOnLoopback {

    private static final String EXPORT_ID = "57196a6a-7622-47be-bc92-d2ebea959a0f";

    public static void main(String[] args) throws Exception {
        // The build runs this once on OkHttp 5 and once on 4.12: make sure it got the one it asked for.
        String expected = args.length > 0 ? args[0] : "";
        if (!okhttp3.OkHttp.VERSION.startsWith(expected)) {
            throw new IllegalStateException("running on OkHttp " + okhttp3.OkHttp.VERSION + ", expected " + expected + "x");
        }
        System.out.println("OkHttp " + okhttp3.OkHttp.VERSION + ", Okio and Kotlin stdlib from the BOM");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String action = exchange.getRequestHeaders().getFirst("X-TC-Action");
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            exchange.getRequestBody().readAllBytes();
            String body = "CreateExport".equals(action) && authorization != null
                    && authorization.startsWith("TC3-HMAC-SHA256 Credential=AKIDconsumer/")
                    ? "{\"Response\":{\"ExportId\":\"" + EXPORT_ID + "\",\"RequestId\":\"r-1\"}}"
                    : "{\"Response\":{\"Error\":{\"Code\":\"InvalidAction\",\"Message\":\"unexpected\"},\"RequestId\":\"r-2\"}}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        CreateExportRequest request = CreateExportRequest.builder()
                .topicId("ee20bb16-3025-4048-b81a-dd436373062e")
                .query("status:200")
                .count(100)
                .from(1607499107000L)
                .to(1607499207000L)
                .order(Order.DESC)
                .format(Format.JSON)
                .build();
        try (ClsClient client = settings(server).build()) {
            print("ClsClient", client.createExport(request));
        }
        // The same call through the generated Retrofit interface.
        try (RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE, settings(server))) {
            print("ClsApi", cls.api().createExport(request).execute().body());
        } finally {
            server.stop(0);
        }
    }

    private static ClsClient.Builder settings(HttpServer server) {
        return ClsClient.builder()
                .credentials(CredentialsProvider.of("AKIDconsumer", "consumer-secret"))
                .endpointUrl("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void print(String route, CreateExportResponse response) {
        if (!EXPORT_ID.equals(response.exportId())) {
            throw new IllegalStateException(route + ": unexpected ExportId " + response.exportId());
        }
        System.out.println(route + " ExportId: " + response.exportId());
    }
}
