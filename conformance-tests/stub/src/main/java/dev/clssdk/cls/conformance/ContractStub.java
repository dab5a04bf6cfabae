package dev.clssdk.cls.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.codegen.model.ErrorCodeModel;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import dev.clssdk.codegen.spec.SpecReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A local stand-in for the CLS API that plays the service from the spec, for contract tests of
 * any client: start one per test (or per test class), point the client at {@link #url()}, and
 * close it.
 *
 * <pre>{@code
 * try (ContractStub cls = ContractStub.builder()
 *         .credentials("AKIDexample", "secret-key")
 *         .topic("ee20bb16-3025-4048-b81a-dd436373062e")
 *         .start()) {
 *     // point the client at cls.url() with those credentials
 * }
 * }</pre>
 *
 * <p>Every request goes through, in this order: an injected {@link Fault}, if one is armed;
 * {@code POST /} only; the TC3-HMAC-SHA256 signature, checked by the stub's own verifier
 * ({@code AuthFailure.*}, {@code AuthFailure.SignatureExpire} beyond 5 minutes of the stub's
 * clock); the {@code X-TC-Action} ({@code InvalidAction} if the spec does not list it) and
 * {@code X-TC-Version}; the spec's rate limit per SecretId and action
 * ({@code RequestLimitExceeded}); the body against the spec's constraints (the first violation's
 * code, in the SDK's order, with every violation in the message); then the action itself. Export
 * tasks live in memory and move from {@code Queuing} through {@code Processing} to
 * {@code Completed} (see {@link ExportProgress}). Every answer is HTTP 200 with the
 * {@code {"Response": ...}} envelope and a fresh {@code RequestId}, unless a fault says otherwise.
 *
 * <p>The stub answers only codes the spec documents for the action or as common errors.
 * Thread-safe; binds 127.0.0.1 on an ephemeral port.
 */
public final class ContractStub implements AutoCloseable {

    /**
     * The classpath resource of the spec the stub plays by default: the current revision, the
     * same one the SDK is generated from (named once, in the api-spec jar's
     * {@code cls/current.properties}).
     */
    public static final String SPEC_RESOURCE = dev.clssdk.codegen.spec.BundledSpec.currentResource();
    private static final int RECORDED_REQUESTS_KEPT = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A key pair the stub accepts.
     *
     * @param secretId  the SecretId named in the credential scope
     * @param secretKey the SecretKey the signature is made with
     * @param token     the {@code X-TC-Token} a temporary credential must send, or {@code null}
     */
    public record Credential(String secretId, String secretKey, String token) {
        public Credential {
            Objects.requireNonNull(secretId, "secretId");
            Objects.requireNonNull(secretKey, "secretKey");
        }

        @Override
        public String toString() {
            return "Credential[secretId=" + secretId + ", secretKey=***" + (token == null ? "" : ", token=***") + "]";
        }
    }

    private final ServiceModel model;
    private final Clock clock;
    private final boolean throttling;
    private final Map<String, Credential> credentials = new ConcurrentHashMap<>();
    private final Set<String> documentedCommonCodes;
    private final Tc3Verifier verifier;
    private final SpecValidator validator;
    private final RateLimiter rateLimiter = new RateLimiter();
    private final ExportStore exports;
    private final ExportActions actions;
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final Deque<StubRequest> recorded = new ArrayDeque<>();
    private final AtomicLong requestCount = new AtomicLong();
    private final LoopbackHttpServer server;

    private ContractStub(Builder builder) throws IOException {
        this.model = builder.model != null ? builder.model : SpecReader.read(defaultSpecText(), null);
        this.clock = builder.clock;
        this.throttling = builder.throttling;
        builder.credentials.forEach(c -> credentials.put(c.secretId(), c));
        this.documentedCommonCodes = model.errorCodes().stream()
                .filter(ErrorCodeModel::common).map(ErrorCodeModel::code).collect(Collectors.toUnmodifiableSet());
        this.verifier = new Tc3Verifier(model.service(), id -> Optional.ofNullable(credentials.get(id)));
        this.validator = new SpecValidator(model);
        this.exports = new ExportStore(exportInfoShape(model), this::url, builder.progress);
        this.actions = new ExportActions(model, exports);
        builder.topics.forEach(exports::registerTopic);
        this.server = new LoopbackHttpServer(this::handle, faults::poll);
    }

    /** A builder for a stub that plays the bundled spec with the system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** The spec text bundled in {@code cls-api-spec}. */
    public static String defaultSpecText() {
        try (InputStream in = ContractStub.class.getClassLoader().getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SPEC_RESOURCE + " is not on the classpath; add dev.clssdk:cls-api-spec");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL, for example {@code http://127.0.0.1:54321/}: the endpoint a client posts to. */
    public String url() {
        return "http://" + host() + "/";
    }

    /** {@link #url()} as a URI. */
    public URI uri() {
        return URI.create(url());
    }

    /** The {@code Host} a client sends (and signs): {@code 127.0.0.1:<port>}. */
    public String host() {
        return server.hostAddress() + ":" + server.port();
    }

    /** The ephemeral port the stub listens on. */
    public int port() {
        return server.port();
    }

    /** The API the stub plays, as the generator's intermediate model. */
    public ServiceModel model() {
        return model;
    }

    /** Makes a log topic exist, so that exports can be created in it. */
    public ContractStub registerTopic(String topicId) {
        exports.registerTopic(topicId);
        return this;
    }

    /** Accepts another key pair. */
    public ContractStub addCredentials(String secretId, String secretKey) {
        credentials.put(secretId, new Credential(secretId, secretKey, null));
        return this;
    }

    /** Arms a fault for the next request that arrives (after any already armed). */
    public ContractStub injectFault(Fault fault) {
        faults.add(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /** Arms a fault for each of the next {@code times} requests. */
    public ContractStub injectFault(Fault fault, int times) {
        for (int i = 0; i < times; i++) {
            injectFault(fault);
        }
        return this;
    }

    /** Disarms every fault not yet used. */
    public ContractStub clearFaults() {
        faults.clear();
        return this;
    }

    /** How many armed faults have not been used yet. */
    public int pendingFaults() {
        return faults.size();
    }

    /** Changes how export tasks progress from now on. */
    public ContractStub exportProgress(ExportProgress progress) {
        exports.progress(Objects.requireNonNull(progress, "progress"));
        return this;
    }

    /**
     * Pins an export task's status to any string, for example {@code Failed}, {@code Expired} or a
     * value no client knows yet; returns whether the task exists.
     */
    public boolean setExportStatus(String exportId, String status) {
        return exports.pinStatus(exportId, Objects.requireNonNull(status, "status"));
    }

    /** The current status of an export task (without counting as a poll), or empty if none. */
    public Optional<String> exportStatus(String exportId) {
        return exports.status(exportId, clock.instant());
    }

    /** How many export tasks exist. */
    public int exportCount() {
        return exports.size();
    }

    /** The requests received (at most the last 1000), oldest first; faults that dropped a request unread are not included. */
    public List<StubRequest> recordedRequests() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    /** How many requests the stub has read. */
    public long requestCount() {
        return requestCount.get();
    }

    @Override
    public void close() {
        server.close();
    }

    // ---- request handling ------------------------------------------------------------------

    private StubAnswer handle(StubRequest request) {
        requestCount.incrementAndGet();
        synchronized (recorded) {
            recorded.addLast(request);
            if (recorded.size() > RECORDED_REQUESTS_KEPT) {
                recorded.removeFirst();
            }
        }
        String requestId = UUID.randomUUID().toString();
        ObjectNode response;
        try {
            response = respond(request);
        } catch (StubBug e) {
            response = errorNode("InternalError", "contract stub bug: " + e.getMessage());
        }
        response.put("RequestId", requestId);
        ObjectNode envelope = JSON.createObjectNode();
        envelope.set("Response", response);
        try {
            return StubAnswer.json(JSON.writeValueAsBytes(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private ObjectNode respond(StubRequest request) {
        if (!request.method().equals("POST") || !request.target().equals("/")) {
            return error(null, "UnsupportedOperation", "The API takes POST / only; got " + request.method() + " " + request.target());
        }
        Instant now = clock.instant();
        Tc3Verifier.Outcome auth = verifier.verify(request, now);
        if (auth instanceof Tc3Verifier.Outcome.Rejected rejected) {
            return error(null, rejected.code(), rejected.message());
        }
        String secretId = ((Tc3Verifier.Outcome.Verified) auth).secretId();
        Optional<String> action = request.action();
        if (action.isEmpty()) {
            return error(null, "MissingParameter", "The X-TC-Action header is missing.");
        }
        Optional<OperationModel> operation = model.operations().stream()
                .filter(op -> op.action().equals(action.get())).findFirst();
        if (operation.isEmpty()) {
            return error(null, "InvalidAction", "The action " + action.get() + " does not exist.");
        }
        OperationModel op = operation.get();
        Optional<String> version = request.header("X-TC-Version");
        if (version.isEmpty()) {
            return error(op, "MissingParameter", "The X-TC-Version header is missing.");
        }
        if (!version.get().equals(model.apiVersion())) {
            return error(op, "InvalidParameterValue", "The version " + version.get() + " is not " + model.apiVersion() + ".");
        }
        if (request.header("X-TC-Region").map(String::isBlank).orElse(false)) {
            return error(op, "InvalidParameterValue", "X-TC-Region is empty; leave the header out instead.");
        }
        if (throttling && op.rateLimitPerSecond().isPresent()
                && !rateLimiter.tryAcquire(secretId + "/" + op.action(), op.rateLimitPerSecond().getAsInt(), clock.millis())) {
            return error(op, "RequestLimitExceeded",
                    op.action() + " allows " + op.rateLimitPerSecond().getAsInt() + " requests per second.");
        }
        byte[] body = request.body();
        if (body.length > LoopbackHttpServer.MAX_BODY_BYTES) {
            return error(op, model.validationCodes().other(), "The request body is larger than 10 MB.");
        }
        JsonNode json;
        try {
            json = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return error(op, model.validationCodes().other(), "The request body is not JSON.");
        }
        ShapeModel input = model.shape(op.inputShape()).orElseThrow(() -> new StubBug("no shape " + op.inputShape()));
        List<SpecValidator.Violation> violations = validator.validate(input, json);
        if (!violations.isEmpty()) {
            return error(op, violations.get(0).code(), violations.stream()
                    .map(SpecValidator.Violation::toString).collect(Collectors.joining("; ")));
        }
        ExportActions.Result result = actions.handle(op, (ObjectNode) json, now);
        if (result instanceof ExportActions.Result.Failure failure) {
            return error(op, failure.code(), failure.message());
        }
        ObjectNode output = ((ExportActions.Result.Success) result).output();
        checkAgainstSpec(op, output);
        return output;
    }

    /** An error the spec documents for the operation (or for every action). */
    private ObjectNode error(OperationModel operation, String code, String message) {
        boolean documented = documentedCommonCodes.contains(code)
                || (operation != null && operation.errorCodes().contains(code));
        if (!documented) {
            throw new StubBug("the spec does not document " + code + (operation == null ? "" : " for " + operation.action()));
        }
        return errorNode(code, message);
    }

    private static ObjectNode errorNode(String code, String message) {
        ObjectNode response = JSON.createObjectNode();
        response.putObject("Error").put("Code", code).put("Message", message);
        return response;
    }

    /** The stub's own answers must use only members the spec declares. */
    private void checkAgainstSpec(OperationModel operation, ObjectNode output) {
        ShapeModel shape = model.shape(operation.outputShape()).orElseThrow(() -> new StubBug("no shape " + operation.outputShape()));
        List<String> members = shape.members().stream().map(MemberModel::wireName).toList();
        List<String> undeclared = new ArrayList<>();
        output.fieldNames().forEachRemaining(name -> {
            if (!members.contains(name)) {
                undeclared.add(name);
            }
        });
        if (!undeclared.isEmpty()) {
            throw new StubBug(operation.outputShape() + " does not declare " + undeclared);
        }
    }

    private static ShapeModel exportInfoShape(ServiceModel model) {
        return model.operations().stream()
                .filter(op -> op.action().equals("DescribeExports"))
                .flatMap(op -> model.shape(op.outputShape()).stream())
                .flatMap(shape -> shape.members().stream())
                .filter(m -> m.wireName().equals("Exports"))
                .flatMap(m -> m.type() instanceof TypeRef.ListOf list && list.element() instanceof TypeRef.ShapeType element
                        ? model.shape(element.name()).stream() : Stream.empty())
                .findFirst()
                .orElseGet(() -> new ShapeModel("ExportInfo", "", dev.clssdk.codegen.model.ShapeRole.OUTPUT, List.of(), List.of()));
    }

    /** A fault in the stub itself, answered as {@code InternalError} so a test sees it. */
    private static final class StubBug extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StubBug(String message) {
            super(message);
        }
    }

    /** Configures a stub; {@link #start()} binds it. */
    public static final class Builder {
        private ServiceModel model;
        private Clock clock = Clock.systemUTC();
        private boolean throttling = true;
        private ExportProgress progress = ExportProgress.DEFAULT;
        private final List<Credential> credentials = new ArrayList<>();
        private final List<String> topics = new ArrayList<>();

        private Builder() {
        }

        /** Plays another revision of the spec (OpenAPI YAML text) instead of the bundled one. */
        public Builder spec(String yamlText) {
            this.model = SpecReader.read(yamlText, null);
            return this;
        }

        /** The clock the signature's timestamp, throttling and export progress are judged by. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** A key pair to accept. */
        public Builder credentials(String secretId, String secretKey) {
            credentials.add(new Credential(secretId, secretKey, null));
            return this;
        }

        /** A temporary key pair to accept, whose requests must carry {@code X-TC-Token: token}. */
        public Builder temporaryCredentials(String secretId, String secretKey, String token) {
            credentials.add(new Credential(secretId, secretKey, Objects.requireNonNull(token, "token")));
            return this;
        }

        /** Log topics that exist from the start. */
        public Builder topic(String... topicIds) {
            topics.addAll(List.of(topicIds));
            return this;
        }

        /** Whether the spec's rate limits are enforced (default {@code true}). */
        public Builder throttling(boolean throttling) {
            this.throttling = throttling;
            return this;
        }

        /** How export tasks progress (default {@link ExportProgress#DEFAULT}). */
        public Builder exportProgress(ExportProgress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /** Binds 127.0.0.1 on an ephemeral port and starts serving. */
        public ContractStub start() {
            try {
                return new ContractStub(this);
            } catch (IOException e) {
                throw new UncheckedIOException("could not bind the contract stub", e);
            }
        }
    }

    @Override
    public String toString() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("url", url());
        state.put("api", model.service() + " " + model.apiVersion());
        state.put("exports", exports.size());
        return "ContractStub" + state;
    }
}
