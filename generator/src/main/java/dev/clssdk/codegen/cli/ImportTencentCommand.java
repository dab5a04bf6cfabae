package dev.clssdk.codegen.cli;

import dev.clssdk.codegen.importer.ImportCompletion;
import dev.clssdk.codegen.importer.ImportException;
import dev.clssdk.codegen.importer.ImportResult;
import dev.clssdk.codegen.importer.ProseHint;
import dev.clssdk.codegen.importer.TencentImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code import-tencent --model api.json [--examples examples.json] [--actions A,B] --out spec.yaml}:
 * Tencent's published API model to our OpenAPI form, by {@link TencentImport}. Standard output
 * gets one summary line and the import's notes; the list of members whose constraints exist only in
 * prose, and of actions that look paged but get no paginator, goes to {@code --hints FILE}, or to
 * standard output with {@code --list-hints}.
 */
@Command(name = "import-tencent", mixinStandardHelpOptions = true,
        description = {"Turns Tencent's API model (tccli api.json) into a spec the generator accepts.",
                "Constraints stated only in prose are listed, not guessed."})
public final class ImportTencentCommand implements Callable<Integer> {

    private static final int EXIT_BAD_MODEL = 2;

    @Option(names = "--model", required = true, description = "Tencent's api.json.")
    Path modelFile;

    @Option(names = "--examples", description = "Tencent's examples.json (request and response examples).")
    Path examplesFile;

    @Option(names = "--actions", split = ",", description = "The actions to import, comma-separated. Default: all.")
    List<String> actions = List.of();

    @Option(names = "--revision", defaultValue = "1", description = "The x-tc-spec-revision to write. Default: ${DEFAULT-VALUE}.")
    int revision;

    @Option(names = "--out", required = true, description = "The spec file to write.")
    Path out;

    @Option(names = "--hints", description = {"Write the report of members whose constraints are only in prose, and of",
            "actions that look paged but get no paginator, to this file."})
    Path hintsFile;

    @Option(names = "--list-hints", description = "Print that report to standard output too (by default only its counts).")
    boolean listHints;

    @Option(names = "--error-codes", description = "Tencent's error-code catalogue (tencent-error-codes.json or .json.xz):"
            + " the service's codes become its error-code enum (info.x-tc-service-errors).")
    Path errorCodesFile;

    @Option(names = "--overlay", description = "A human-written overlay (see api-spec/README.md, \"Overlays\") applied last.")
    Path overlayFile;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        PrintWriter stdout = command.commandLine().getOut();
        TencentImport.Imported imported;
        try {
            imported = TencentImport.run(TencentImport.read(modelFile, examplesFile, errorCodesFile, overlayFile),
                    actions, revision);
        } catch (ImportException e) {
            command.commandLine().getErr().println("error: " + e.getMessage());
            return EXIT_BAD_MODEL;
        }
        ImportResult result = imported.imported();
        ImportCompletion.Report report = imported.report();
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Files.writeString(out, imported.yaml(), StandardCharsets.UTF_8);
        String hints = hintsText(result) + pagingText(report);
        if (hintsFile != null) {
            Files.writeString(hintsFile, hints, StandardCharsets.UTF_8);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        stdout.printf("import-tencent: %d actions, %d schemas, %d members with constraints only in prose%s,"
                        + " %d service error codes, %d paginators (%s; %d paged-looking actions not paginated)%s in %d ms -> %s%n",
                result.actions(), result.schemas(), result.hints().size(),
                hintsFile == null ? "" : " (listed in " + hintsFile + ")", report.serviceErrors(),
                report.paginators().size(), pagingKinds(report), report.notPaginated().size(),
                overlayFile == null ? "" : ", overlay " + overlayFile, millis, out);
        for (String note : result.notes()) {
            stdout.println("note: " + note);
        }
        if (listHints) {
            stdout.print(hints);
        } else if (hintsFile == null && (!result.hints().isEmpty() || !report.notPaginated().isEmpty())) {
            stdout.println("(--hints FILE writes the members with constraints only in prose and the actions not paginated,"
                    + " with the reasons; --list-hints prints them)");
        }
        stdout.flush();
        return 0;
    }

    /**
     * The paginators by kind, for a report line.
     *
     * @param report the import's report
     * @return for example {@code 28 Offset/Limit, 3 cursor: Context 2, NextToken 1}
     */
    public static String pagingKinds(ImportCompletion.Report report) {
        StringBuilder text = new StringBuilder().append(report.paginators().size() - report.cursors()).append(" Offset/Limit, ")
                .append(report.cursors()).append(" cursor");
        String separator = ": ";
        for (java.util.Map.Entry<String, Integer> kind : report.cursorsByToken().entrySet()) {
            text.append(separator).append(kind.getKey()).append(' ').append(kind.getValue());
            separator = ", ";
        }
        return text.toString();
    }

    private static String pagingText(ImportCompletion.Report report) {
        StringBuilder text = new StringBuilder("# Actions that look paged but get no paginator, and why\n");
        for (String line : report.notPaginated()) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    private static String hintsText(ImportResult result) {
        StringBuilder text = new StringBuilder("# Members whose description states a constraint the spec does not encode\n");
        text.append("# (kind: limit, enum, default). Add minimum/maximum/maxLength/enum/default by hand where it holds.\n");
        for (ProseHint hint : result.hints()) {
            text.append(hint.path()).append("\t").append(hint.kind()).append("\t").append(hint.excerpt()).append('\n');
        }
        return text.toString();
    }
}
