package dev.clssdk.codegen.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.openapi.SpecParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled spec revisions: laid out as api-spec/README.md says, and the steps from 1 to 2 and 2 to 3 as intended. */
class RevisionsTest {

    private static final Path SPEC_DIR = Path.of("..", "api-spec", "src", "main", "resources", "cls");
    private static final Pattern FILE = Pattern.compile("cls-(\\d{4}-\\d{2}-\\d{2})(?:-r(\\d+))?\\.yaml");

    @Test
    void eachFileDeclaresTheRevisionItsNameCarries() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SPEC_DIR)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().endsWith(".overlay.yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            Matcher name = FILE.matcher(file.getFileName().toString());
            assertThat(name.matches()).as(file + " follows cls-<api-version>[-r<N>].yaml").isTrue();
            ServiceModel model = SpecParser.model(file.toString());
            assertThat(model.apiVersion()).as(file.toString()).isEqualTo(name.group(1));
            int revision = name.group(2) == null ? 1 : Integer.parseInt(name.group(2));
            assertThat(model.specRevision()).as(file.toString()).isEqualTo(revision);
        }
    }

    @Test
    void revisionTwoIsACompatibleStepFromRevisionOne() throws IOException {
        DiffReport report = SpecDiff.compare(SpecParser.model("classpath:cls/cls-2020-10-16.yaml"),
                SpecParser.model("classpath:cls/cls-2020-10-16-r2.yaml"));

        assertThat(report.breaking()).isFalse();
        assertThat(report.changes()).extracting(Change::kind, Change::path).containsExactly(
                tuple(ChangeKind.SPEC_REVISION_CHANGED, "service"),
                tuple(ChangeKind.ERROR_ADDED, "CreateExport error FailedOperation.TopicClosed"),
                tuple(ChangeKind.CONSTRAINT_LOOSENED, "CreateExportRequest.Count"),
                tuple(ChangeKind.FIELD_ADDED, "CreateExportRequest.DerivedFields"),
                tuple(ChangeKind.FIELD_ADDED, "CreateExportRequest.SyntaxRule"),
                tuple(ChangeKind.FIELD_ADDED, "ExportInfo.CreateTimestamp"),
                tuple(ChangeKind.FIELD_ADDED, "ExportInfo.DerivedFields"),
                tuple(ChangeKind.FIELD_ADDED, "ExportInfo.SyntaxRule"));
    }

    @Test
    void revisionThreeAddsOnlyThePaginatorAndTheWaiter() throws IOException {
        DiffReport report = SpecDiff.compare(SpecParser.model("classpath:cls/cls-2020-10-16-r2.yaml"),
                SpecParser.model("classpath:cls/cls-2020-10-16-r3.yaml"));

        assertThat(report.breaking()).isFalse();
        assertThat(report.changes()).filteredOn(c -> !c.documentationOnly()).extracting(Change::kind, Change::path)
                .containsExactly(
                        tuple(ChangeKind.SPEC_REVISION_CHANGED, "service"),
                        tuple(ChangeKind.PAGINATOR_ADDED, "paginator DescribeExports"),
                        tuple(ChangeKind.WAITER_ADDED, "waiter ExportCompleted"));
    }
}
