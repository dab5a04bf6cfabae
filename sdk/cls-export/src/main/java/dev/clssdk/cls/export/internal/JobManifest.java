package dev.clssdk.cls.export.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.clssdk.cls.export.ExportSlice;
import dev.clssdk.cls.export.JobManifestException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A range job's state on disk, next to its output: the job's arguments, its slices, and for each
 * slice its export task and how far it got. Every change rewrites the whole (small) file atomically
 * ({@link AtomicFiles}), so a job killed at any moment leaves the last state it wrote, whole.
 * Thread-safe: the slices' workers update it concurrently.
 */
public final class JobManifest {

    /** The manifest's format; another value is refused rather than guessed at. */
    static final int VERSION = 1;
    private static final JsonFactory JSON = new JsonFactory();

    /** How far a slice got; each state is written once it is true. */
    public enum State {
        /** Planned; no export task yet (or its task expired or failed, and a new one is needed). */
        PLANNED,
        /** CreateExport answered {@link SliceState#exportId()}. */
        CREATED,
        /** The task is {@code Completed}. */
        COMPLETED,
        /** Its file is complete at {@link SliceState#file()}, {@link SliceState#bytes()} long. */
        DOWNLOADED
    }

    /**
     * A slice and where it stands; {@code taskDeleted}: its export task was deleted by the job once its
     * file was complete (a job run with {@code deleteExportsWhenDone}).
     */
    public record SliceState(ExportSlice slice, State state, String exportId, String file, long bytes, boolean taskDeleted) {}

    /**
     * What makes two runs the same job: every member of CreateExport that decides what is exported,
     * and the per-export limit the slices were cut by. Values are JSON's (strings, longs, lists).
     */
    public record Args(Map<String, Object> values) {
        public Args {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    private final Path file;
    private final Args args;
    private final List<SliceState> slices;

    private JobManifest(Path file, Args args, List<SliceState> slices) {
        this.file = file;
        this.args = args;
        this.slices = new ArrayList<>(slices);
    }

    /** A new manifest with every slice {@link State#PLANNED}, written now. */
    public static JobManifest create(Path file, Args args, List<ExportSlice> slices) {
        List<SliceState> states = new ArrayList<>();
        for (ExportSlice s : slices) {
            states.add(new SliceState(s, State.PLANNED, null, String.format("slice-%05d.tar.gz", s.index()), -1, false));
        }
        JobManifest manifest = new JobManifest(file, args, states);
        manifest.write();
        return manifest;
    }

    /** The manifest at {@code file}, if there is one; it must be for a job with {@code args}. */
    public static Optional<JobManifest> read(Path file, Args args) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new JobManifestException(file, "Cannot read the job manifest " + file + ": " + e, e);
        }
        JobManifest manifest = parse(file, bytes);
        for (Map.Entry<String, Object> want : args.values().entrySet()) {
            Object had = manifest.args.values().get(want.getKey());
            if (!Objects.equals(had, want.getValue())) {
                throw new JobManifestException(file, "The job manifest " + file + " is for another job: its "
                        + want.getKey() + " is " + had + ", this job's is " + want.getValue()
                        + "; run that job with its own arguments, or give this one another directory", null);
            }
        }
        if (!manifest.args.values().keySet().equals(args.values().keySet())) {
            throw new JobManifestException(file, "The job manifest " + file + " is for another job: it has the arguments "
                    + manifest.args.values().keySet() + ", this job " + args.values().keySet(), null);
        }
        return Optional.of(manifest);
    }

    public Path file() {
        return file;
    }

    public synchronized List<SliceState> slices() {
        return List.copyOf(slices);
    }

    public synchronized SliceState slice(int index) {
        return slices.get(index);
    }

    /** Records a slice's new state and writes the manifest before returning. */
    public synchronized void update(int index, State state, String exportId, long bytes) {
        SliceState old = slices.get(index);
        slices.set(index, new SliceState(old.slice(), state, exportId, old.file(), bytes, false));
        write();
    }

    /** Records that a slice's export task was deleted, and writes the manifest before returning. */
    public synchronized void taskDeleted(int index) {
        SliceState old = slices.get(index);
        slices.set(index, new SliceState(old.slice(), old.state(), old.exportId(), old.file(), old.bytes(), true));
        write();
    }

    /**
     * Writes the index of a finished job, atomically: the job's arguments and each slice's range,
     * export task, file and size, in time order (the manifest without the states).
     */
    public synchronized void writeIndex(Path index) {
        try {
            AtomicFiles.write(index, render(false));
        } catch (IOException e) {
            throw new JobManifestException(file, "Cannot write the job's index " + index + ": " + e, e);
        }
    }

    private void write() {
        try {
            AtomicFiles.write(file, render(true));
        } catch (IOException e) {
            throw new JobManifestException(file, "Cannot write the job manifest " + file + ": " + e, e);
        }
    }

    private byte[] render(boolean manifest) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            if (manifest) {
                g.writeNumberField("version", VERSION);
            }
            g.writeObjectFieldStart("job");
            for (Map.Entry<String, Object> e : args.values().entrySet()) {
                g.writeFieldName(e.getKey());
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("slices");
            for (SliceState s : slices) {
                g.writeStartObject();
                g.writeNumberField("index", s.slice().index());
                g.writeNumberField("from", s.slice().from());
                g.writeNumberField("to", s.slice().to());
                g.writeNumberField("estimatedLogs", s.slice().estimatedLogs());
                if (manifest) {
                    g.writeStringField("state", s.state().name());
                }
                if (s.exportId() != null) {
                    g.writeStringField("exportId", s.exportId());
                }
                g.writeStringField("file", s.file());
                g.writeNumberField("bytes", s.bytes());
                if (manifest && s.taskDeleted()) {
                    g.writeBooleanField("taskDeleted", true);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Long n) {
            g.writeNumber(n);
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                writeValue(g, o);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("a job argument must be a string, a long or a list: " + value.getClass());
        }
    }

    private static JobManifest parse(Path file, byte[] bytes) {
        Object root;
        try (JsonParser p = JSON.createParser(bytes)) {
            root = readValue(p, p.nextToken());
            if (p.nextToken() != null) {
                throw new IOException("content after the manifest's object");
            }
        } catch (IOException e) {
            throw corrupt(file, e.getMessage(), e);
        }
        try {
            Map<?, ?> top = (Map<?, ?>) root;
            if (!Long.valueOf(VERSION).equals(top.get("version"))) {
                throw corrupt(file, "version " + top.get("version") + " (this version reads " + VERSION + ")", null);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> job = (Map<String, Object>) Objects.requireNonNull(top.get("job"), "job");
            List<SliceState> slices = new ArrayList<>();
            for (Object o : (List<?>) Objects.requireNonNull(top.get("slices"), "slices")) {
                Map<?, ?> s = (Map<?, ?>) o;
                ExportSlice slice = new ExportSlice(Math.toIntExact(number(s, "index")), number(s, "from"), number(s, "to"),
                        number(s, "estimatedLogs"));
                if (slice.index() != slices.size()) {
                    throw corrupt(file, "slice " + slices.size() + " has index " + slice.index(), null);
                }
                if (!slices.isEmpty() && slices.get(slices.size() - 1).slice().to() != slice.from()) {
                    throw corrupt(file, "slice " + slice.index() + " does not start where the one before it ends", null);
                }
                State state = State.valueOf((String) Objects.requireNonNull(s.get("state"), "state"));
                String exportId = (String) s.get("exportId");
                if (state != State.PLANNED && exportId == null) {
                    throw corrupt(file, "slice " + slice.index() + " is " + state + " without an exportId", null);
                }
                String name = (String) Objects.requireNonNull(s.get("file"), "file");
                if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                    throw corrupt(file, "slice " + slice.index() + "'s file \"" + name + "\" is not a plain file name", null);
                }
                Object deleted = s.get("taskDeleted");
                if (deleted != null && !(deleted instanceof Boolean)) {
                    throw corrupt(file, "slice " + slice.index() + "'s taskDeleted is not true or false", null);
                }
                slices.add(new SliceState(slice, state, exportId, name, number(s, "bytes"), Boolean.TRUE.equals(deleted)));
            }
            if (slices.isEmpty()) {
                throw corrupt(file, "no slices", null);
            }
            return new JobManifest(file, new Args(job), slices);
        } catch (ClassCastException | NullPointerException | IllegalArgumentException | ArithmeticException e) {
            throw corrupt(file, "a member is missing or of the wrong type (" + e.getMessage() + ")", e);
        }
    }

    private static long number(Map<?, ?> map, String name) {
        return (Long) Objects.requireNonNull(map.get(name), name);
    }

    private static JobManifestException corrupt(Path file, String what, Throwable cause) {
        return new JobManifestException(file, "The job manifest " + file + " cannot be used: " + what
                + "; delete it (and the job's files) to start the job afresh", cause);
    }

    /** JSON as maps, lists, strings, longs, booleans and nulls (all a manifest holds; anything else is refused). */
    private static Object readValue(JsonParser p, JsonToken token) throws IOException {
        if (token == null) {
            throw new IOException("the file ends early");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    map.put(name, readValue(p, p.nextToken()));
                }
                if (t != JsonToken.END_OBJECT) {
                    throw new IOException("unexpected " + t);
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(readValue(p, t));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getLongValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            default -> throw new IOException("unexpected " + token + " at " + p.currentLocation());
        }
    }
}
