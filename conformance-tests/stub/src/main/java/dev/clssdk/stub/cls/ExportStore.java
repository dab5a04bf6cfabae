package dev.clssdk.stub.cls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ShapeModel;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The stub's export tasks, in memory. A task echoes every member of its CreateExport input that
 * the task type ({@code ExportInfo}) also has, so a member added to both in the spec shows up
 * without a code change; the members the server computes are filled in here.
 */
final class ExportStore {

    static final String QUEUING = "Queuing";
    static final String PROCESSING = "Processing";
    static final String COMPLETED = "Completed";
    private static final List<String> STAGES = List.of(QUEUING, PROCESSING, COMPLETED);
    /** CLS writes times in China Standard Time. */
    private static final DateTimeFormatter CREATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.ofHours(8));

    private static final class Task {
        final String exportId;
        final String topicId;
        final ObjectNode input;
        final Instant created;
        final long sequence;
        final String downloadToken = UUID.randomUUID().toString().replace("-", "");
        int polls;
        String pinnedStatus;
        ExportFile file;

        Task(String exportId, String topicId, ObjectNode input, Instant created, long sequence) {
            this.exportId = exportId;
            this.topicId = topicId;
            this.input = input;
            this.created = created;
            this.sequence = sequence;
        }
    }

    /** One page of a topic's tasks. */
    record Page(long totalCount, List<ObjectNode> exports) {}

    private final Set<String> topics = new HashSet<>();
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private ExportProgress progress;
    private long nextSequence;
    /** Where completed tasks' files are served, when {@link ExportWorkflow#serveDownloads()} started a server. */
    private String downloadBase;
    /** A test's text for a task's file, from its CreateExport input; {@code null}: the stub's own logs. */
    private Function<JsonNode, String> content;
    /** Chooses tasks' files in place of the generated ones, if set. */
    private ExportFile.Source fileSource;

    ExportStore(ExportProgress progress) {
        this.progress = progress;
    }

    synchronized void progress(ExportProgress progress) {
        this.progress = progress;
    }

    synchronized void downloadBase(String baseUrl) {
        this.downloadBase = baseUrl;
    }

    synchronized void fileSource(ExportFile.Source source) {
        this.fileSource = source;
    }

    /** A task's file for its download token: the file, empty for no such task, {@code null} for a wrong token. */
    synchronized Optional<ExportFile> download(String exportId, String token) {
        Task task = tasks.get(exportId);
        if (task == null) {
            return Optional.empty();
        }
        return task.downloadToken.equals(token) ? Optional.of(file(task)) : null;
    }

    synchronized void content(Function<JsonNode, String> content) {
        this.content = content;
    }

    private ExportFile file(Task task) {
        if (task.file == null) {
            Optional<ExportFile> chosen = fileSource == null ? Optional.empty()
                    : fileSource.file(task.exportId, task.input.deepCopy());
            task.file = chosen.orElseGet(() -> ExportFile.of(generatedFile(task)));
        }
        return task.file;
    }

    /** The stub's own file for a task, or the test's text for it ({@link #content}). */
    private byte[] generatedFile(Task task) {
        String format = task.input.path("Format").asText("json");
        long from = task.input.path("From").asLong(0);
        String text = content != null ? content.apply(task.input.deepCopy())
                : ExportFiles.content(format, task.input.path("Order").asText("desc"), task.input.path("Query").asText(""),
                        task.input.path("Count").asLong(1), from, task.input.path("To").asLong(0));
        return ExportFiles.tarGz(task.exportId, format, text, from);
    }

    synchronized void registerTopic(String topicId) {
        topics.add(topicId);
    }

    synchronized boolean hasTopic(String topicId) {
        return topics.contains(topicId);
    }

    synchronized String create(String topicId, ObjectNode input, Instant now) {
        String exportId = UUID.randomUUID().toString();
        tasks.put(exportId, new Task(exportId, topicId, input.deepCopy(), now, nextSequence++));
        return exportId;
    }

    /**
     * The tasks of a topic, newest first, each as a value of {@code infoShape} whose download
     * address points at {@code baseUrl}; each task listed counts as one poll of it.
     */
    synchronized Page describe(String topicId, long offset, long limit, Instant now, ShapeModel infoShape, String baseUrl) {
        List<Task> ofTopic = tasks.values().stream()
                .filter(t -> t.topicId.equals(topicId))
                .sorted(Comparator.comparingLong((Task t) -> t.sequence).reversed())
                .toList();
        List<ObjectNode> page = new ArrayList<>();
        for (long i = offset; i < ofTopic.size() && i < offset + limit; i++) {
            Task task = ofTopic.get((int) i);
            page.add(info(task, now, infoShape, baseUrl));
            task.polls++;
        }
        return new Page(ofTopic.size(), page);
    }

    synchronized void clearTasks() {
        tasks.clear();
    }

    synchronized boolean delete(String exportId) {
        return tasks.remove(exportId) != null;
    }

    synchronized boolean pinStatus(String exportId, String status) {
        Task task = tasks.get(exportId);
        if (task == null) {
            return false;
        }
        task.pinnedStatus = status;
        return true;
    }

    /** The current status of a task, without counting a poll. */
    synchronized Optional<String> status(String exportId, Instant now) {
        return Optional.ofNullable(tasks.get(exportId)).map(t -> status(t, now));
    }

    synchronized int size() {
        return tasks.size();
    }

    private String status(Task task, Instant now) {
        if (task.pinnedStatus != null) {
            return task.pinnedStatus;
        }
        long byPolls = task.polls / progress.pollsPerStep();
        Duration elapsed = Duration.between(task.created, now);
        long byTime = progress.timePerStep().isZero() ? STAGES.size()
                : Math.max(0, elapsed.toMillis()) / Math.max(1, progress.timePerStep().toMillis());
        return STAGES.get((int) Math.min(STAGES.size() - 1, Math.max(byPolls, byTime)));
    }

    private ObjectNode info(Task task, Instant now, ShapeModel infoShape, String baseUrl) {
        String status = status(task, now);
        boolean completed = COMPLETED.equals(status);
        String format = task.input.path("Format").asText("json");
        Map<String, JsonNode> computed = new LinkedHashMap<>();
        JsonNodeFactory json = JsonNodeFactory.instance;
        computed.put("TopicId", json.textNode(task.topicId));
        computed.put("ExportId", json.textNode(task.exportId));
        computed.put("Status", json.textNode(status));
        if (downloadBase != null) {
            // A real file on the download server: a .tar.gz of the task's format, its true size.
            String fileName = task.exportId + ".tar.gz";
            computed.put("FileName", json.textNode(fileName));
            computed.put("FileSize", json.numberNode(completed ? file(task).size() : 0));
            computed.put("CosPath", json.textNode(completed
                    ? downloadBase + "cos/" + task.topicId + "/" + fileName + "?q-signature=" + task.downloadToken : ""));
        } else {
            computed.put("FileName", json.textNode(task.exportId + "." + format));
            computed.put("FileSize", json.numberNode(completed ? Math.max(1, task.input.path("Count").asLong()) * 128 : 0));
            computed.put("CosPath", json.textNode(completed
                    ? baseUrl + "cos/" + task.topicId + "/" + task.exportId + "." + format + "?q-signature=" + task.downloadToken
                    : ""));
        }
        computed.put("CreateTime", json.textNode(CREATE_TIME.format(task.created)));
        ObjectNode info = json.objectNode();
        for (MemberModel member : infoShape.members()) {
            JsonNode value = computed.containsKey(member.wireName()) ? computed.get(member.wireName()) : task.input.get(member.wireName());
            if (value != null && !value.isNull()) {
                info.set(member.wireName(), value);
            }
        }
        return info;
    }
}
