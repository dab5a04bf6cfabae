package dev.clssdk.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.codegen.model.ErrorCodeModel;
import dev.clssdk.codegen.model.PaginatorModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.openapi.SpecParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Completing an import: the service's error codes, paginators by the documented rule, and the overlay. */
class ImportCompletionTest {
    private static final Set<String> EXPORT_ACTIONS = Set.of("CreateExport", "DescribeExports", "DeleteExport");

    private static String imported(Set<String> actions) {
        return TencentImporter.importActions(TencentFixtures.model(), TencentFixtures.examples(), actions, 4).yaml();
    }

    private static TencentErrorCodes clsCodes() throws IOException {
        try (InputStream in = ImportCompletionTest.class.getResourceAsStream("/importer/tencent/error-codes-cls.json")) {
            return TencentErrorCodes.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theCataloguesCodesBecomeTheServicesErrorCodes() throws IOException {
        ImportCompletion.Completed completed = ImportCompletion.complete(imported(EXPORT_ACTIONS), TencentFixtures.model(),
                EXPORT_ACTIONS, clsCodes(), null);
        ServiceModel model = SpecParser.read(completed.yaml(), null);
        assertThat(model.errorCodes()).extracting(ErrorCodeModel::code)
                .contains("LimitExceeded.Export", "ResourceNotFound.TopicNotExist", "FailedOperation.TopicClosed");
        // 121 codes in the catalogue; those already common are not repeated
        assertThat(model.errorCodes().size()).isGreaterThanOrEqualTo(121);
        assertThat(completed.report().serviceErrors()).isPositive();
        assertThat(model.errorCodes()).filteredOn(e -> e.code().equals("LimitExceeded.Export"))
                .singleElement().satisfies(e -> assertThat(e.common()).isFalse());
    }

    @Test
    void offsetLimitActionsWithATotalAndOneListGetAPaginatorAndContextActionsACursorOne() {
        Set<String> all = TencentFixtures.model().actions().keySet();
        ImportCompletion.Completed completed = ImportCompletion.complete(imported(Set.of()), TencentFixtures.model(),
                all, null, null);
        assertThat(completed.report().paginators()).contains("DescribeExports", "DescribeTopics", "DescribeMachineGroups",
                "SearchLog", "GetAlarmLog");
        assertThat(completed.report().cursorsByToken()).containsExactly(java.util.Map.entry("Context", 2));
        assertThat(completed.report().notPaginated()).noneSatisfy(line -> assertThat(line).startsWith("SearchLog:"));
        ServiceModel model = SpecParser.read(completed.yaml(), null);
        assertThat(model.paginators()).hasSameSizeAs(completed.report().paginators());
        PaginatorModel searchLog = model.paginator("SearchLog").orElseThrow();
        assertThat(searchLog.items()).isEqualTo("Results");
        assertThat(searchLog.cursor()).contains(new PaginatorModel.Cursor("Context", "Context", java.util.Optional.of("ListOver")));
    }

    @Test
    void cursorActionsThatBreakTheRuleAreListedWithTheReason() throws IOException {
        TencentModel model = TencentModel.parse("""
                {"metadata": {"serviceShortName": "fix", "apiVersion": "2024-01-01", "serviceNameCN": "Fixture", "api_brief": "A fixture."},
                 "actions": {
                  "ListA": {"name": "ListA", "document": "d", "input": "ListARequest", "output": "ListAResponse", "status": "online"},
                  "ListB": {"name": "ListB", "document": "d", "input": "ListBRequest", "output": "ListBResponse", "status": "online"},
                  "ListC": {"name": "ListC", "document": "d", "input": "ListCRequest", "output": "ListCResponse", "status": "online"},
                  "ListD": {"name": "ListD", "document": "d", "input": "ListDRequest", "output": "ListDResponse", "status": "online"}},
                 "objects": {
                  "ListARequest": {"document": "d", "type": "object", "members": [
                    {"name": "Marker", "type": "string", "member": "string", "document": "d"}]},
                  "ListAResponse": {"document": "d", "type": "object", "members": [
                    {"name": "NextMarker", "type": "string", "member": "string", "document": "d"},
                    {"name": "Things", "type": "list", "member": "Thing", "document": "d"}]},
                  "ListBRequest": {"document": "d", "type": "object", "members": [
                    {"name": "NextToken", "type": "string", "member": "string", "document": "d", "required": true}]},
                  "ListBResponse": {"document": "d", "type": "object", "members": [
                    {"name": "NextToken", "type": "string", "member": "string", "document": "d"},
                    {"name": "Things", "type": "list", "member": "Thing", "document": "d"}]},
                  "ListCRequest": {"document": "d", "type": "object", "members": [
                    {"name": "Cursor", "type": "string", "member": "string", "document": "d"}]},
                  "ListCResponse": {"document": "d", "type": "object", "members": [
                    {"name": "Things", "type": "list", "member": "Thing", "document": "d"}]},
                  "ListDRequest": {"document": "d", "type": "object", "members": [
                    {"name": "ScrollToken", "type": "string", "member": "string", "document": "d"}]},
                  "ListDResponse": {"document": "d", "type": "object", "members": [
                    {"name": "ScrollToken", "type": "string", "member": "string", "document": "d"},
                    {"name": "Things", "type": "list", "member": "Thing", "document": "d"},
                    {"name": "Others", "type": "list", "member": "Thing", "document": "d"}]},
                  "Thing": {"document": "d", "type": "object", "members": [
                    {"name": "Name", "type": "string", "member": "string", "document": "d"}]}}}
                """);
        String imported = TencentImporter.importActions(model, TencentExamples.none(), Set.of(), 1).yaml();

        ImportCompletion.Completed completed = ImportCompletion.complete(imported, model, model.actions().keySet(), null, null);

        assertThat(completed.report().paginators()).containsExactly("ListA");
        assertThat(completed.report().cursorsByToken()).containsExactly(java.util.Map.entry("Marker", 1));
        assertThat(completed.report().notPaginated()).containsExactly(
                "ListB: pages with a NextToken cursor but its NextToken is required (the first page is asked for without one)",
                "ListC: pages with a Cursor cursor but its output hands back no Cursor (nor NextCursor)",
                "ListD: pages with a ScrollToken cursor but its output has 2 lists of objects (Things, Others) and none is named Results");
        PaginatorModel listA = SpecParser.read(completed.yaml(), null).paginator("ListA").orElseThrow();
        assertThat(listA.cursor()).contains(new PaginatorModel.Cursor("Marker", "NextMarker", java.util.Optional.empty()));
    }

    @Test
    void anActionWhosePagingMembersTencentMarksDisabledIsListedNotPaginated() throws IOException {
        TencentModel model = TencentModel.parse("""
                {"metadata": {"serviceShortName": "fix", "apiVersion": "2024-01-01", "serviceNameCN": "Fixture", "api_brief": "A fixture."},
                 "actions": {"ListThings": {"name": "ListThings", "document": "Lists.", "input": "ListThingsRequest",
                                            "output": "ListThingsResponse", "status": "online"}},
                 "objects": {
                  "ListThingsRequest": {"document": "In.", "type": "object", "members": [
                    {"name": "Offset", "type": "int", "member": "int64", "document": "Deprecated: use ScrollToken.", "disabled": true},
                    {"name": "Limit", "type": "int", "member": "int64", "document": "Page size."}]},
                  "ListThingsResponse": {"document": "Out.", "type": "object", "members": [
                    {"name": "TotalCount", "type": "int", "member": "int64", "document": "Total."},
                    {"name": "Things", "type": "list", "member": "Thing", "document": "Things."},
                    {"name": "RequestId", "type": "string", "member": "string", "document": "Id.", "output_required": true}]},
                  "Thing": {"document": "A thing.", "type": "object", "members": [
                    {"name": "Name", "type": "string", "member": "string", "document": "Name."}]}}}
                """);
        String imported = TencentImporter.importActions(model, TencentExamples.none(), Set.of(), 1).yaml();

        ImportCompletion.Completed completed = ImportCompletion.complete(imported, model, Set.of("ListThings"), null, null);

        assertThat(completed.report().paginators()).doesNotContain("ListThings");
        assertThat(completed.report().notPaginated()).contains("ListThings: its Offset is deprecated (Tencent marks it disabled)");
    }

    @Test
    void theOverlayMergesIntoTheImportAndHasTheLastWord() {
        String overlay = """
                paths:
                  /#CreateExport:
                    post:
                      x-tc-idempotent: false
                      x-tc-rate-limit: 20
                components:
                  schemas:
                    CreateExportRequest:
                      properties:
                        Count:
                          minimum: 1
                          maximum: 50000000
                        Order:
                          $replace:
                            allOf:
                              - $ref: '#/components/schemas/Order'
                            default: desc
                    Order:
                      $new:
                        type: string
                        enum: [asc, desc]
                """;
        String merged = ImportCompletion.complete(imported(EXPORT_ACTIONS), TencentFixtures.model(), EXPORT_ACTIONS,
                null, Overlay.parse(overlay)).yaml();
        ServiceModel model = SpecParser.read(merged, null);
        assertThat(model.operations()).filteredOn(o -> o.action().equals("CreateExport")).singleElement()
                .satisfies(o -> assertThat(o.rateLimitPerSecond()).hasValue(20));
        assertThat(model.shape("CreateExportRequest").orElseThrow().members())
                .filteredOn(m -> m.wireName().equals("Count")).singleElement()
                .satisfies(m -> assertThat(m.constraints().maximum()).hasValue(50_000_000L));
        assertThat(model.enumType("Order")).isPresent();
    }

    @Test
    void anOverlayEntryThatNoLongerMatchesTheModelIsAnErrorNamingItsPointer() {
        String spec = imported(EXPORT_ACTIONS);
        for (String[] broken : List.of(
                new String[] {"paths:\n  /#DropExport:\n    post:\n      x-tc-rate-limit: 5\n", "/paths/~1#DropExport"},
                new String[] {"components:\n  schemas:\n    NoSuchShape:\n      description: x\n", "/components/schemas/NoSuchShape"},
                new String[] {"components:\n  schemas:\n    CreateExportRequest:\n      properties:\n        Colour:\n          maxLength: 3\n",
                        "/components/schemas/CreateExportRequest/properties/Colour"},
                new String[] {"components:\n  schemas:\n    ExportInfo:\n      $new:\n        type: object\n", "/components/schemas/ExportInfo"},
                new String[] {"components:\n  schemas:\n    Gone:\n      $delete: true\n", "/components/schemas/Gone"})) {
            assertThatThrownBy(() -> Overlay.parse(broken[0]).applyTo(spec))
                    .as(broken[0]).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(broken[1]);
        }
    }
}
