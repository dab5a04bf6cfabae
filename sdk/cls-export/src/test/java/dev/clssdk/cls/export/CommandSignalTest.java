package dev.clssdk.cls.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.cls.export.cli.ClsExportCommand;
import dev.clssdk.stub.ActionAnswer;
import dev.clssdk.stub.ContractStub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cls-export} stopped by a signal, in its own JVM, while it waits, downloads or writes: it
 * exits (143 for SIGTERM, 130 for Ctrl-C's SIGINT) and leaves no {@code .part} file, the command's
 * own (records) or the library's ({@code --raw}), and no output. Repeated, at several moments, to
 * catch the races between the shutdown hook and the work it cancels.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class CommandSignalTest {

    private static final String TOPIC = "ee20bb16-3025-4048-b81a-dd436373062e";
    private static final String EXPORT_ID = "4b9e6c9e-0000-4000-8000-000000000001";
    /** Some 200 KB, served 1 KB every 20 ms: four seconds of downloading to stop. */
    private static final byte[] FILE = Archives.tarGz("e.json", Archives.jsonLines(30_000));

    private final FakeCos cos = new FakeCos().file(FILE).otherwise(new FakeCos.Slow(1024, 20));
    /** CLS as far as {@code --export-id} needs it: the task is Completed, its file on {@link #cos}. */
    private final ContractStub cls = ContractStub.builder()
            .credentials("AKIDsignaltest", "signal-test-key")
            .topic(TOPIC)
            .behaviour("DescribeExports", call -> {
                ObjectNode output = new ObjectMapper().createObjectNode();
                output.put("TotalCount", 1);
                output.putArray("Exports").addObject()
                        .put("TopicId", TOPIC).put("ExportId", EXPORT_ID).put("Status", "Completed")
                        .put("Format", "json").put("Query", "*").put("Count", 30_000).put("From", 0).put("To", 1)
                        .put("FileName", "e.tar.gz").put("FileSize", FILE.length).put("CosPath", cos.url())
                        .put("CreateTime", "2020-12-09 15:31:47");
                return ActionAnswer.success(output);
            })
            .start();

    @TempDir
    Path dir;

    CommandSignalTest() throws Exception {
    }

    @AfterAll
    void stop() throws Exception {
        cls.close();
        cos.close();
    }

    private Process start(Path out, boolean raw) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + dir, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ClsExportCommand.class.getName(), "--topic", TOPIC, "--export-id", EXPORT_ID, "--out", out.toString(),
                "--endpoint-url", cls.url(), "--allow-http-loopback-for-tests"));
        if (raw) {
            command.add("--raw");
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("TENCENTCLOUD_"));
        builder.environment().put("TENCENTCLOUD_SECRET_ID", "AKIDsignaltest");
        builder.environment().put("TENCENTCLOUD_SECRET_KEY", "signal-test-key");
        return builder.redirectOutput(dir.resolve(out.getFileName() + ".stdout").toFile())
                .redirectError(dir.resolve(out.getFileName() + ".stderr").toFile()).start();
    }

    private List<Path> partFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    /** Starts the command, waits for its {@code .part} file (and then {@code afterMillis}), signals it; its exit code. */
    private int stopWhileWriting(Path out, boolean raw, long afterMillis, Runnable signal, Process[] started) throws Exception {
        Process process = start(out, raw);
        started[0] = process;
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partFiles().isEmpty()) {
                assertThat(process.isAlive()).as("still running before its .part file: %s",
                        Files.readAllLines(dir.resolve(out.getFileName() + ".stderr"))).isTrue();
                assertThat(System.nanoTime() - deadline).as("a .part file within 30 s").isNegative();
                Thread.sleep(5);
            }
            Thread.sleep(afterMillis);
            signal.run();
            return process.waitFor(20, TimeUnit.SECONDS) ? process.exitValue() : Integer.MIN_VALUE;
        } finally {
            process.destroyForcibly(); // whatever failed above, no process outlives the test
        }
    }

    @Test
    void sigtermWhileExportingExitsAndLeavesNoPartFileEveryTime() throws Exception {
        long[] after = {0, 40, 150, 400, 900};
        for (int run = 0; run < after.length; run++) {
            boolean raw = run % 2 == 1;
            Path out = dir.resolve("x" + run + (raw ? ".tar.gz" : ".jsonl"));
            Process[] process = new Process[1];
            int exit = stopWhileWriting(out, raw, after[run], () -> process[0].destroy(), process); // SIGTERM on Linux
            String what = (raw ? "--raw" : "records") + ", SIGTERM " + after[run] + " ms after the .part file";
            assertThat(exit).as("%s: exit code", what).isEqualTo(143);
            assertThat(partFiles()).as("%s: no .part file left", what).isEmpty();
            assertThat(out).as("%s: the output is not touched", what).doesNotExist();
            assertThat(Files.readAllLines(dir.resolve(out.getFileName() + ".stderr"))).as("%s: the last line says how to resume", what)
                    .last().asString().contains("resume with --export-id " + EXPORT_ID);
        }
    }

    @Test
    void ctrlCWhileExportingExits130AndLeavesNoPartFile() throws Exception {
        Path out = dir.resolve("interrupted.jsonl");
        Process[] process = new Process[1];
        int exit = stopWhileWriting(out, false, 200, () -> {
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(process[0].pid())).start().waitFor(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, process);
        Assumptions.assumeTrue(exit != Integer.MIN_VALUE, "SIGINT is ignored where this test runs (a background job)");
        assertThat(exit).isEqualTo(130);
        assertThat(partFiles()).isEmpty();
        assertThat(out).doesNotExist();
        List<String> stderr = Files.readAllLines(dir.resolve(out.getFileName() + ".stderr"));
        assertThat(stderr).last().asString().startsWith("cls-export: stopped, nothing written to " + out)
                .contains("resume with --export-id " + EXPORT_ID)
                .contains("cls-export --topic " + TOPIC + " --export-id " + EXPORT_ID + " --out " + out);
    }
}
