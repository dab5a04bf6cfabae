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
import dev.clssdk.cls.export.RecordOptions;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.model.Format;
import dev.clssdk.cls.model.Order;
import dev.clssdk.core.SdkException;
import dev.clssdk.core.auth.CredentialsProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cls-export}: exports a CLS log topic's logs matching a query to a local file. Prints the
 * {@code ExportId} first (stdout), shows progress on stderr (a bar on a terminal, plain lines
 * otherwise), exits 0 on success, 1 with one line on stderr on failure, 2 on bad usage.
 */
@Command(name = "cls-export", mixinStandardHelpOptions = true, version = "cls-export 0.3.0",
        description = "Export logs from a CLS log topic to a local file (JSON lines or CSV), with progress.",
        sortOptions = false)
public final class ClsExportCommand implements Callable<Integer> {

    @Option(names = "--topic", required = true, description = "The log topic (TopicId).")
    String topic;

    @Option(names = "--query", description = "The search query (required unless --export-id).")
    String query;

    @Option(names = "--from", description = "Start time: epoch milliseconds or ISO-8601 (2024-01-01T00:00:00Z).")
    String from;

    @Option(names = "--to", description = "End time: epoch milliseconds or ISO-8601.")
    String to;

    @Option(names = "--format", defaultValue = "json", description = "json or csv (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", required = true, description = "Where to write the logs (replaced only once complete).")
    Path out;

    @Option(names = "--count", defaultValue = "1000000", description = "At most this many logs (default ${DEFAULT-VALUE}).")
    long count;

    @Option(names = "--order", defaultValue = "desc", description = "asc or desc by time (default ${DEFAULT-VALUE}).")
    String order;

    @Option(names = "--export-id", description = "Resume: wait for and download this existing task instead of creating one.")
    String exportId;

    @Option(names = "--raw", description = "Save the export file as COS serves it (.tar.gz) instead of its records.")
    boolean raw;

    @Option(names = "--skip-malformed", description = "Skip (and count) lines that are not records instead of failing.")
    boolean skipMalformed;

    @Option(names = "--max-record-bytes", description = "The longest record (JSON line or CSV row) read, in bytes"
            + " (default ${DEFAULT-VALUE}, 4 MiB: what parses in a 64 MiB heap; raise it with -Xmx).")
    int maxRecordBytes = RecordOptions.DEFAULT_MAX_RECORD_BYTES;

    @Option(names = "--timeout", defaultValue = "PT1H", description = "Deadline for the whole job, ISO-8601 or e.g. 30m, 90s (default 1h).",
            converter = DurationConverter.class)
    Duration timeout;

    @Option(names = "--region", description = "The region, e.g. ap-guangzhou.")
    String region;

    @Option(names = "--endpoint-url", description = "The API endpoint (for tests and proxies), e.g. http://127.0.0.1:8080.")
    String endpointUrl;

    @Option(names = "--allow-http-loopback-for-tests", hidden = true)
    boolean allowHttpLoopback;

    private final PrintStream stdout;
    private final PrintStream stderr;
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

    static int run(String[] args, ClsExportCommand command) {
        CommandLine cli = new CommandLine(command);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            command.stderr.println("cls-export: error: " + oneLine(e));
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        Format fmt = Format.fromValue(format.toLowerCase(Locale.ROOT));
        if (fmt != Format.JSON && fmt != Format.CSV) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--format must be json or csv: " + format);
        }
        if (maxRecordBytes < 1 || maxRecordBytes > RecordOptions.MAX_MAX_RECORD_BYTES) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--max-record-bytes must be 1.." + RecordOptions.MAX_MAX_RECORD_BYTES + ": " + maxRecordBytes);
        }
        Terminal term = Terminal.detect(terminalOverride);
        ProgressDisplay display = new ProgressDisplay(stderr, term.interactive(), term.width());
        ClsClient.Builder builder = ClsClient.builder().credentials(CredentialsProvider.defaultChain());
        if (region != null) {
            builder.region(region);
        }
        if (endpointUrl != null) {
            builder.endpointUrl(endpointUrl);
        }
        try (ClsClient client = builder.build()) {
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
            ExportJob job;
            if (exportId != null) {
                stdout.println("ExportId " + exportId);
                stdout.flush();
                job = exporter.existingJob(topic, exportId, timeout);
            } else {
                job = exporter.newJob(createRequest(fmt), timeout);
            }
            try (CancelOnShutdown shutdown = new CancelOnShutdown(job)) {
                String summary = raw ? saveRaw(job) : saveRecords(job, fmt, shutdown);
                stdout.println(summary);
                return 0;
            } catch (SdkException e) {
                display.interrupt();
                throw e;
            }
        }
    }

    private CreateExportRequest createRequest(Format fmt) {
        if (query == null || from == null || to == null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--query, --from and --to are required to create an export");
        }
        return CreateExportRequest.builder().topicId(topic).query(query).count(count)
                .from(time(from, "--from")).to(time(to, "--to")).format(fmt)
                .order(Order.fromValue(order.toLowerCase(Locale.ROOT))).build();
    }

    private long time(String text, String option) {
        try {
            if (text.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(text);
            }
            return text.endsWith("Z") ? Instant.parse(text).toEpochMilli() : OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (RuntimeException e) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    option + " must be epoch milliseconds or ISO-8601 (2024-01-01T00:00:00Z): " + text);
        }
    }

    private String saveRaw(ExportJob job) {
        DownloadResult result = job.downloadTo(out);
        return "wrote " + result.bytes() + " bytes to " + result.path();
    }

    private String saveRecords(ExportJob job, Format fmt, CancelOnShutdown shutdown) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
        shutdown.temporaryFile(temp);
        try {
            long written;
            long skipped;
            RecordOptions options = RecordOptions.defaults().withMaxRecordBytes(maxRecordBytes);
            try (ExportRecords records = job.records(skipMalformed ? options.skippingMalformed() : options);
                    OutputStream file = Files.newOutputStream(temp);
                    RecordWriter writer = fmt == Format.CSV ? RecordWriter.csv(file) : RecordWriter.json(file)) {
                while (records.hasNext()) {
                    LogRecord record = records.next();
                    writer.write(record);
                }
                written = records.recordCount();
                skipped = records.skippedCount();
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return "wrote " + written + " records to " + target + (skipped > 0 ? " (skipped " + skipped + " malformed lines)" : "");
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                // The shutdown hook interrupted a write (the file channel closed itself): a cancel, not a disk error.
                throw new ExportCancelledException(job.exportId().orElse(null), "cls-export cancelled while writing " + target, e);
            }
            throw e;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Ctrl-C and SIGTERM: the JVM runs its shutdown hooks and then halts, whether the command's
     * {@code finally} blocks have run or not (they had not, in 7 runs of 10, and a {@code .part} file
     * was left). So the hook cancels the job (which aborts its call in progress and deletes the
     * library's temporary file), interrupts the command's thread (a DescribeExports in flight, a
     * write), waits for that thread to clean up, {@value #CLEANUP_WAIT_SECONDS} s at most, and then
     * deletes the command's own temporary file if it is still there. The exit code stays the JVM's:
     * 130 for SIGINT, 143 for SIGTERM.
     */
    private static final class CancelOnShutdown implements AutoCloseable {
        private static final int CLEANUP_WAIT_SECONDS = 5;

        private final ExportJob job;
        private final Thread worker = Thread.currentThread();
        private final CountDownLatch cleanedUp = new CountDownLatch(1);
        private final Thread hook = new Thread(this::cancel, "cls-export-cancel");
        private volatile Path temporaryFile;

        CancelOnShutdown(ExportJob job) {
            this.job = job;
            Runtime.getRuntime().addShutdownHook(hook);
        }

        /** The command's own temporary file, deleted by the hook if the command's thread has not. */
        void temporaryFile(Path file) {
            temporaryFile = file;
        }

        private void cancel() {
            job.cancel();
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
        }

        /** The work is over, its files renamed or deleted: nothing left for a hook to do. */
        @Override
        public void close() {
            cleanedUp.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it finds the work cleaned up and returns
            }
        }
    }

    /** A failure as one line: the message's lines joined, no stack trace. */
    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (!(e instanceof SdkException) && !(e instanceof IOException)) {
            message = e.getClass().getSimpleName() + ": " + message;
        }
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    /** ISO-8601 ({@code PT30M}) or a number with {@code s}, {@code m}, {@code h}. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (v.startsWith("p")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new CommandLine.TypeConversionException("a duration such as 30m, 90s, 2h or PT30M: " + value);
            };
        }
    }

    /** Whether stderr is a terminal, and how wide (JLine); a pipe or CI log is not. */
    record Terminal(boolean interactive, int width) {
        static Terminal detect(Boolean override) {
            if (override != null) {
                return new Terminal(override, 80);
            }
            if (System.console() == null) {
                return new Terminal(false, 80);
            }
            try (org.jline.terminal.Terminal t = org.jline.terminal.TerminalBuilder.builder().system(true).dumb(true).build()) {
                boolean dumb = t.getType() == null || t.getType().startsWith(org.jline.terminal.Terminal.TYPE_DUMB);
                int columns = t.getSize().getColumns();
                return new Terminal(!dumb, columns > 0 ? columns : 80);
            } catch (IOException | RuntimeException | LinkageError e) {
                return new Terminal(true, 80);
            }
        }
    }
}
