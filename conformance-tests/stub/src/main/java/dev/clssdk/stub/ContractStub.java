package dev.clssdk.stub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.codegen.model.ErrorCodeModel;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.spec.SpecReader;
import dev.clssdk.codegen.spec.SpecText;
import dev.clssdk.stub.cls.ExportProgress;
import dev.clssdk.stub.cls.ExportWorkflow;
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
import java.util.HashMap;
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
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A local stand-in for a Tencent Cloud API that plays the service from its spec, for contract
 * tests of any client: start one per test (or per test class), point the client at {@link #url()},
 * and close it. By default it plays the bundled CLS spec with CLS's export workflow; given another
 * spec ({@link Builder#spec(String)}) it plays that service instead.
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
 * {@code POST /} only; the TC3-HMAC-SHA256 signature, checked by the stub's own verifier against
 * the spec's service name ({@code info.x-tc-service}) ({@code AuthFailure.*},
 * {@code AuthFailure.SignatureExpire} beyond 5 minutes of the stub's clock); the
 * {@code X-TC-Action} ({@code InvalidAction} if the spec does not list it) and
 * {@code X-TC-Version} ({@code InvalidParameterValue} unless it is the spec's API version); the
 * spec's rate limit per SecretId and action ({@code RequestLimitExceeded}); the body against the
 * spec's constraints (the first violation's code, in the SDK's order, with every violation in the
 * message); then the action itself: the {@link ActionBehaviour} registered for it, if any, and
 * otherwise (or if the behaviour declines) the spec's own success, which is the operation's
 * example when the spec has one that fits the output shape and one synthesized from the output
 * shape when not. Every answer is HTTP 200 with the {@code {"Response": ...}} envelope and a fresh
 * {@code RequestId}, unless a fault says otherwise.
 *
 * <p>The stub answers only members the output shape declares, and only codes the spec documents for
 * the action or as common errors; a behaviour that breaks this, or fails, is answered as
 * {@code InternalError}. Thread-safe; binds 127.0.0.1 on an ephemeral port.
 */
public final class ContractStub implements AutoCloseable {

    /**
     * The classpath resource of the spec the stub plays by default: the current revision, the
     * same one the SDK is generated from (named once, in the api-spec jar's
     * {@code cls/current.properties}).
     */
    public static final String SPEC_RESOURCE = dev.clssdk.codegen.spec.BundledSpec.currentResource();
    /** How far {@code X-TC-Timestamp} may be from the stub's clock, in seconds, as Tencent allows (5 minutes). */
    public static final long MAX_TIMESTAMP_SKEW_SECONDS = Tc3Verifier.MAX_SKEW_SECONDS;
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
    private final Map<String, OperationModel> operations;
    private final Clock clock;
    private final boolean throttling;
    private final Set<String> unsignedActions;
    private final Map<String, Credential> credentials = new ConcurrentHashMap<>();
    private final Set<String> documentedCommonCodes;
    private final Tc3Verifier verifier;
    private final SpecValidator validator;
    private final SpecSuccessAnswers successes;
    private final SpecExamples examples;
    private final Map<String, ActionBehaviour> behaviours;
    private final RateLimiter rateLimiter = new RateLimiter();
    private final ExportWorkflow exports;
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final Deque<StubRequest> recorded = new ArrayDeque<>();
    private final AtomicLong requestCount = new AtomicLong();
    private final LoopbackHttpServer server;
    private final Supplier<String> hostUrl;

    private ContractStub(Builder builder) throws IOException {
        JsonNode specTree = builder.specTree != null ? builder.specTree : SpecText.tree(defaultSpecText());
        this.model = builder.model != null ? builder.model : SpecReader.read(specTree, null);
        this.operations = model.operations().stream()
                .collect(Collectors.toUnmodifiableMap(OperationModel::action, Function.identity()));
        this.clock = builder.clock;
        this.throttling = builder.throttling;
        this.unsignedActions = Set.copyOf(builder.unsignedActions);
        builder.credentials.forEach(c -> credentials.put(c.secretId(), c));
        this.documentedCommonCodes = model.errorCodes().stream()
                .filter(ErrorCodeModel::common).map(ErrorCodeModel::code).collect(Collectors.toUnmodifiableSet());
        this.verifier = new Tc3Verifier(model.service(), id -> Optional.ofNullable(credentials.get(id)));
        this.validator = new SpecValidator(model, NullableMembers.of(specTree));
        this.examples = SpecExamples.of(specTree);
        this.successes = new SpecSuccessAnswers(model, examples, validator);
        this.exports = new ExportWorkflow(clock, builder.progress);
        builder.topics.forEach(exports::registerTopic);
        this.behaviours = installedBehaviours(builder);
        this.hostUrl = builder.hostUrl;
        this.server = hostUrl == null ? new LoopbackHttpServer(new LoopbackHttpServer.Handler() {
            @Override
            public StubAnswer answer(StubRequest request) {
                return ContractStub.this.answer(request);
            }

            @Override
            public void unprocessed(StubRequest request) {
                recordUnprocessed(request);
            }
        }, faults::poll) : null;
    }

    /**
     * The behaviours by action: paging for the actions with a cursor paginator ({@link CursorPages}),
     * the export workflow's for the export actions the spec lists (unless turned off), then the
     * builder's own, which take precedence. A behaviour the builder names
     * for an action the spec does not list is a mistake in the test, reported before the stub binds.
     */
    private Map<String, ActionBehaviour> installedBehaviours(Builder builder) {
        Map<String, ActionBehaviour> installed = new HashMap<>(CursorPages.behaviours(model, successes));
        if (builder.exportWorkflow) {
            exports.behaviours().forEach((action, behaviour) -> {
                if (operations.containsKey(action)) {
                    installed.put(action, behaviour);
                }
            });
        }
        builder.behaviours.forEach((action, behaviour) -> {
            if (!operations.containsKey(action)) {
                throw new IllegalArgumentException("the spec (" + model.service() + " " + model.apiVersion()
                        + ") lists no action " + action + "; it lists " + new java.util.TreeSet<>(operations.keySet()));
            }
            installed.put(action, behaviour);
        });
        return Map.copyOf(installed);
    }

    /**
     * A builder for a stub that plays the bundled CLS spec with the system clock and installs
     * CLS's {@link ExportWorkflow} for the export actions the spec lists.
     */
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
        return server == null ? hostUrl.get() : "http://" + host() + "/";
    }

    /** {@link #url()} as a URI. */
    public URI uri() {
        return URI.create(url());
    }

    /** The {@code Host} a client sends (and signs): {@code 127.0.0.1:<port>}. */
    public String host() {
        return server == null ? uri().getRawAuthority() : server.hostAddress() + ":" + server.port();
    }

    /** The ephemeral port the stub listens on (the port of its {@link StubServer}'s plain-HTTP listener, if it has one). */
    public int port() {
        return server == null ? uri().getPort() : server.port();
    }

    /** The API the stub plays, as the generator's intermediate model. */
    public ServiceModel model() {
        return model;
    }

    /**
     * The export workflow's state (topics and tasks). It exists for every stub, but answers only
     * if it is installed: by {@link #builder()}, for the export actions the spec lists.
     */
    public ExportWorkflow exports() {
        return exports;
    }

    /**
     * The request example the spec gives for an action (Tencent's, for a spec the importer made),
     * a copy, if it has one: what a client under test can send to exercise the action.
     */
    public Optional<ObjectNode> requestExample(String action) {
        return examples.request(action);
    }

    /** Makes a log topic exist, so that exports can be created in it ({@link ExportWorkflow#registerTopic}). */
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

    /** Changes how export tasks progress from now on ({@link ExportWorkflow#progress}). */
    public ContractStub exportProgress(ExportProgress progress) {
        exports.progress(progress);
        return this;
    }

    /**
     * Pins an export task's status to any string, for example {@code Failed}, {@code Expired} or a
     * value no client knows yet; returns whether the task exists ({@link ExportWorkflow#setExportStatus}).
     */
    public boolean setExportStatus(String exportId, String status) {
        return exports.setExportStatus(exportId, status);
    }

    /** The current status of an export task (without counting as a poll), or empty if none. */
    public Optional<String> exportStatus(String exportId) {
        return exports.exportStatus(exportId);
    }

    /** How many export tasks exist. */
    public int exportCount() {
        return exports.exportCount();
    }

    /** Connections the stub holds open now (clients' keep-alive connections included). */
    public int openConnections() {
        return server == null ? 0 : server.openConnections();
    }

    /**
     * The requests received (at most the last 1000), oldest first, those a fault answered included;
     * a request a fault dropped unread is not.
     */
    public List<StubRequest> recordedRequests() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    /** Forgets the requests recorded so far ({@link #recordedRequests()}); {@link #requestCount()} keeps counting. */
    public ContractStub clearRecordedRequests() {
        synchronized (recorded) {
            recorded.clear();
        }
        return this;
    }

    /** How many requests the stub has processed (a fault that answers in its place does not count one). */
    public long requestCount() {
        return requestCount.get();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        exports.close();
    }

    // ---- request handling ------------------------------------------------------------------

    /** The next armed fault, taken for a request its {@link StubServer} read for this service; null for none. */
    Fault takeFault() {
        return faults.poll();
    }

    /** Records a request a fault answered without it being processed (it is not counted by {@link #requestCount()}). */
    void recordUnprocessed(StubRequest request) {
        record(request);
    }

    private void record(StubRequest request) {
        synchronized (recorded) {
            recorded.addLast(request);
            if (recorded.size() > RECORDED_REQUESTS_KEPT) {
                recorded.removeFirst();
            }
        }
    }

    /** Answers one request that reached this stub (from its own listener or its {@link StubServer}'s). */
    StubAnswer answer(StubRequest request) {
        requestCount.incrementAndGet();
        record(request);
        String requestId = UUID.randomUUID().toString();
        ObjectNode response;
        try {
            response = respond(request);
        } catch (StubBug e) {
            response = errorNode("InternalError", "contract stub bug: " + e.getMessage());
        } catch (RuntimeException e) {
            // Whatever went wrong inside the stub, the client gets an envelope, not a dropped connection.
            response = errorNode("InternalError", "contract stub failure: " + e);
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
        String secretId;
        if (request.action().map(unsignedActions::contains).orElse(false)
                && request.header("Authorization").map("SKIP"::equals).orElse(false)) {
            // Tencent documents these actions as called unsigned: the input authenticates them.
            if (request.header("X-TC-Token").isPresent()) {
                return error(null, "AuthFailure.InvalidAuthorization", "An unsigned call carries no X-TC-Token.");
            }
            secretId = "(unsigned)";
        } else {
            Tc3Verifier.Outcome auth = verifier.verify(request, now);
            if (auth instanceof Tc3Verifier.Outcome.Rejected rejected) {
                return error(null, rejected.code(), rejected.message());
            }
            secretId = ((Tc3Verifier.Outcome.Verified) auth).secretId();
        }
        Optional<String> action = request.action();
        if (action.isEmpty()) {
            return error(null, "MissingParameter", "The X-TC-Action header is missing.");
        }
        OperationModel op = operations.get(action.get());
        if (op == null) {
            return error(null, "InvalidAction", "The action " + action.get() + " does not exist in "
                    + model.service() + " " + model.apiVersion() + ".");
        }
        Optional<String> version = request.header("X-TC-Version");
        if (version.isEmpty()) {
            return error(op, "MissingParameter", "The X-TC-Version header is missing.");
        }
        if (!version.get().equals(model.apiVersion())) {
            return error(op, "InvalidParameterValue", "The version " + version.get() + " is not " + model.apiVersion()
                    + ", the version of " + model.service() + " this server plays.");
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
        ShapeModel input = shape(op.inputShape());
        List<SpecValidator.Violation> violations = validator.validate(input, json);
        if (!violations.isEmpty()) {
            return error(op, violations.get(0).code(), violations.stream()
                    .map(SpecValidator.Violation::toString).collect(Collectors.joining("; ")));
        }
        ActionCall call = new ActionCall(op, DocumentedDefaults.applied(input, (ObjectNode) json), secretId, now, url(), model);
        ActionAnswer answer = behaviourAnswer(call);
        if (answer instanceof ActionAnswer.Failure failure) {
            return error(op, failure.code(), failure.message());
        }
        ObjectNode output = answer == null ? successes.output(op) : ((ActionAnswer.Success) answer).output().deepCopy();
        checkAgainstSpec(op, output);
        return output;
    }

    /** The registered behaviour's answer, or {@code null} if there is none or it declines. */
    private ActionAnswer behaviourAnswer(ActionCall call) {
        ActionBehaviour behaviour = behaviours.get(call.action());
        if (behaviour == null) {
            return null;
        }
        try {
            return behaviour.answer(call);
        } catch (RuntimeException e) {
            throw new StubBug("the behaviour for " + call.action() + " failed: " + e);
        }
    }

    private ShapeModel shape(String name) {
        return model.shape(name).orElseThrow(() -> new StubBug("no shape " + name));
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
        List<String> members = shape(operation.outputShape()).members().stream().map(MemberModel::wireName).toList();
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

    /** A fault in the stub itself (or in a behaviour), answered as {@code InternalError} so a test sees it. */
    private static final class StubBug extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StubBug(String message) {
            super(message);
        }
    }

    /** Configures a stub; {@link #start()} binds it. */
    public static final class Builder {
        private JsonNode specTree;
        private ServiceModel model;
        private Clock clock = Clock.systemUTC();
        private boolean throttling = true;
        private final Set<String> unsignedActions = new java.util.HashSet<>();
        private boolean exportWorkflow = true;
        private ExportProgress progress = ExportProgress.DEFAULT;
        private final List<Credential> credentials = new ArrayList<>();
        private final List<String> topics = new ArrayList<>();
        private final Map<String, ActionBehaviour> behaviours = new LinkedHashMap<>();
        private Supplier<String> hostUrl;

        private Builder() {
        }

        /**
         * Binds nothing: a {@link StubServer} passes requests in, and {@code url} says the base URL
         * clients reach it by.
         */
        Builder hostedBy(Supplier<String> url) {
            this.hostUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /**
         * Plays this spec (OpenAPI YAML or JSON text, as the generator reads it) instead of the
         * bundled one: another revision of CLS, or any other service, whose service name
         * ({@code info.x-tc-service}) the signatures must then name and whose API version
         * ({@code info.x-tc-api-version}) requests must send.
         *
         * @throws dev.clssdk.codegen.spec.SpecException if the generator cannot read the spec
         */
        public Builder spec(String yamlText) {
            Objects.requireNonNull(yamlText, "yamlText");
            JsonNode tree = SpecText.tree(yamlText);
            this.model = SpecReader.read(tree, null);
            this.specTree = tree;
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

        /**
         * Actions that also accept an unsigned call ({@code Authorization: SKIP}, no
         * {@code X-TC-Token}), as Tencent documents for STS {@code AssumeRoleWithWebIdentity}.
         */
        public Builder unsignedActions(String... actions) {
            unsignedActions.addAll(List.of(actions));
            return this;
        }

        /** Whether the spec's rate limits are enforced (default {@code true}). */
        public Builder throttling(boolean throttling) {
            this.throttling = throttling;
            return this;
        }

        /**
         * What {@code action} does beyond answering from the spec; replaces the export workflow's
         * behaviour for that action, and any behaviour registered for it before. {@link #start()}
         * fails if the spec does not list the action.
         */
        public Builder behaviour(String action, ActionBehaviour behaviour) {
            behaviours.put(Objects.requireNonNull(action, "action"), Objects.requireNonNull(behaviour, "behaviour"));
            return this;
        }

        /**
         * Whether CLS's {@link ExportWorkflow} answers the export actions the spec lists (default
         * {@code true}); without it they answer the spec's success like any other action.
         */
        public Builder exportWorkflow(boolean install) {
            this.exportWorkflow = install;
            return this;
        }

        /** Log topics that exist from the start (for the export workflow). */
        public Builder topic(String... topicIds) {
            topics.addAll(List.of(topicIds));
            return this;
        }

        /** How export tasks progress (default {@link ExportProgress#DEFAULT}). */
        public Builder exportProgress(ExportProgress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * Binds 127.0.0.1 on an ephemeral port and starts serving.
         *
         * @throws IllegalArgumentException if a behaviour names an action the spec does not list
         */
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
        state.put("behaviours", new java.util.TreeSet<>(behaviours.keySet()));
        state.put("exports", exports.exportCount());
        return "ContractStub" + state;
    }
}
