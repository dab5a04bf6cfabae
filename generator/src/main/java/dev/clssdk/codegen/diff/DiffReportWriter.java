package dev.clssdk.codegen.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Renders a {@link DiffReport} for people (text) or tools (JSON). */
public final class DiffReportWriter {

    private DiffReportWriter() {}

    /**
     * The readable report: a verdict line, then breaking and compatible changes (with what may
     * still surprise callers), then documentation changes, listed only if asked for.
     */
    public static String text(DiffReport report, boolean listDocumentation) {
        StringBuilder out = new StringBuilder();
        List<Change> breaking = report.breakingChanges();
        List<Change> compatible = report.compatibleChanges();
        List<Change> docs = report.documentationChanges();
        long surprising = compatible.stream().filter(c -> c.surprise().isPresent()).count();
        out.append("Spec diff ").append(report.oldLabel()).append(" -> ").append(report.newLabel()).append('\n');
        out.append("Result: ").append(report.breaking() ? "BREAKING" : "COMPATIBLE")
                .append(" (").append(breaking.size()).append(" breaking, ")
                .append(compatible.size()).append(" compatible of which ").append(surprising)
                .append(" may surprise callers, ").append(docs.size()).append(" documentation)\n");
        section(out, "Breaking changes", breaking);
        section(out, "Compatible changes", compatible);
        if (listDocumentation) {
            section(out, "Documentation changes", docs);
        } else if (!docs.isEmpty()) {
            out.append("\nDocumentation changes: ").append(docs.size()).append(" (--docs lists them)\n");
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<Change> changes) {
        out.append('\n').append(title).append(':');
        if (changes.isEmpty()) {
            out.append(" none\n");
            return;
        }
        out.append('\n');
        for (Change change : changes) {
            out.append("  ").append(change.breaking() ? "! " : "+ ").append(change.kind()).append(' ')
                    .append(change.path()).append(": ").append(change.detail());
            if (change.breaking()) {
                out.append(" [sdk ").append(lower(change.sdk())).append(", wire ").append(lower(change.wire())).append(']');
            }
            out.append('\n');
            change.surprise().ifPresent(s -> out.append("      may surprise callers: ").append(s).append('\n'));
        }
    }

    private static String lower(Impact impact) {
        return impact.name().toLowerCase(Locale.ROOT);
    }

    /** Every change, documentation included, as a JSON object. */
    public static String json(DiffReport report) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("old", report.oldLabel());
            json.writeStringField("new", report.newLabel());
            json.writeBooleanField("breaking", report.breaking());
            json.writeNumberField("breakingCount", report.breakingChanges().size());
            json.writeNumberField("compatibleCount", report.compatibleChanges().size());
            json.writeNumberField("documentationCount", report.documentationChanges().size());
            json.writeArrayFieldStart("changes");
            for (Change change : report.changes()) {
                json.writeStartObject();
                json.writeStringField("kind", change.kind().name());
                json.writeStringField("path", change.path());
                json.writeBooleanField("breaking", change.breaking());
                json.writeStringField("sdk", change.sdk().name());
                json.writeStringField("wire", change.wire().name());
                json.writeStringField("detail", change.detail());
                if (change.surprise().isPresent()) {
                    json.writeStringField("surprise", change.surprise().get());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString() + "\n";
    }
}
