package dev.clssdk.cls.example;

import dev.clssdk.jackson.SdkJacksonModule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.CreateExportResponse;
import dev.clssdk.cls.model.DeleteExportRequest;
import dev.clssdk.cls.model.DescribeExportsRequest;
import dev.clssdk.cls.model.ExportInfo;
import dev.clssdk.cls.model.Format;
import dev.clssdk.cls.model.Order;
import dev.clssdk.cls.ClsClient;
import dev.clssdk.core.auth.CredentialsProvider;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * The export workflow end to end: CreateExport, wait until the task completes, DescribeExports,
 * DeleteExport, against a small CLS stand-in on 127.0.0.1 (a task completes on its third
 * DescribeExports). Run {@link #main} from an IDE, or its test
 * ({@code ExportWorkflowExampleTest}), which prints the same lines.
 */
public final class ExportWorkflowExample {
    private ExportWorkflowExample() {
    }

    public static void main(String[] args) throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new FakeCls());
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            run("http://127.0.0.1:" + server.getPort(), System.out);
        }
    }

    /**
     * The workflow, against any endpoint speaking the CLS protocol.
     *
     * @param endpointUrl for example {@code http://127.0.0.1:8080}
     * @param out where to print progress
     * @return the completed task
     */
    public static ExportInfo run(String endpointUrl, PrintStream out) {
        try (ClsClient client = ClsClient.builder()
                .credentials(CredentialsProvider.of("AKIDexample", "example-secret-key"))
                .endpointUrl(endpointUrl)
                .region("ap-guangzhou")
                .waiterPollInterval(Duration.ofMillis(20), Duration.ofMillis(100))
                .build()) {
            CreateExportRequest request = CreateExportRequest.builder()
                    .topicId("ee20bb16-3025-4048-b81a-dd436373062e")
                    .query("status:500")
                    .count(1000L)
                    .from(1607499107000L)
                    .to(1607499207000L)
                    .order(Order.DESC)
                    .format(Format.JSON)
                    .build();

            CreateExportResponse created = client.createExport(request);
            out.println("created " + created.exportId() + " (RequestId " + created.requestId() + ")");

            ExportInfo done = client.waitUntilExportCompleted(request.topicId(), created.exportId(),
                    Duration.ofSeconds(10));
            out.println("completed " + done.exportId() + ": " + done.cosPath());

            DescribeExportsRequest listing = DescribeExportsRequest.builder().topicId(request.topicId()).build();
            List<ExportInfo> all = client.describeExportsPaginator(listing).stream().toList();
            out.println("topic has " + all.size() + " export(s)");

            client.deleteExport(DeleteExportRequest.builder().exportId(created.exportId()).build());
            out.println("deleted " + created.exportId() + "; topic has " + client.describeExportsPaginator(listing).stream().count()
                    + " export(s)");
            return done;
        }
    }

    /** Just enough CLS for the example: tasks complete on their third DescribeExports. */
    static final class FakeCls extends Dispatcher {
        private static final ObjectMapper JSON = new ObjectMapper().registerModule(new SdkJacksonModule());
        private final Map<String, AtomicInteger> exports = new ConcurrentHashMap<>();
        private final AtomicInteger requests = new AtomicInteger();

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String requestId = "req-" + requests.incrementAndGet();
            String action = request.getHeaders().get("X-TC-Action");
            try {
                JsonNode body = JSON.readTree(request.getBody().utf8());
                switch (String.valueOf(action)) {
                    case "CreateExport":
                        String id = "export-" + (exports.size() + 1);
                        exports.put(id, new AtomicInteger());
                        return answer("\"ExportId\":\"" + id + "\",\"RequestId\":\"" + requestId + "\"");
                    case "DescribeExports":
                        StringBuilder list = new StringBuilder();
                        exports.forEach((exportId, polls) -> {
                            String status = polls.incrementAndGet() >= 3 ? "Completed" : "Processing";
                            list.append(list.length() == 0 ? "" : ",").append("{\"TopicId\":\"")
                                    .append(body.path("TopicId").asText()).append("\",\"ExportId\":\"").append(exportId)
                                    .append("\",\"Status\":\"").append(status).append('"')
                                    .append(status.equals("Completed")
                                            ? ",\"CosPath\":\"https://cos.example.com/" + exportId + ".json.gz\"" : "")
                                    .append('}');
                        });
                        return answer("\"Exports\":[" + list + "],\"TotalCount\":" + exports.size()
                                + ",\"RequestId\":\"" + requestId + "\"");
                    case "DeleteExport":
                        exports.remove(body.path("ExportId").asText());
                        return answer("\"RequestId\":\"" + requestId + "\"");
                    default:
                        return answer("\"Error\":{\"Code\":\"InvalidAction\",\"Message\":\"no such action\"},"
                                + "\"RequestId\":\"" + requestId + "\"");
                }
            } catch (IOException e) {
                return answer("\"Error\":{\"Code\":\"InvalidParameter\",\"Message\":\"bad JSON\"},\"RequestId\":\""
                        + requestId + "\"");
            }
        }

        private static MockResponse answer(String members) {
            return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                    .body("{\"Response\":{" + members + "}}").build();
        }
    }
}
