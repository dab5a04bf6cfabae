package dev.clssdk.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.codegen.diff.Change;
import dev.clssdk.codegen.diff.ChangeKind;
import dev.clssdk.codegen.diff.DiffReport;
import dev.clssdk.codegen.diff.SpecDiff;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import dev.clssdk.codegen.openapi.SpecParser;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three export actions imported from Tencent's model, against our hand-written current revision. */
class ImportExportActionsTest {

    private static final List<String> ACTIONS = List.of("CreateExport", "DescribeExports", "DeleteExport");

    private static ImportResult result;
    private static ServiceModel imported;

    @BeforeAll
    static void importExportActions() {
        result = TencentImporter.importActions(TencentFixtures.model(), TencentFixtures.examples(), ACTIONS, 2);
        imported = SpecParser.read(result.yaml(), null);
    }

    @Test
    void theGeneratorReadsTheImportedSpec() {
        assertThat(imported.service()).isEqualTo("cls");
        assertThat(imported.apiVersion()).isEqualTo("2020-10-16");
        assertThat(imported.specRevision()).isEqualTo(2);
        assertThat(imported.defaultHost()).isEqualTo("cls.tencentcloudapi.com");
        assertThat(imported.operations()).extracting(op -> op.action())
                .containsExactly("CreateExport", "DeleteExport", "DescribeExports");
        assertThat(result.actions()).isEqualTo(3);
    }

    @Test
    void typesBecomeInt64ListsAndReferences() {
        ShapeModel request = imported.shape("CreateExportRequest").orElseThrow();
        assertThat(request.member("Count").type()).isEqualTo(new TypeRef.Scalar(TypeRef.ScalarKind.INT64));   // uint64
        assertThat(request.member("From").type()).isEqualTo(new TypeRef.Scalar(TypeRef.ScalarKind.INT64));    // int64
        assertThat(request.member("DerivedFields").type())
                .isEqualTo(new TypeRef.ListOf(new TypeRef.Scalar(TypeRef.ScalarKind.STRING)));
        assertThat(imported.shape("DescribeExportsResponse").orElseThrow().member("Exports").type())
                .isEqualTo(new TypeRef.ListOf(new TypeRef.ShapeType("ExportInfo")));
    }

    @Test
    void requiredFlagsFollowTheDirectionOfTheShape() {
        assertThat(imported.shape("CreateExportRequest").orElseThrow().members())
                .filteredOn(MemberModel::required).extracting(MemberModel::wireName)
                .containsExactly("TopicId", "Count", "Query", "From", "To");
        // ExportInfo is only received: output_required decides, so the later additions stay optional.
        assertThat(imported.shape("ExportInfo").orElseThrow().members())
                .filteredOn(m -> !m.required()).extracting(MemberModel::wireName)
                .containsExactly("DerivedFields", "CreateTimestamp");
    }

    @Test
    void descriptionsAndExamplesAreCarriedOver() {
        assertThat(imported.shape("ExportInfo").orElseThrow().member("FileSize").description())
                .isEqualTo("日志文件大小\n单位：Byte");
        assertThat(result.yaml())
                .contains("example: ee20bb16-3025-4048-b81a-dd436373062e")
                .contains("ExportId: 57196a6a-7622-47be-bc92-d2ebea959a0f")   // the response example of examples.json
                .doesNotContain("<p>");
    }

    @Test
    void membersWithConstraintsOnlyInProseAreListedNotGuessed() {
        assertThat(result.hints()).extracting(ProseHint::path, ProseHint::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CreateExportRequest.Count", "limit"),
                org.assertj.core.groups.Tuple.tuple("CreateExportRequest.Format", "enum+default"),
                org.assertj.core.groups.Tuple.tuple("CreateExportRequest.Order", "enum+default"),
                org.assertj.core.groups.Tuple.tuple("CreateExportRequest.SyntaxRule", "enum+default"),
                org.assertj.core.groups.Tuple.tuple("DescribeExportsRequest.Limit", "limit+default"),
                org.assertj.core.groups.Tuple.tuple("DescribeExportsRequest.Offset", "default"),
                org.assertj.core.groups.Tuple.tuple("ExportInfo.Status", "enum"),
                org.assertj.core.groups.Tuple.tuple("ExportInfo.SyntaxRule", "enum+default"));
        ShapeModel request = imported.shape("CreateExportRequest").orElseThrow();
        // Count is a uint64: non-negative by rule, its prose limit (50 million) is not guessed.
        assertThat(request.member("Count").constraints().minimum()).hasValue(0);
        assertThat(request.member("Count").constraints().maximum()).isEmpty();
        assertThat(request.member("Count").defaultValue()).isEmpty();
        assertThat(imported.enums()).isEmpty();
    }

    /**
     * The import agrees with our current revision on every action, member, type and list; what
     * differs is what we added by hand (bounds, defaults, enums, errors, rate limits, idempotency of
     * DeleteExport, sensitivity, the From/To rule), what Tencent states and we did not (fields always
     * present in answers, uint64 members non-negative) and the wording of descriptions.
     */
    @Test
    void diffAgainstTheCurrentRevisionShowsOnlyTheHandAddedKnowledge() throws IOException {
        DiffReport diff = SpecDiff.compare(SpecParser.model("classpath:cls/cls-2020-10-16-r2.yaml"), imported);

        Set<ChangeKind> kinds = new TreeSet<>(diff.changes().stream().map(Change::kind).toList());
        assertThat(kinds).containsExactlyInAnyOrder(
                ChangeKind.ERROR_REMOVED, ChangeKind.ERROR_REMOVED_FROM_ACTION, ChangeKind.ACTION_RATE_LIMIT_CHANGED,
                ChangeKind.ACTION_IDEMPOTENCY_CHANGED, ChangeKind.FIELD_TYPE_CHANGED, ChangeKind.ENUM_REMOVED,
                ChangeKind.CONSTRAINT_LOOSENED, ChangeKind.DEFAULT_REMOVED, ChangeKind.FIELD_VIOLATION_CODES_CHANGED,
                ChangeKind.RULE_REMOVED, ChangeKind.FIELD_BECAME_REQUIRED, ChangeKind.FIELD_SENSITIVITY_CHANGED,
                ChangeKind.CONSTRAINT_TIGHTENED, ChangeKind.DOCUMENTATION_CHANGED);
        // The uint64 rule: members of answers that r2 left unbounded are now at least 0.
        assertThat(diff.changes()).filteredOn(c -> c.kind() == ChangeKind.CONSTRAINT_TIGHTENED)
                .allSatisfy(c -> assertThat(c.detail()).startsWith("minimum none -> 0"))
                .allSatisfy(c -> assertThat(c.breaking()).isFalse());
        assertThat(diff.changes()).filteredOn(c -> c.kind() == ChangeKind.FIELD_TYPE_CHANGED)
                .allSatisfy(c -> assertThat(c.detail()).matches("type enum \\w+ -> string .*"));
        assertThat(diff.changes()).filteredOn(c -> c.kind() == ChangeKind.ACTION_IDEMPOTENCY_CHANGED)
                .extracting(Change::path).containsExactly("DeleteExport", "DescribeExports");
        assertThat(diff.changes()).filteredOn(c -> c.kind() == ChangeKind.FIELD_BECAME_REQUIRED)
                .allSatisfy(c -> assertThat(c.breaking()).isFalse());
    }

    @Test
    void anUnknownActionIsRefused() {
        assertThatThrownBy(() -> TencentImporter.importActions(TencentFixtures.model(), TencentExamples.none(),
                List.of("CreateExportt"), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CreateExportt");
    }
}
