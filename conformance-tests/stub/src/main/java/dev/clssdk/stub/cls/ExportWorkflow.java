package dev.clssdk.stub.cls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.ShapeRole;
import dev.clssdk.codegen.model.TypeRef;
import dev.clssdk.stub.ActionAnswer;
import dev.clssdk.stub.ActionBehaviour;
import dev.clssdk.stub.ActionCall;
import dev.clssdk.stub.ContractStub;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * CLS's log export workflow as stub behaviours: {@code CreateExport} creates a task in a log topic
 * the test registered ({@code ResourceNotFound.TopicNotExist} otherwise) and answers its
 * {@code ExportId}; {@code DescribeExports} lists a topic's tasks newest first, one page at a time
 * ({@code Offset}, {@code Limit}, {@code TotalCount}), each moving from {@code Queuing} through
 * {@code Processing} to {@code Completed} as {@link ExportProgress} says, with a download address
 * on the stub once completed; {@code DeleteExport} removes a task
 * ({@code ResourceNotFound.ExportNotExist} if there is none).
 *
 * <p>{@link ContractStub#builder()} installs it for the export actions its spec lists; the stub's
 * export methods ({@link ContractStub#registerTopic}, {@link ContractStub#setExportStatus}, ...)
 * delegate here. Its tasks echo every member of the CreateExport input that the task type
 * ({@code ExportInfo}, found through the DescribeExports output) also declares, so a member added
 * to both in the spec shows up without a code change. Thread-safe.
 */
public final class ExportWorkflow implements AutoCloseable {

    /** The code for a log topic the test has not registered. */
    public static final String TOPIC_NOT_EXIST = "ResourceNotFound.TopicNotExist";
    /** The code for an export task that does not exist (any more). */
    public static final String EXPORT_NOT_EXIST = "ResourceNotFound.ExportNotExist";
    /** The DescribeExports output member that lists the tasks. */
    private static final String EXPORTS = "Exports";
    private static final long DEFAULT_LIMIT = 20;

    private final Clock clock;
    private final ExportStore store;
    private ExportDownloadServer downloads;

    /**
     * @param clock    the clock an export's progress is judged by (the stub's clock)
     * @param progress how tasks move to {@code Completed}
     */
    public ExportWorkflow(Clock clock, ExportProgress progress) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = new ExportStore(Objects.requireNonNull(progress, "progress"));
    }

    /** The behaviours, by the action each one plays. */
    public Map<String, ActionBehaviour> behaviours() {
        return Map.of(
                "CreateExport", this::createExport,
                "DescribeExports", this::describeExports,
                "DeleteExport", this::deleteExport);
    }

    /**
     * Serves completed tasks' files from now on: starts (once) an {@link ExportDownloadServer} on
     * 127.0.0.1, and completed tasks then have a {@code CosPath} on it, a {@code FileName} ending in
     * {@code .tar.gz} and the file's true {@code FileSize}. Without it, as before, a completed task's
     * {@code CosPath} names the stub itself and nothing is served there. Stopped by {@link #close()}
     * (and so by {@link ContractStub#close()}).
     */
    public synchronized ExportDownloadServer serveDownloads() {
        return serveDownloads(null);
    }

    /**
     * As {@link #serveDownloads()}, over HTTPS with this context's certificate ({@code null}: plain
     * HTTP), so that a client that accepts only {@code https://} addresses (as {@code ClsExporter}
     * and {@code cls-export} do) downloads with no test switch, once it trusts the certificate.
     * Has no effect if downloads are already served.
     */
    public synchronized ExportDownloadServer serveDownloads(SSLContext tls) {
        if (downloads == null) {
            try {
                downloads = new ExportDownloadServer(store::download, tls);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot start the export download server", e);
            }
            store.downloadBase(downloads.url());
        }
        return downloads;
    }

    /**
     * What completed tasks' files hold from now on: the text of the file's one entry
     * ({@code <ExportId>.json} or {@code .csv}), from the task's CreateExport input, instead of the
     * stub's own {@code min(Count, 1000)} logs spread over {@code [From, To)}. For a test that needs a
     * topic's exports to agree with each other, for example a log stamped on the millisecond two
     * tasks' ranges share; {@code null} goes back to the stub's own logs. Applies to files not yet
     * made (a task's file is made once, at its first download or describe).
     */
    public ExportWorkflow exportContent(Function<JsonNode, String> content) {
        store.content(content);
        return this;
    }

    /**
     * Serves the files this source chooses for new and existing tasks not yet served, in place of
     * the stub's generated ones (which hold at most 1000 logs): for example a large file on disk,
     * streamed at each download. {@code null} restores the generated files.
     */
    public ExportWorkflow exportFiles(ExportFile.Source source) {
        store.fileSource(source);
        return this;
    }

    /** Removes every export task (topics stay). */
    public ExportWorkflow clearExports() {
        store.clearTasks();
        return this;
    }

    /** Stops the download server, if one was started. */
    @Override
    public synchronized void close() {
        if (downloads != null) {
            downloads.close();
            downloads = null;
            store.downloadBase(null);
        }
    }

    /** Makes a log topic exist, so that exports can be created in it. */
    public ExportWorkflow registerTopic(String topicId) {
        store.registerTopic(Objects.requireNonNull(topicId, "topicId"));
        return this;
    }

    /** Changes how export tasks progress from now on. */
    public ExportWorkflow progress(ExportProgress progress) {
        store.progress(Objects.requireNonNull(progress, "progress"));
        return this;
    }

    /**
     * Pins an export task's status to any string, for example {@code Failed}, {@code Expired} or a
     * value no client knows yet; returns whether the task exists.
     */
    public boolean setExportStatus(String exportId, String status) {
        return store.pinStatus(exportId, Objects.requireNonNull(status, "status"));
    }

    /** The current status of an export task (without counting as a poll), or empty if none. */
    public Optional<String> exportStatus(String exportId) {
        return store.status(exportId, clock.instant());
    }

    /** How many export tasks exist. */
    public int exportCount() {
        return store.size();
    }

    private ActionAnswer createExport(ActionCall call) {
        String topicId = call.input().path("TopicId").asText();
        if (!store.hasTopic(topicId)) {
            return topicNotExist(topicId);
        }
        String exportId = store.create(topicId, call.input(), call.now());
        return ActionAnswer.success(JsonNodeFactory.instance.objectNode().put("ExportId", exportId));
    }

    private ActionAnswer describeExports(ActionCall call) {
        String topicId = call.input().path("TopicId").asText();
        if (!store.hasTopic(topicId)) {
            return topicNotExist(topicId);
        }
        ExportStore.Page page = store.describe(topicId, call.input().path("Offset").asLong(0),
                call.input().path("Limit").asLong(DEFAULT_LIMIT), call.now(), infoShape(call), call.stubUrl());
        ObjectNode output = JsonNodeFactory.instance.objectNode();
        output.putArray(EXPORTS).addAll(page.exports());
        output.put("TotalCount", page.totalCount());
        return ActionAnswer.success(output);
    }

    private ActionAnswer deleteExport(ActionCall call) {
        String exportId = call.input().path("ExportId").asText();
        if (!store.delete(exportId)) {
            return ActionAnswer.error(EXPORT_NOT_EXIST, "The export task " + exportId + " does not exist.");
        }
        return ActionAnswer.success(JsonNodeFactory.instance.objectNode());
    }

    private static ActionAnswer topicNotExist(String topicId) {
        return ActionAnswer.error(TOPIC_NOT_EXIST, "The log topic " + topicId + " does not exist.");
    }

    /** The element shape of the DescribeExports output's task list, read from the spec the stub plays. */
    private static ShapeModel infoShape(ActionCall call) {
        return call.model().shape(call.operation().outputShape()).stream()
                .flatMap(shape -> shape.members().stream())
                .filter(member -> member.wireName().equals(EXPORTS))
                .flatMap(member -> member.type() instanceof TypeRef.ListOf list && list.element() instanceof TypeRef.ShapeType element
                        ? call.model().shape(element.name()).stream() : java.util.stream.Stream.empty())
                .findFirst()
                .orElseGet(() -> new ShapeModel("ExportInfo", "", ShapeRole.OUTPUT, List.of(), List.of(), java.util.Optional.empty()));
    }
}
