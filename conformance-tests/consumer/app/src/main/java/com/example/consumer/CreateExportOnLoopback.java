package com.example.consumer;

import com.sun.net.httpserver.HttpServer;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.CreateExportResponse;
import dev.clssdk.cls.model.Format;
import dev.clssdk.cls.model.Order;
import dev.clssdk.core.auth.CredentialsProvider;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * What a user writes: build a CreateExportRequest, call CLS through ClsClient (and, where the
 * application has the Retrofit route, through the generated Retrofit interface), print the ExportId.
 * CLS is played by a tiny server on 127.0.0.1 that checks the action header and that the request is
 * signed. The build runs it on the JDK's HTTP client with nothing else on the class path, on OkHttp 5
 * and on OkHttp 4.12: the program checks it got the transport its build asked for.
 */
public final class CreateExportOnLoopback {

    static final String EXPORT_ID = "57196a6a-7622-47be-bc92-d2ebea959a0f";

    public static void main(String[] args) throws Exception {
        String transport = args.length > 0 ? args[0] : "jdk";
        String expectedOkHttp = args.length > 1 ? args[1] : "";
        checkClassPath(transport, expectedOkHttp);
        if ("jdk".equals(transport) && args.length > 2) {
            checkClosure(java.nio.file.Path.of(args[2]));
        }
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
        try {
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
                String expectedTransport = "jdk".equals(transport) ? "JdkHttpTransport" : "OkHttpTransport";
                if (!client.toString().contains(expectedTransport)) {
                    throw new IllegalStateException("expected the " + expectedTransport + ": " + client);
                }
                print("ClsClient on " + expectedTransport, client.createExport(request));
            }
            if (!"jdk".equals(transport)) {
                // The same call through the generated Retrofit interface (compiled only where the application has it).
                Class.forName("com.example.consumer.RetrofitRoute")
                        .getMethod("call", ClsClient.Builder.class, CreateExportRequest.class)
                        .invoke(null, settings(server), request);
            }
        } finally {
            server.stop(0);
        }
    }

    /** On the JDK's client nothing else may be there; on OkHttp, the version the build pinned. */
    private static void checkClassPath(String transport, String expectedOkHttp) throws ReflectiveOperationException {
        if ("jdk".equals(transport)) {
            for (String absent : new String[] {"okhttp3.OkHttpClient", "okio.Buffer", "kotlin.Unit",
                    "com.fasterxml.jackson.core.JsonFactory", "retrofit2.Retrofit"}) {
                if (isPresent(absent)) {
                    throw new IllegalStateException(absent + " is on the class path of an application that asked for the SDK only");
                }
            }
            System.out.println("Class path: the SDK, its core and slf4j-api; HTTP by the JDK, JSON by the core");
            return;
        }
        String version = String.valueOf(Class.forName("okhttp3.OkHttp").getField("VERSION").get(null));
        if (!version.startsWith(expectedOkHttp)) {
            throw new IllegalStateException("running on OkHttp " + version + ", expected " + expectedOkHttp + "x");
        }
        System.out.println("OkHttp " + version + ", Okio and Kotlin stdlib from the BOM");
    }

    /** What the official SDK's runtime closure weighs (tencentcloud-sdk-java-cls 3.1.1142, 8 jars): the bound. */
    static final long OFFICIAL_CLOSURE_BYTES = 1_477_765;

    /** The SDK alone: at most three jars (the SDK, its core, slf4j-api), together no heavier than the official SDK's. */
    private static void checkClosure(java.nio.file.Path classPathFile) throws java.io.IOException {
        String classPath = java.nio.file.Files.readString(classPathFile).trim();
        long bytes = 0;
        java.util.List<String> jars = new java.util.ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            java.nio.file.Path jar = java.nio.file.Path.of(entry);
            bytes += java.nio.file.Files.size(jar);
            jars.add(jar.getFileName() + " " + java.nio.file.Files.size(jar));
        }
        System.out.println("Runtime closure: " + bytes + " bytes in " + jars.size() + " jars " + jars);
        if (jars.size() > 3 || bytes > OFFICIAL_CLOSURE_BYTES) {
            throw new IllegalStateException("the runtime closure is " + bytes + " bytes in " + jars.size()
                    + " jars; at most " + OFFICIAL_CLOSURE_BYTES + " bytes in 3 jars (the official SDK's) was promised");
        }
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, CreateExportOnLoopback.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static ClsClient.Builder settings(HttpServer server) {
        return ClsClient.builder()
                .credentials(CredentialsProvider.of("AKIDconsumer", "consumer-secret"))
                .endpointUrl("http://127.0.0.1:" + server.getAddress().getPort());
    }

    static void print(String route, CreateExportResponse response) {
        if (!EXPORT_ID.equals(response.exportId())) {
            throw new IllegalStateException(route + ": unexpected ExportId " + response.exportId());
        }
        System.out.println(route + " ExportId: " + response.exportId());
    }
}
