package dev.clssdk.codegen.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.codegen.Fixtures;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.OperationModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.model.TypeRef;
import dev.clssdk.codegen.openapi.SpecParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled spec parses cleanly and says what the 2021 CreateExport reference says. */
class BundledSpecTest {

    private static final String SPEC = Fixtures.resource(Fixtures.BUNDLED_SPEC);

    @Test
    void swaggerParserReportsNoErrorsOrWarnings() {
        SwaggerParseResult result = SpecParser.parse(SPEC);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
    }

    @Test
    void everyActionIsADistinctOperationThatPostsToSlash() {
        SwaggerParseResult result = SpecParser.parse(SPEC);
        assertThat(result.getOpenAPI().getPaths().keySet())
                .containsExactlyInAnyOrder("/#CreateExport", "/#DescribeExports", "/#DeleteExport");
        result.getOpenAPI().getPaths().forEach((path, item) -> {
            assertThat(java.net.URI.create("https://h" + path).getPath()).isEqualTo("/");
            assertThat(item.readOperations()).hasSize(1);
            assertThat(item.getPost()).isNotNull();
        });
    }

    @Test
    void createExportMatchesTheReferenceText() {
        ServiceModel model = SpecParser.read(SPEC, null);
        assertThat(model.service()).isEqualTo("cls");
        assertThat(model.apiVersion()).isEqualTo("2020-10-16");
        assertThat(model.defaultHost()).isEqualTo("cls.tencentcloudapi.com");
        OperationModel op = operation(model, "CreateExport");
        assertThat(op.idempotent()).isFalse();
        assertThat(op.rateLimitPerSecond()).hasValue(20);
        assertThat(op.errorCodes()).containsExactly("FailedOperation", "InternalError", "InvalidParameter",
                "LimitExceeded.Export", "MissingParameter", "OperationDenied", "OperationDenied.AccountDestroy",
                "OperationDenied.AccountIsolate", "OperationDenied.AccountNotExists", "ResourceNotFound.TopicNotExist");

        ShapeModel input = model.shape(op.inputShape()).orElseThrow();
        assertThat(input.members()).extracting(MemberModel::wireName)
                .containsExactly("TopicId", "Query", "Count", "From", "To", "Order", "Format");
        assertThat(input.members()).filteredOn(MemberModel::required).extracting(MemberModel::wireName)
                .containsExactly("TopicId", "Query", "Count", "From", "To");
        MemberModel count = input.member("Count");
        assertThat(count.type()).isEqualTo(new TypeRef.Scalar(TypeRef.ScalarKind.INT64));
        assertThat(count.constraints().maximum()).hasValue(10_000_000L);
        assertThat(count.violationCodes()).containsEntry("maximum", "LimitExceeded.Export");
        assertThat(input.member("From").type()).isEqualTo(new TypeRef.Scalar(TypeRef.ScalarKind.INT64));
        assertThat(input.member("Order").defaultValue()).hasValue("desc");
        assertThat(input.member("Format").defaultValue()).hasValue("json");
        assertThat(model.enumType("Order").orElseThrow().values()).extracting(v -> v.value()).containsExactly("asc", "desc");
        assertThat(model.enumType("Format").orElseThrow().values()).extracting(v -> v.value()).containsExactly("json", "csv");
        assertThat(input.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.left()).isEqualTo("From");
            assertThat(rule.right()).isEqualTo("To");
        });

        ShapeModel output = model.shape(op.outputShape()).orElseThrow();
        assertThat(output.members()).extracting(MemberModel::wireName).containsExactly("ExportId", "RequestId");
    }

    @Test
    void describeAndDeleteAreIdempotentAndExportInfoMasksTheDownloadAddress() {
        ServiceModel model = SpecParser.read(SPEC, null);
        assertThat(operation(model, "DescribeExports").idempotent()).isTrue();
        assertThat(operation(model, "DeleteExport").idempotent()).isTrue();
        ShapeModel describe = model.shape("DescribeExportsRequest").orElseThrow();
        assertThat(describe.member("Limit").constraints().maximum()).hasValue(100L);
        assertThat(describe.member("Limit").defaultValue()).hasValue("20");
        assertThat(describe.member("Offset").defaultValue()).hasValue("0");
        ShapeModel info = model.shape("ExportInfo").orElseThrow();
        assertThat(info.member("CosPath").sensitive()).isTrue();
        assertThat(info.member("Status").type()).isEqualTo(new TypeRef.EnumType("ExportStatus"));
        assertThat(model.errorCodes()).filteredOn(e -> e.code().equals("RequestLimitExceeded"))
                .singleElement().satisfies(e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void envelopesAndErrorSchemasAreNotEmittedAsShapes() {
        List<String> shapes = SpecParser.read(SPEC, null).shapes().stream().map(ShapeModel::name).toList();
        assertThat(shapes).containsExactly("CreateExportRequest", "CreateExportResponse", "DeleteExportRequest",
                "DeleteExportResponse", "DescribeExportsRequest", "DescribeExportsResponse", "ExportInfo");
    }

    private static OperationModel operation(ServiceModel model, String action) {
        return model.operations().stream().filter(o -> o.action().equals(action)).findFirst().orElseThrow();
    }
}
