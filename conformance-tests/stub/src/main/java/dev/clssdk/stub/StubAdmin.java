package dev.clssdk.stub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.stub.cls.ExportProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link StubServer}'s HTTP admin API, under {@value #PREFIX}, for tests in any language: set
 * state, arm faults, read what the stub received, reset. JSON in and out; a bad request is
 * answered {@code 400} with {@code {"error": "..."}} naming the member and the rule, an unknown
 * path or export {@code 404}. Admin requests never use up an armed fault and are not recorded.
 *
 * <pre>
 * GET    /__stub/services                         the services played
 * GET    /__stub/examples                         every action's request example (null if none), per service
 * POST   /__stub/topics         {"service":"cls","TopicId":"..."}      a topic exists (export workflow)
 * POST   /__stub/exports/{id}   {"Status":"Failed"}                    pins an export task's status
 * POST   /__stub/export-progress {"pollsPerStep":1,"millisPerStep":2000} how tasks progress from now on
 * POST   /__stub/faults         {"kind":"html502","times":2}           arms faults (kinds below) for any service,
 *                               {..., "service":"cvm"}                 or for the next requests to that service
 * GET    /__stub/requests                          the requests received, oldest first
 * POST   /__stub/reset                             no faults, no requests, no export tasks
 * </pre>
 *
 * <p>Fault kinds: {@code html502}, {@code empty200}, {@code truncatedJson},
 * {@code dropBeforeRequestRead}, {@code dropAfterRequestRead}, {@code slowResponse} (with
 * {@code delayMillis}), {@code rawAnswer} (with {@code status}, {@code contentType} and
 * {@code body}, text). {@code service} defaults to the only service, or {@code cls} (for faults: none
 * given arms them for whichever request comes next).
 */
final class StubAdmin {

    /** The reserved path prefix. */
    static final String PREFIX = "/__stub/";
    private static final int REQUESTS_KEPT = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EXPORT = Pattern.compile("/__stub/exports/([^/?]+)");
    private static final Pattern SIGNATURE = Pattern.compile("Signature=[0-9a-fA-F]+");

    /** A request a service answered, with the service that answered it. */
    record Received(String service, String apiVersion, StubRequest request) {}

    private final StubServer server;
    private final Deque<Received> received = new ArrayDeque<>();

    StubAdmin(StubServer server) {
        this.server = server;
    }

    void record(ContractStub stub, StubRequest request) {
        synchronized (received) {
            received.addLast(new Received(stub.model().service(), stub.model().apiVersion(), request));
            if (received.size() > REQUESTS_KEPT) {
                received.removeFirst();
            }
        }
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    StubAnswer answer(StubRequest request) {
        try {
            return route(request);
        } catch (BadRequest e) {
            return status(e.status, JSON.createObjectNode().put("error", e.getMessage()));
        } catch (RuntimeException e) {
            return status(500, JSON.createObjectNode().put("error", "admin API failure: " + e));
        }
    }

    private StubAnswer route(StubRequest request) {
        String path = request.target().replaceFirst("\\?.*$", "");
        String method = request.method();
        if (path.equals("/__stub/services") && method.equals("GET")) {
            ArrayNode services = JSON.createArrayNode();
            for (ContractStub stub : server.stubs()) {
                services.addObject().put("service", stub.model().service()).put("apiVersion", stub.model().apiVersion())
                        .put("actions", stub.model().operations().size());
            }
            ObjectNode body = JSON.createObjectNode();
            body.set("services", services);
            body.put("url", server.url());
            server.httpsUrl().ifPresent(url -> body.put("httpsUrl", url));
            return ok(body);
        }
        if (path.equals("/__stub/examples") && method.equals("GET")) {
            ObjectNode body = JSON.createObjectNode();
            ArrayNode services = body.putArray("services");
            for (ContractStub stub : server.stubs()) {
                ObjectNode service = services.addObject().put("service", stub.model().service())
                        .put("apiVersion", stub.model().apiVersion());
                ObjectNode actions = service.putObject("actions");
                stub.model().operations().forEach(op ->
                        actions.set(op.action(), stub.requestExample(op.action()).orElse(null)));
            }
            return ok(body);
        }
        if (path.equals("/__stub/requests") && method.equals("GET")) {
            return ok(requestsJson());
        }
        if (method.equals("POST")) {
            JsonNode body = body(request);
            switch (path) {
                case "/__stub/topics" -> {
                    String topic = text(body, "TopicId");
                    stubFor(body).registerTopic(topic);
                    return ok(JSON.createObjectNode().put("TopicId", topic));
                }
                case "/__stub/export-progress" -> {
                    int polls = body.path("pollsPerStep").asInt(1);
                    long millis = body.path("millisPerStep").asLong(2000);
                    try {
                        stubFor(body).exportProgress(new ExportProgress(polls, Duration.ofMillis(millis)));
                    } catch (IllegalArgumentException e) {
                        throw new BadRequest(400, "pollsPerStep/millisPerStep: " + e.getMessage());
                    }
                    return ok(JSON.createObjectNode().put("pollsPerStep", polls).put("millisPerStep", millis));
                }
                case "/__stub/faults" -> {
                    Fault fault = fault(body);
                    int times = body.path("times").asInt(1);
                    if (times < 1 || times > 10_000) {
                        throw new BadRequest(400, "times must be 1 to 10000; got " + body.path("times"));
                    }
                    if (body.path("service").asText("").isEmpty()) {
                        for (int i = 0; i < times; i++) {
                            server.injectFault(fault);
                        }
                        return ok(JSON.createObjectNode().put("pending", server.pendingFaults()));
                    }
                    ContractStub stub = stubFor(body);
                    stub.injectFault(fault, times);
                    return ok(JSON.createObjectNode().put("service", stub.model().service()).put("pending", stub.pendingFaults()));
                }
                case "/__stub/reset" -> {
                    server.clearFaults();
                    synchronized (received) {
                        received.clear();
                    }
                    for (ContractStub stub : server.stubs()) {
                        stub.clearFaults();
                        stub.clearRecordedRequests();
                        stub.exports().clearExports();
                    }
                    return ok(JSON.createObjectNode().put("reset", true));
                }
                default -> {
                    Matcher export = EXPORT.matcher(path);
                    if (export.matches()) {
                        String status = text(body, "Status");
                        if (!stubFor(body).setExportStatus(export.group(1), status)) {
                            throw new BadRequest(404, "no export task " + export.group(1));
                        }
                        return ok(JSON.createObjectNode().put("ExportId", export.group(1)).put("Status", status));
                    }
                }
            }
        }
        throw new BadRequest(404, "no admin endpoint " + method + " " + path
                + "; see GET /__stub/services, GET /__stub/examples, GET /__stub/requests, POST /__stub/{topics,exports/<id>,export-progress,faults,reset}");
    }

    private ObjectNode requestsJson() {
        ArrayNode list = JSON.createArrayNode();
        for (Received r : received()) {
            ObjectNode item = list.addObject();
            item.put("service", r.service()).put("apiVersion", r.apiVersion());
            item.put("method", r.request().method()).put("target", r.request().target());
            r.request().action().ifPresent(a -> item.put("action", a));
            ObjectNode headers = item.putObject("headers");
            r.request().headers().forEach((name, values) -> headers.put(name, shown(name, String.join(", ", values))));
            byte[] bytes = r.request().body();
            try {
                item.set("body", JSON.readTree(bytes));
            } catch (IOException e) {
                item.put("bodyBase64", Base64.getEncoder().encodeToString(bytes));
            }
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("requests", list);
        return body;
    }

    /** A session token is a secret, and a signature is no help to an assertion: neither is shown. */
    private static String shown(String header, String value) {
        return switch (header) {
            case "x-tc-token" -> "***";
            case "authorization" -> SIGNATURE.matcher(value).replaceAll("Signature=***");
            default -> value;
        };
    }

    private Fault fault(JsonNode body) {
        String kind = text(body, "kind");
        return switch (kind) {
            case "html502" -> Fault.html502();
            case "empty200" -> Fault.empty200();
            case "truncatedJson" -> Fault.truncatedJson();
            case "dropBeforeRequestRead" -> Fault.dropBeforeRequestRead();
            case "dropAfterRequestRead" -> Fault.dropAfterRequestRead();
            case "slowResponse" -> {
                long delay = body.path("delayMillis").asLong(-1);
                if (delay < 0 || delay > 600_000) {
                    throw new BadRequest(400, "delayMillis must be 0 to 600000 for slowResponse; got " + body.path("delayMillis"));
                }
                yield Fault.slowResponse(Duration.ofMillis(delay));
            }
            case "rawAnswer" -> {
                int status = body.path("status").asInt(-1);
                if (status < 100 || status > 599) {
                    throw new BadRequest(400, "status must be 100 to 599 for rawAnswer; got " + body.path("status"));
                }
                yield Fault.rawAnswer(status, body.path("contentType").asText("application/json"),
                        body.path("body").asText("").getBytes(StandardCharsets.UTF_8));
            }
            default -> throw new BadRequest(400, "kind must be one of html502, empty200, truncatedJson,"
                    + " dropBeforeRequestRead, dropAfterRequestRead, slowResponse, rawAnswer; got '" + kind + "'");
        };
    }

    private ContractStub stubFor(JsonNode body) {
        String service = body.path("service").asText("");
        if (service.isEmpty()) {
            List<ContractStub> stubs = server.stubs();
            service = stubs.size() == 1 ? stubs.get(0).model().service() : "cls";
        }
        try {
            return server.stub(service);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(400, "service: " + e.getMessage());
        }
    }

    private static JsonNode body(StubRequest request) {
        byte[] bytes = request.body();
        if (bytes.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new BadRequest(400, "the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadRequest(400, "the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRequest(400, "the body is not JSON: " + e.getMessage());
        }
    }

    private static String text(JsonNode body, String member) {
        JsonNode value = body.get(member);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new BadRequest(400, member + " is required (a non-empty string)");
        }
        return value.asText();
    }

    private static StubAnswer ok(ObjectNode body) {
        return status(200, body);
    }

    private static StubAnswer status(int status, ObjectNode body) {
        try {
            return new StubAnswer(status, "application/json", JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        BadRequest(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
