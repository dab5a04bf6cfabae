package dev.clssdk.cls.export.cli;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.export.ClsExporter;
import dev.clssdk.cls.export.DownloadResult;
import dev.clssdk.cls.export.ExportCancelledException;
import dev.clssdk.cls.export.ExportDownloader;
import dev.clssdk.cls.export.ExportJob;
import dev.clssdk.cls.export.ExportRecords;
import dev.clssdk.cls.export.LogRecord;
import dev.clssdk.cls.export.ProgressEvent;
import dev.clssdk.cls.export.RangeJob;
import dev.clssdk.cls.export.RangeRecords;
import dev.clssdk.cls.export.RangeResult;
import dev.clssdk.cls.export.RangeSlicer;
import dev.clssdk.cls.export.RecordOptions;
import dev.clssdk.cls.export.SearchRecords;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.Format;
import dev.clssdk.cls.model.Order;
import dev.clssdk.cls.model.SearchLogRequest;
import dev.clssdk.core.CredentialsException;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.ValidationException;
import dev.clssdk.core.Violation;
import dev.clssdk.core.auth.CredentialsProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cls-export}: a CLS log topic's logs matching a query, to a local file, through an export
 * ({@code CreateExport}, any number of logs, minutes) or with {@code --search} through
 * {@code SearchLog} (at most 10,000 logs, seconds). Every argument, {@code --out} included, is checked
 * before anything is asked of CLS. Prints the {@code ExportId} first (stdout), shows progress on
 * stderr (live on a terminal, plain lines otherwise). Exit codes: 0 done; 1 a failure, one line on
 * stderr ({@code --debug} adds the stack trace above it); 2 bad usage, one line on stderr echoing what
 * was typed (the help only with {@code --help}); 130 on Ctrl-C (143 on SIGTERM), with a line saying
 * how to resume.
 */
@Command(name = "cls-export", mixinStandardHelpOptions = true, version = "cls-export 0.3.0",
        description = "Export logs from a CLS log topic to a local file (JSON lines or CSV), with progress.",
        sortOptions = false, usageHelpAutoWidth = true)
public final class ClsExportCommand implements Callable<Integer> {

    /** The default of {@code --count} for an export (a search has no default: all its 10,000 at most). */
    static final long DEFAULT_EXPORT_COUNT = 1_000_000;
    private static final Pattern SAFE_FOR_SHELL = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    @Spec
    CommandSpec spec;

    @Option(names = "--topic", required = true, description = "The log topic (TopicId).")
    String topic;

    @Option(names = "--query", description = "The search query (required unless --export-id).")
    String query;

    @Option(names = "--from", converter = Converters.TimeConverter.class,
            description = "Start time: epoch milliseconds or ISO-8601 (2024-01-01T00:00:00Z).")
    Long from;

    @Option(names = "--to", converter = Converters.TimeConverter.class, description = "End time: epoch milliseconds or ISO-8601.")
    Long to;

    @Option(names = "--format", defaultValue = "json", converter = Converters.FormatConverter.class,
            description = "json or csv (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", description = "The file to write (a new one: see --overwrite; its directory must exist).")
    Path out;

    @Option(names = "--slices-dir", description = "A range of any size, cut into slices that each fit one export (--count"
            + " logs each), one .tar.gz per slice plus index.json in this directory; with --out, their records merged in"
            + " time order (--order) into that one file. Run the same command again to resume.")
    Path slicesDir;

    @Option(names = "--concurrency", description = "With --slices-dir: slices exported and downloaded at once, 1 to 20"
            + " (default ${DEFAULT-VALUE}).")
    int concurrency = 4;

    @Option(names = "--delete-exports", description = "With --slices-dir: delete the job's own export tasks in CLS once"
            + " every slice's file is complete (a task that cannot be deleted is a warning, not a failure).")
    boolean deleteExports;

    @Option(names = "--overwrite", description = "Replace --out if it exists (only once the new file is complete).")
    boolean overwrite;

    @Option(names = "--search", description = "Use SearchLog instead of an export: seconds instead of minutes, no export"
            + " task, at most 10,000 logs.")
    boolean search;

    @Option(names = "--count", converter = Converters.CountConverter.class,
            description = "At most this many logs (export: default 1,000,000, at most 50,000,000; --search: at most 10,000;"
                    + " --slices-dir: per slice, default 50,000,000).")
    Long count;

    @Option(names = "--order", defaultValue = "desc", converter = Converters.OrderConverter.class,
            description = "asc or desc by time (default ${DEFAULT-VALUE}).")
    Order order;

    @Option(names = "--export-id", description = "Resume: wait for and download this existing task instead of creating one.")
    String exportId;

    @Option(names = "--raw", description = "Save the export file as COS serves it (.tar.gz) instead of its records.")
    boolean raw;

    @Option(names = "--skip-malformed", description = "Skip (and count) lines that are not records instead of failing.")
    boolean skipMalformed;

    @Option(names = "--max-record-bytes", description = "The longest record (JSON line or CSV row) read, in bytes"
            + " (default ${DEFAULT-VALUE}, 4 MiB: what parses in a 64 MiB heap; raise it with -Xmx).")
    int maxRecordBytes = RecordOptions.DEFAULT_MAX_RECORD_BYTES;

    @Option(names = "--timeout", defaultValue = "PT1H", converter = Converters.DurationConverter.class,
            description = "Deadline for the whole job, e.g. 30m, 90s, 2h or PT30M (default 1h).")
    Duration timeout;

    @Option(names = "--region", converter = Converters.RegionConverter.class, description = "The region, e.g. ap-guangzhou.")
    String region;

    @Option(names = "--endpoint-url", converter = Converters.EndpointConverter.class,
            description = "The API endpoint (for tests and proxies), e.g. http://127.0.0.1:8080.")
    String endpointUrl;

    @Option(names = "--secret-id", description = "The SecretId (default: TENCENTCLOUD_SECRET_ID, then ~/.tencentcloud/credentials).")
    String secretId;

    @Option(names = "--secret-key", description = "The SecretKey, with --secret-id. Visible to other users in the process"
            + " list: prefer TENCENTCLOUD_SECRET_KEY.")
    String secretKey;

    @Option(names = "--debug", description = "On failure, print the stack trace too.")
    boolean debug;

    @Option(names = "--allow-http-loopback-for-tests", hidden = true)
    boolean allowHttpLoopback;

    private final PrintStream stdout;
    private final PrintStream stderr;
    /** A signal's shutdown hook is stopping the work (its cancel is not a failure to report). */
    private volatile boolean stopping;
    private final Boolean terminalOverride;

    public ClsExportCommand() {
        this(System.out, System.err, null);
    }

    ClsExportCommand(PrintStream stdout, PrintStream stderr, Boolean terminal) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.terminalOverride = terminal;
    }

    public static void main(String[] args) {
        // The command logs nothing; without a binding SLF4J would print three warning lines.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        System.exit(run(args, new ClsExportCommand()));
    }

    /** Runs the command: its exit code, its messages on the command's streams. */
    static int run(String[] args, ClsExportCommand command) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(command.stdout, true));
        cli.setErr(new PrintWriter(command.stderr, true));
        cli.setParameterExceptionHandler((e, typed) -> {
            // One line, last; the help is for --help (a usage error above 25 lines of help scrolls away).
            // An unknown option first: it explains a missing one (a typo in --out is both).
            List<String> unmatched = e.getCommandLine().getUnmatchedArguments();
            String message = !unmatched.isEmpty() && !(e instanceof CommandLine.UnmatchedArgumentException)
                    ? "Unknown option: '" + unmatched.get(0) + "'" : oneLine(e);
            command.stderr.println("cls-export: " + message + " (see cls-export --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (command.stopping && e instanceof ExportCancelledException) {
                return 1; // stopped by a signal: the shutdown hook says so, and how to go on, in the last line
            }
            if (command.debug) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                command.stderr.print(trace);
            }
            command.stderr.println("cls-export: error: " + (e instanceof CredentialsException c ? noCredentials(c) : oneLine(e)));
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        Plan plan = plan();
        CredentialsProvider credentials = secretId != null ? CredentialsProvider.of(secretId, secretKey)
                : CredentialsProvider.defaultChain();
        credentials.resolve(); // no credentials: said now, in the command's words, before any call
        Terminal term = Terminal.detect(terminalOverride);
        ClsClient.Builder builder = ClsClient.builder().credentials(credentials);
        if (region != null) {
            builder.region(region);
        }
        if (endpointUrl != null) {
            builder.endpointUrl(endpointUrl);
        }
        try (ClsClient client = builder.build();
                ProgressDisplay display = new ProgressDisplay(stderr, term.interactive(), term.width())) {
            ClsExporter exporter = ClsExporter.builder()
                    .client(client)
                    .downloader(ExportDownloader.builder().allowHttpToLoopbackForTests(allowHttpLoopback)
                            .progressInterval(Duration.ofMillis(term.interactive() ? 200 : 1000)).build())
                    .progressListener(event -> {
                        if (event.phase() == ProgressEvent.Phase.CREATED) {
                            stdout.println("ExportId " + event.exportId());
                            stdout.flush();
                        }
                        display.onProgress(event);
                    })
                    .build();
            try {
                String summary = plan.search != null ? search(exporter, plan, display)
                        : slicesDir != null ? slices(exporter, plan, display) : export(exporter, plan, display);
                stdout.println(summary);
                return 0;
            } catch (RuntimeException | IOException e) {
                display.interrupt();
                throw e;
            }
        }
    }

    /** What to do, every argument checked; nothing has been asked of CLS yet. */
    private record Plan(OutputTarget target, CreateExportRequest create, SearchLogRequest search, long maxRecords,
            RecordOptions options) {
    }

    private Plan plan() {
        CommandLine cl = spec.commandLine();
        if ((secretId == null) != (secretKey == null)) {
            throw Converters.usage(cl, "--secret-id and --secret-key go together: give both, or neither (then"
                    + " TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or ~/.tencentcloud/credentials)");
        }
        if (secretId != null) {
            try {
                dev.clssdk.core.auth.Credentials.of(secretId, secretKey);
            } catch (IllegalArgumentException e) {
                // The SDK's message names the field and the rule, never the value.
                throw Converters.usage(cl, "Invalid credentials: " + String.valueOf(e.getMessage())
                        .replace("secretId", "--secret-id").replace("secretKey", "--secret-key"));
            }
        }
        if (search && exportId != null) {
            throw Converters.usage(cl, "--search and --export-id do not go together: a search creates no export task");
        }
        if (search && raw) {
            throw Converters.usage(cl, "--search and --raw do not go together: a search has no export file to keep");
        }
        if (slicesDir != null) {
            return slicesPlan(cl);
        }
        if (deleteExports) {
            throw Converters.usage(cl, "--delete-exports goes with --slices-dir (a range job deletes the tasks it created);"
                    + " one export's task is named by its ExportId, to fetch it again with --export-id");
        }
        if (out == null) {
            throw Converters.usage(cl, "Missing required option: '--out=<out>' (or --slices-dir, for a range of any size)");
        }
        if (exportId == null && (query == null || from == null || to == null)) {
            throw Converters.usage(cl, "Missing " + missing() + ": --query, --from and --to say what to "
                    + (search ? "search" : "export") + (search ? "" : " (or --export-id, to fetch an existing export)"));
        }
        if (from != null && to != null && from >= to) {
            throw Converters.usage(cl, "--from (" + from + ") must be before --to (" + to + ")");
        }
        if (maxRecordBytes < 1 || maxRecordBytes > RecordOptions.MAX_MAX_RECORD_BYTES) {
            throw Converters.usage(cl, "Invalid value for option '--max-record-bytes': '" + maxRecordBytes + "' (expected 1 to "
                    + RecordOptions.MAX_MAX_RECORD_BYTES + ")");
        }
        if (search && count != null && count > SearchRecords.MAX_LOGS) {
            throw Converters.usage(cl, "Invalid value for option '--count': '" + count + "' (--search reads at most "
                    + String.format(Locale.ROOT, "%,d", SearchRecords.MAX_LOGS) + " logs, SearchLog's limit; for more, export"
                    + " them: leave out --search)");
        }
        OutputTarget target;
        try {
            target = OutputTarget.check(out, overwrite, "--out", "--overwrite");
        } catch (OutputTarget.Usage e) {
            throw Converters.usage(cl, e.getMessage());
        }
        RecordOptions options = RecordOptions.defaults().withMaxRecordBytes(maxRecordBytes);
        if (skipMalformed) {
            options = options.skippingMalformed();
        }
        if (search) {
            SearchLogRequest request = validated(cl, () -> SearchLogRequest.builder().topicId(topic).queryString(query)
                    .querySyntax(0L).from(from).to(to).sort(order.value()).build());
            return new Plan(target, null, request, count == null ? Long.MAX_VALUE : count, options);
        }
        CreateExportRequest create = exportId != null ? null
                : validated(cl, () -> CreateExportRequest.builder().topicId(topic).query(query)
                        .count(count == null ? DEFAULT_EXPORT_COUNT : count).from(from).to(to).format(format).order(order)
                        .build());
        return new Plan(target, create, null, 0, options);
    }

    /**
     * {@code --slices-dir}: a range job; with {@code --out}, its slices' records merged in time order
     * into that one file, else the slices' files as served.
     */
    private Plan slicesPlan(CommandLine cl) {
        List<String> clash = new ArrayList<>();
        if (search) {
            clash.add("--search");
        }
        if (exportId != null) {
            clash.add("--export-id");
        }
        if (raw) {
            clash.add("--raw");
        }
        if (!clash.isEmpty()) {
            throw Converters.usage(cl, "--slices-dir and " + String.join(", ", clash) + " do not go together: --slices-dir"
                    + " exports a range as slices, and resumes by itself");
        }
        if (overwrite && out == null) {
            throw Converters.usage(cl, "--overwrite goes with --out: with --slices-dir alone, the slices' files are the"
                    + " job's own (a run again resumes them)");
        }
        if (query == null || from == null || to == null) {
            throw Converters.usage(cl, "Missing " + missing() + ": --query, --from and --to say what to export");
        }
        if (from >= to) {
            throw Converters.usage(cl, "--from (" + from + ") must be before --to (" + to + ")");
        }
        if (concurrency < 1 || concurrency > 20) {
            throw Converters.usage(cl, "Invalid value for option '--concurrency': '" + concurrency + "' (expected 1 to 20)");
        }
        if (maxRecordBytes < 1 || maxRecordBytes > RecordOptions.MAX_MAX_RECORD_BYTES) {
            throw Converters.usage(cl, "Invalid value for option '--max-record-bytes': '" + maxRecordBytes + "' (expected 1 to "
                    + RecordOptions.MAX_MAX_RECORD_BYTES + ")");
        }
        Path absolute = slicesDir.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw Converters.usage(cl, "Invalid value for option '--slices-dir': '" + slicesDir + "' is a file, not a directory");
        }
        if (!Files.isDirectory(absolute) && (absolute.getParent() == null || !Files.isDirectory(absolute.getParent()))) {
            throw Converters.usage(cl, "Invalid value for option '--slices-dir': '" + slicesDir + "': its parent directory "
                    + absolute.getParent() + " does not exist (it is not created for you)");
        }
        OutputTarget target = null;
        if (out != null) {
            try {
                target = OutputTarget.check(out, overwrite, "--out", "--overwrite");
            } catch (OutputTarget.Usage e) {
                throw Converters.usage(cl, e.getMessage());
            }
            if (target.path().getParent().equals(absolute.normalize())) {
                throw Converters.usage(cl, "Invalid value for option '--out': '" + out + "' is in --slices-dir; the job's"
                        + " directory holds its own files only: write the merged records elsewhere");
            }
        }
        RecordOptions options = RecordOptions.defaults().withMaxRecordBytes(maxRecordBytes);
        if (skipMalformed) {
            options = options.skippingMalformed();
        }
        CreateExportRequest create = validated(cl, () -> CreateExportRequest.builder().topicId(topic).query(query)
                .count(count == null ? RangeSlicer.MAX_LOGS_PER_EXPORT : count).from(from).to(to).format(format).order(order)
                .build());
        return new Plan(target, create, null, 0, options);
    }

    /**
     * The slices of a range, resumable from the manifest in the directory: each slice's file as
     * served, or, with {@code --out}, all their records merged in time order into that file.
     */
    private String slices(ClsExporter exporter, Plan plan, ProgressDisplay display) throws IOException {
        RangeJob job = exporter.rangeJob(plan.create(), slicesDir, timeout).concurrency(concurrency)
                .deleteExportsWhenDone(deleteExports).progressListener(display::onRange).build();
        try (CancelOnShutdown shutdown = new CancelOnShutdown(job::cancel, () -> "finished slices are kept: run the same"
                + " command again to resume (its state: " + job.directory().resolve(RangeJob.MANIFEST) + ")", display)) {
            if (plan.target() != null) {
                plan.target().removeLeftoverTemporaryFiles();
                try (RangeRecords records = job.records(plan.options())) {
                    long written = write(records, records::recordCount, plan.target(), shutdown, null);
                    return "wrote " + counted(written, "record") + " to " + plan.target().path() + " in time order ("
                            + (records.descending() ? "desc" : "asc") + ") from the slices in " + job.directory()
                            + (records.skippedCount() > 0 ? " (skipped " + counted(records.skippedCount(), "malformed line") + ")" : "")
                            + (deleteExports ? " (" + deleted(records.result()).substring(2) + ")" : "");
                }
            }
            RangeResult result = job.run();
            long bytes = result.slices().stream().mapToLong(RangeResult.SliceFile::bytes).sum();
            return "wrote " + counted(result.slices().size(), "slice") + " (" + counted(bytes, "byte") + ") to "
                    + job.directory() + "; index " + result.index() + " (" + counted(result.exportsCreated(), "export") + " created by this run" + deleted(result) + ")";
        }
    }

    /** {@code "; deleted 4 export tasks"} with {@code --delete-exports}, each task not deleted a warning line on stderr. */
    private String deleted(RangeResult result) {
        if (!deleteExports) {
            return "";
        }
        for (String failure : result.deleteFailures()) {
            stderr.println("cls-export: warning: export task not deleted: " + failure);
        }
        return "; deleted " + counted(result.exportsDeleted(), "export task")
                + (result.deleteFailures().isEmpty() ? "" : ", " + result.deleteFailures().size() + " not (see above)");
    }

    /** {@code "1 record"}, {@code "4 records"}: a count and its noun, in the plural unless the count is one. */
    static String counted(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private String missing() {
        List<String> names = new ArrayList<>();
        if (query == null) {
            names.add("--query");
        }
        if (from == null) {
            names.add("--from");
        }
        if (to == null) {
            names.add("--to");
        }
        return String.join(", ", names);
    }

    /** The request as the SDK checks it; a rule it breaks is a usage error naming the option and what was typed. */
    private <T> T validated(CommandLine cl, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (ValidationException e) {
            Violation v = e.violations().get(0);
            String option = OPTION_OF_FIELD.getOrDefault(v.field(), v.field());
            Object typed = v.field().equals("Count") ? count : v.rejectedValue();
            throw Converters.usage(cl, "Invalid value for option '" + option + "': '" + typed + "' (" + v.requirement() + ")");
        }
    }

    private static final Map<String, String> OPTION_OF_FIELD = Map.of("TopicId", "--topic", "Query", "--query",
            "QueryString", "--query", "Count", "--count", "From", "--from", "To", "--to", "Order", "--order", "Sort", "--order",
            "Format", "--format");

    private String export(ClsExporter exporter, Plan plan, ProgressDisplay display) throws IOException {
        ExportJob job;
        if (exportId != null) {
            stdout.println("ExportId " + exportId);
            stdout.flush();
            job = exporter.existingJob(topic, exportId, timeout);
        } else {
            job = exporter.newJob(plan.create(), timeout);
        }
        try (CancelOnShutdown shutdown = new CancelOnShutdown(job::cancel, () -> resumeHint(job.exportId().orElse(null)),
                display)) {
            if (raw) {
                DownloadResult result = job.downloadTo(plan.target().path());
                return "wrote " + counted(result.bytes(), "byte") + " to " + result.path();
            }
            try (ExportRecords records = job.records(plan.options())) {
                long written = write(records, records::recordCount, plan.target(), shutdown, job.exportId().orElse(null));
                return "wrote " + counted(written, "record") + " to " + plan.target().path()
                        + (records.skippedCount() > 0 ? " (skipped " + counted(records.skippedCount(), "malformed line") + ")" : "");
            }
        }
    }

    private String search(ClsExporter exporter, Plan plan, ProgressDisplay display) throws IOException {
        try (SearchRecords records = exporter.search(plan.search(), plan.maxRecords(), timeout);
                CancelOnShutdown shutdown = new CancelOnShutdown(records::cancel,
                        () -> "a search has nothing to resume: run the same command again", display)) {
            display.searched(0);
            Iterator<LogRecord> counted = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public LogRecord next() {
                    LogRecord r = records.next();
                    if (records.recordCount() % 100 == 0) {
                        display.searched(records.recordCount());
                    }
                    return r;
                }
            };
            long written = write(counted, records::recordCount, plan.target(), shutdown, null);
            display.searchDone(written);
            return "wrote " + counted(written, "record") + " to " + plan.target().path();
        }
    }

    /** Writes the records to a {@code .part} file, renamed onto the target once complete; the records written. */
    private long write(Iterator<LogRecord> records, LongSupplier count, OutputTarget target, CancelOnShutdown shutdown,
            String job) throws IOException {
        Path temp = target.newTemporaryFile();
        shutdown.temporaryFile(temp);
        try {
            try (OutputStream file = Files.newOutputStream(temp);
                    RecordWriter writer = format == Format.CSV ? RecordWriter.csv(file) : RecordWriter.json(file)) {
                while (records.hasNext()) {
                    writer.write(records.next());
                }
            }
            target.commit(temp);
            return count.getAsLong();
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                // The shutdown hook interrupted a write (the file channel closed itself): a cancel, not a disk error.
                throw new ExportCancelledException(job, "cls-export cancelled while writing " + target.path(), e);
            }
            throw e;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** How to take up an export where this run stopped: the same command with {@code --export-id}. */
    private String resumeHint(String id) {
        if (id == null) {
            return "no export task was reported yet: run the same command again";
        }
        List<String> args = new ArrayList<>(List.of("cls-export", "--topic", topic, "--export-id", id, "--out", out.toString()));
        if (format == Format.CSV) {
            args.addAll(List.of("--format", "csv"));
        }
        if (raw) {
            args.add("--raw");
        }
        if (region != null) {
            args.addAll(List.of("--region", region));
        }
        if (endpointUrl != null) {
            args.addAll(List.of("--endpoint-url", endpointUrl));
        }
        return "the export task goes on in CLS; resume with --export-id " + id + ": "
                + String.join(" ", args.stream().map(ClsExportCommand::shellQuoted).toList());
    }

    private static String shellQuoted(String s) {
        return SAFE_FOR_SHELL.matcher(s).matches() ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /**
     * Ctrl-C and SIGTERM: the JVM runs its shutdown hooks and then halts, whether the command's
     * {@code finally} blocks have run or not (they had not, in 7 runs of 10, and a {@code .part} file
     * was left). So the hook cancels the work (which aborts its call in progress and deletes the
     * library's temporary file), interrupts the command's thread (a DescribeExports in flight, a
     * write), waits for that thread to clean up, {@value #CLEANUP_WAIT_SECONDS} s at most, deletes the
     * command's own temporary file if it is still there, and says on stderr how to go on. The exit
     * code stays the JVM's: 130 for SIGINT, 143 for SIGTERM.
     */
    private final class CancelOnShutdown implements AutoCloseable {
        private static final int CLEANUP_WAIT_SECONDS = 5;

        private final Runnable cancel;
        private final java.util.function.Supplier<String> hint;
        private final ProgressDisplay display;
        private final Thread worker = Thread.currentThread();
        private final CountDownLatch cleanedUp = new CountDownLatch(1);
        private final Thread hook = new Thread(this::stop, "cls-export-cancel");
        private volatile Path temporaryFile;

        CancelOnShutdown(Runnable cancel, java.util.function.Supplier<String> hint, ProgressDisplay display) {
            this.cancel = cancel;
            this.hint = hint;
            this.display = display;
            Runtime.getRuntime().addShutdownHook(hook);
        }

        /** The command's own temporary file, deleted by the hook if the command's thread has not. */
        void temporaryFile(Path file) {
            temporaryFile = file;
        }

        private void stop() {
            stopping = true;
            cancel.run();
            worker.interrupt();
            try {
                cleanedUp.await(CLEANUP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the JVM halts next anyway
            }
            Path file = temporaryFile;
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException | RuntimeException ignored) {
                    // nothing more can be done while the JVM halts
                }
            }
            if (display != null) {
                display.interrupt();
            }
            stderr.println("cls-export: stopped, " + (slicesDir != null ? "finished slices kept in " + slicesDir
                    + (out != null ? ", nothing written to " + out : "") : "nothing written to " + out) + "; " + hint.get());
            stderr.flush();
        }

        /** The work is over, its files renamed or deleted: nothing left for a hook to do. */
        @Override
        public void close() {
            cleanedUp.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it finds the work cleaned up and says how to go on
            }
        }
    }

    /** No credentials, said for someone at a command line: options and environment variables. */
    static String noCredentials(CredentialsException e) {
        return "no Tencent Cloud credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (and"
                + " TENCENTCLOUD_SESSION_TOKEN for temporary ones), or pass --secret-id and --secret-key, or write"
                + " ~/.tencentcloud/credentials (looked in: " + String.join("; ", e.searched()) + ")";
    }

    /** A failure as one line: the message's lines joined, no stack trace. */
    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (!(e instanceof SdkException) && !(e instanceof IOException) && !(e instanceof CommandLine.ParameterException)) {
            message = e.getClass().getSimpleName() + ": " + message;
        }
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    /**
     * Whether stderr, where the progress goes, is a terminal, and how wide (JLine, asked about stderr:
     * {@code cls-export ... > ids.txt} still shows the live display); a pipe or CI log is not.
     */
    record Terminal(boolean interactive, int width) {
        static Terminal detect(Boolean override) {
            if (override != null) {
                return new Terminal(override, 80);
            }
            try (org.jline.terminal.Terminal t = org.jline.terminal.TerminalBuilder.builder().system(true)
                    .systemOutput(org.jline.terminal.TerminalBuilder.SystemOutput.SysErr).dumb(true).build()) {
                boolean dumb = t.getType() == null || t.getType().startsWith(org.jline.terminal.Terminal.TYPE_DUMB);
                int columns = t.getSize().getColumns();
                return new Terminal(!dumb, columns > 0 ? columns : 80);
            } catch (IOException | RuntimeException | LinkageError e) {
                return new Terminal(false, 80); // not known to be a terminal: plain lines are safe anywhere
            }
        }
    }
}
