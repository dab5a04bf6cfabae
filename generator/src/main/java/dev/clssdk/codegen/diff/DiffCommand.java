package dev.clssdk.codegen.diff;

import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.openapi.SpecParser;
import dev.clssdk.codegen.spec.SpecException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diff OLD NEW}: what regenerating the SDK from NEW instead of OLD does to its callers.
 * Exit code 0 when every change is compatible, 1 when any is breaking, 2 when a spec is unusable.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two specs as the generator reads them and classifies every change as",
                "breaking or compatible, for callers of the generated SDK and for the wire.",
                "Exit code: 0 compatible, 1 breaking, 2 a spec cannot be read."})
public final class DiffCommand implements Callable<Integer> {

    /** Exit code when a breaking change is found. */
    public static final int EXIT_BREAKING = 1;

    private static final int EXIT_SPEC_ERROR = 2;

    /** The report formats. */
    public enum Format { text, json, markdown }

    @Parameters(index = "0", paramLabel = "OLD", description = "The old spec: a file or classpath:cls/<file>.")
    String oldSpec;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new spec: a file or classpath:cls/<file>.")
    String newSpec;

    @Option(names = "--format", description = "text, json, or markdown (a CHANGELOG entry). Default: ${DEFAULT-VALUE}.",
            defaultValue = "text")
    Format format;

    @Option(names = "--release", description = "The SDK version the markdown CHANGELOG entry is headed with.",
            defaultValue = "unreleased")
    String release;

    @Option(names = "--docs", description = "List documentation changes in the text report, not just count them.")
    boolean docs;

    @Option(names = "--report", description = "Also write the report (in --format) to this file.")
    Path report;

    @Option(names = "--summary", description = {"Print only a summary to standard output (the verdict, the breaking",
            "changes, the others counted by kind); the full report goes to --report."})
    boolean summary;

    @Option(names = "--properties", description = {
            "Write spec.diff.breaking=true|false to this file, for the build's japicmp gate."})
    Path properties;

    @Option(names = "--no-fail", description = "Exit 0 even when a change is breaking (the build reads --properties instead).")
    boolean noFail;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = command.commandLine().getErr();
        ServiceModel oldModel;
        ServiceModel newModel;
        try {
            oldModel = load(oldSpec);
            newModel = load(newSpec);
        } catch (UnreadableSpec e) {
            err.println("error: " + e.getMessage());
            return EXIT_SPEC_ERROR;
        }
        DiffReport diff = SpecDiff.compare(oldModel, newModel, label(oldSpec, oldModel), label(newSpec, newModel));
        String rendered = switch (format) {
            case json -> DiffReportWriter.json(diff);
            case markdown -> DiffReportWriter.changelogEntry(diff, release, newModel);
            case text -> DiffReportWriter.text(diff, docs);
        };
        command.commandLine().getOut().print(summary
                ? DiffReportWriter.summary(diff, report == null ? null : report.toString()) : rendered);
        command.commandLine().getOut().flush();
        if (report != null) {
            write(report, rendered);
        }
        if (properties != null) {
            Properties values = new Properties();
            values.setProperty("spec.diff.breaking", Boolean.toString(diff.breaking()));
            values.setProperty("spec.diff.compatible", Boolean.toString(!diff.breaking()));
            StringBuilder text = new StringBuilder();
            values.stringPropertyNames().stream().sorted()
                    .forEach(k -> text.append(k).append('=').append(values.getProperty(k)).append('\n'));
            write(properties, text.toString());
        }
        return diff.breaking() && !noFail ? EXIT_BREAKING : 0;
    }

    private static ServiceModel load(String location) throws UnreadableSpec {
        try {
            return SpecParser.model(location);
        } catch (SpecException e) {
            throw new UnreadableSpec("the spec " + location + " cannot be read: at " + e.pointer() + ": " + e.rule());
        } catch (IOException e) {
            throw new UnreadableSpec("the spec " + location + " cannot be read: " + e.getMessage());
        }
    }

    /** A spec that is missing or that the generator cannot use; exit code 2. */
    private static final class UnreadableSpec extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableSpec(String message) {
            super(message);
        }
    }

    static String label(String location, ServiceModel model) {
        return location + " (" + model.apiVersion() + " revision " + model.specRevision() + ")";
    }

    private static void write(Path file, String text) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
