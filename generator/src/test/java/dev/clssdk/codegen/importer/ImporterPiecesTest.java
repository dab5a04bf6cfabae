package dev.clssdk.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.TypeRef;
import dev.clssdk.codegen.openapi.SpecParser;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImporterPiecesTest {

    private static final String TINY = """
            {"version": "1.0",
             "metadata": {"apiVersion": "2020-10-16", "serviceShortName": "demo", "serviceNameCN": "演示", "api_brief": ""},
             "actions": {
               "DescribeThings": {"name": "查询", "document": "<p>Lists things.</p>", "input": "DescribeThingsRequest",
                                  "output": "DescribeThingsResponse", "status": "online"},
               "DeleteThing": {"name": "删除", "document": "", "input": "DeleteThingRequest",
                               "output": "DeleteThingResponse", "status": "online"}},
             "objects": {
               "DescribeThingsRequest": {"document": "", "type": "object", "members": [
                 {"name": "Filters", "type": "list", "member": "Filter", "document": "过滤", "required": false, "example": "无"},
                 {"name": "Limit", "type": "int", "member": "uint64", "document": "默认值为20，最大值100", "required": false, "example": "20"}]},
               "DescribeThingsResponse": {"document": "", "type": "object", "members": [
                 {"name": "Filters", "type": "list", "member": "Filter", "document": "回显", "output_required": true,
                  "value_allowed_null": true, "example": "[]"},
                 {"name": "Ratio", "type": "float", "member": "float", "document": "比例", "output_required": false, "example": "0.5"},
                 {"name": "RequestId", "type": "string", "member": "string", "document": "ID"}]},
               "DeleteThingRequest": {"document": "", "type": "object", "members": [
                 {"name": "Force", "type": "bool", "member": "bool", "document": "强制", "required": true, "disabled": true,
                  "example": "true"}]},
               "DeleteThingResponse": {"document": "", "type": "object", "members": [
                 {"name": "RequestId", "type": "string", "member": "string", "document": "ID"}]},
               "Filter": {"document": "<p>一个过滤条件</p>", "usage": "both", "members": [
                 {"name": "Key", "type": "string", "member": "string", "document": "<p>键</p>注意：此字段可能返回 null，表示取不到有效值。",
                  "required": true, "output_required": false, "value_allowed_null": true, "example": "name"}]}}}
            """;

    private static ServiceModel importTiny() throws IOException {
        ImportResult result = TencentImporter.importActions(TencentModel.parse(TINY), TencentExamples.none(), List.of(), 1);
        return SpecParser.read(result.yaml(), null);
    }

    @Test
    void noActionIsIdempotentOnTheImportersWordNotEvenOneNamedForReading() throws IOException {
        assertThat(importTiny().operations()).extracting(OperationModel::action, OperationModel::idempotent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DeleteThing", false),
                        org.assertj.core.groups.Tuple.tuple("DescribeThings", false));
    }

    @Test
    void scalarTypesMapToTheGeneratorsKinds() throws IOException {
        ServiceModel model = importTiny();
        assertThat(model.shape("DescribeThingsResponse").orElseThrow().member("Ratio").type())
                .isEqualTo(new TypeRef.Scalar(TypeRef.ScalarKind.DOUBLE));
        assertThat(model.shape("DeleteThingRequest").orElseThrow().member("Force").type())
                .isEqualTo(new TypeRef.Scalar(TypeRef.ScalarKind.BOOLEAN));
        assertThat(model.shape("DescribeThingsRequest").orElseThrow().member("Limit").type())
                .isEqualTo(new TypeRef.Scalar(TypeRef.ScalarKind.INT64));
    }

    @Test
    void aDataTypeInRequestsAndAnswersUsesTheInputRequiredFlags() throws IOException {
        ServiceModel model = importTiny();
        assertThat(model.shape("Filter").orElseThrow().member("Key").required()).isTrue();
        assertThat(model.shape("Filter").orElseThrow().member("Key").description()).isEqualTo("键");
    }

    @Test
    void nullabilityDeprecationAndExamplesAreWritten() throws IOException {
        String yaml = TencentImporter.importActions(TencentModel.parse(TINY), TencentExamples.none(), List.of(), 1).yaml();
        assertThat(yaml).contains("nullable: true").contains("deprecated: true").contains("example: 0.5")
                .contains("example: 20").doesNotContain("example: 无");
    }

    @Test
    void descriptionsLoseHtmlAndTheStockNullSentence() {
        assertThat(Descriptions.clean("<p>日志主题ID</p><p>单位：ms</p>\n注意：此字段可能返回 null，表示取不到有效值。", true))
                .isEqualTo("日志主题ID\n单位：ms");
        assertThat(Descriptions.clean("a &lt; b<br>c <a href=\"x\">link</a>", false)).isEqualTo("a < b\nc link");
    }

    @Test
    void examplesComeFromTheBodyOfTheRawHttpRequest() throws IOException {
        TencentExamples examples = TencentExamples.parse("""
                {"version": "1.0", "actions": {"DeleteThing": [{"title": "t",
                  "input": "POST / HTTP/1.1\\nHost: x\\n\\n{\\"Force\\": true}", "output": "{\\"Response\\": {\\"RequestId\\": \\"r\\"}}"}]}}
                """);
        assertThat(examples.of("DeleteThing")).hasValueSatisfying(e -> {
            assertThat(e.request()).hasValue(java.util.Map.of("Force", true));
            assertThat(e.response()).isPresent();
        });
        assertThat(examples.of("Other")).isEmpty();
    }
}
