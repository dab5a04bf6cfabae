package dev.clssdk.cls.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.jackson.SdkJacksonModule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clssdk.cls.ClsErrorCode;
import dev.clssdk.cls.ClsOperations;
import dev.clssdk.cls.ClsService;
import dev.clssdk.core.Operation;
import dev.clssdk.core.client.ErrorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Responses from a newer server (extra fields, new enum values) are read without loss or failure. */
class ResponseToleranceTest {

    private static final String DESCRIBE_RESPONSE = """
            {
              "Exports": [{
                "TopicId": "ee20bb16-3025-4048-b81a-dd436373062e",
                "ExportId": "export-57196a6a-7622-47be-bc92-d2ebea959a0f",
                "Query": "status:200",
                "FileName": "log.tar.gz",
                "CosPath": "https://clstest01.cos.ap-shanghai.myqcloud.com/secret-signed-path",
                "FileSize": 6112993,
                "Order": "desc",
                "Format": "parquet",
                "Count": 100000,
                "Status": "Archiving",
                "From": 1607499207000,
                "To": 1607499207000,
                "SyntaxRule": 0,
                "CreateTime": "2020-08-08 12:12:12",
                "SomethingNew": {"Nested": [1, 2]}
              }],
              "TotalCount": 1,
              "RequestId": "6ef60bec-0242-43af-bb20-270359fb54a7",
              "AlsoNew": true
            }""";

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new SdkJacksonModule());

    @Test
    void unknownFieldsAreIgnoredAndUnknownEnumValuesKeepTheirRawString() throws Exception {
        DescribeExportsResponse response = mapper.readValue(DESCRIBE_RESPONSE, DescribeExportsResponse.class);
        assertThat(response.totalCount()).isEqualTo(1L);
        ExportInfo info = response.exports().get(0);
        assertThat(info.status()).isEqualTo(ExportStatus.UNKNOWN_TO_SDK_VERSION);
        assertThat(info.statusAsString()).isEqualTo("Archiving");
        assertThat(info.format()).isEqualTo(Format.UNKNOWN_TO_SDK_VERSION);
        assertThat(info.formatAsString()).isEqualTo("parquet");
        assertThat(info.order()).isEqualTo(Order.DESC);
        assertThat(info.fileSize()).isEqualTo(6112993L);
    }

    @Test
    void rewritingAResponseKeepsEveryKnownFieldIncludingUnknownEnumValues() throws Exception {
        DescribeExportsResponse response = mapper.readValue(DESCRIBE_RESPONSE, DescribeExportsResponse.class);
        JsonNode original = mapper.readTree(DESCRIBE_RESPONSE);
        ObjectNode expected = original.deepCopy();
        expected.remove("AlsoNew");
        ObjectNode export = (ObjectNode) expected.get("Exports").get(0);
        export.remove("SomethingNew");
        assertThat(mapper.readTree(mapper.writeValueAsString(response))).isEqualTo(expected);
    }

    @Test
    void theDownloadAddressIsMaskedInToString() throws Exception {
        ExportInfo info = mapper.readValue(DESCRIBE_RESPONSE, DescribeExportsResponse.class).exports().get(0);
        assertThat(info.cosPath()).contains("secret-signed-path");
        assertThat(info.toString()).doesNotContain("secret-signed-path").contains("CosPath=***");
    }

    @Test
    void listsAreUnmodifiableAndAbsentListsReadAsEmpty() throws Exception {
        DescribeExportsResponse response = mapper.readValue(DESCRIBE_RESPONSE, DescribeExportsResponse.class);
        assertThatThrownBy(() -> response.exports().clear()).isInstanceOf(UnsupportedOperationException.class);
        DescribeExportsResponse empty = mapper.readValue("{\"RequestId\":\"r\"}", DescribeExportsResponse.class);
        assertThat(empty.exports()).isEmpty();
        assertThat(empty.hasExports()).isFalse();
        assertThat(response.hasExports()).isTrue();
    }

    @Test
    void aListPassedToAWitherIsCopied() {
        List<ExportInfo> exports = new java.util.ArrayList<>(List.of(ExportInfo.create().withExportId("a")));
        DescribeExportsResponse response = DescribeExportsResponse.create().withExports(exports);
        exports.clear();
        assertThat(response.exports()).hasSize(1);
        assertThatThrownBy(() -> response.exports().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aStubResponseIsMadeWithWithersEachReturningANewInstance() throws Exception {
        CreateExportResponse empty = CreateExportResponse.create();
        CreateExportResponse stub = empty.withExportId("e-1").withRequestId("r-1");
        assertThat(empty.exportId()).isNull();
        assertThat(empty.requestId()).isNull();
        assertThat(stub).isNotSameAs(empty);
        assertThat(stub.exportId()).isEqualTo("e-1");
        assertThat(stub.requestId()).isEqualTo("r-1");
        assertThat(stub.withExportId(null).exportId()).isNull();
        assertThat(stub.exportId()).isEqualTo("e-1");
        assertThat(mapper.readValue(mapper.writeValueAsString(stub), CreateExportResponse.class)).isEqualTo(stub);
        assertThat(mapper.readValue("{}", CreateExportResponse.class)).isEqualTo(CreateExportResponse.create());
    }

    @Test
    void anOutputModelWithAnEnumAndNumbersIsMadeWithTypedWithers() throws Exception {
        ExportInfo info = ExportInfo.create().withExportId("e").withFormat(Format.CSV).withCount(100).withFileSize(5L);
        assertThat(info.format()).isEqualTo(Format.CSV);
        assertThat(info.formatAsString()).isEqualTo("csv");
        assertThat(info.count()).isEqualTo(100L);
        assertThat(info.withFormat("parquet").format()).isEqualTo(Format.UNKNOWN_TO_SDK_VERSION);
        assertThat(info.format()).isEqualTo(Format.CSV);
        assertThat(mapper.readValue(mapper.writeValueAsString(info), ExportInfo.class)).isEqualTo(info);
    }

    @Test
    void errorCodesMapKnownStringsToConstantsAndEverythingElseToUnknown() {
        assertThat(ClsErrorCode.fromValue("LimitExceeded.Export")).isEqualTo(ClsErrorCode.LIMIT_EXCEEDED_EXPORT);
        assertThat(ClsErrorCode.fromValue("AuthFailure.SignatureExpire")).isEqualTo(ClsErrorCode.AUTH_FAILURE_SIGNATURE_EXPIRE);
        assertThat(ClsErrorCode.fromValue("FailedOperation.TopicClosed")).isEqualTo(ClsErrorCode.FAILED_OPERATION_TOPIC_CLOSED);
        assertThat(ClsErrorCode.fromValue("FailedOperation.SomethingNew")).isEqualTo(ClsErrorCode.UNKNOWN_TO_SDK_VERSION);
        assertThat(ClsErrorCode.fromValue(null)).isEqualTo(ClsErrorCode.UNKNOWN_TO_SDK_VERSION);
        assertThat(ClsErrorCode.RESOURCE_NOT_FOUND_TOPIC_NOT_EXIST.value()).isEqualTo("ResourceNotFound.TopicNotExist");
        assertThat(ClsErrorCode.REQUEST_LIMIT_EXCEEDED.isRetryable()).isTrue();
        assertThat(ClsErrorCode.INTERNAL_ERROR.isRetryable()).isFalse();
        assertThat(ClsErrorCode.REQUEST_LIMIT_EXCEEDED.kind()).isEqualTo(ErrorKind.THROTTLING);
        assertThat(ClsErrorCode.INTERNAL_ERROR.kind()).isEqualTo(ErrorKind.TRANSIENT);
        assertThat(ClsErrorCode.AUTH_FAILURE_SIGNATURE_EXPIRE.kind()).isEqualTo(ErrorKind.CLOCK_SKEW);
        assertThat(ClsErrorCode.LIMIT_EXCEEDED_EXPORT.kind()).isEqualTo(ErrorKind.OTHER);
    }

    @Test
    void eachActionKnowsItsDocumentedErrorsIdempotencyAndRateLimit() {
        Operation<?, ?> create = ClsOperations.fromAction("CreateExport").orElseThrow();
        assertThat(create.isIdempotent()).isFalse();
        assertThat(create.rateLimitPerSecond()).hasValue(20);
        assertThat(create.documentedErrors()).hasSize(11).contains("LimitExceeded.Export");
        assertThat(create).isSameAs(ClsOperations.CREATE_EXPORT);
        assertThat(ClsOperations.DESCRIBE_EXPORTS.isIdempotent()).isTrue();
        assertThat(ClsOperations.DELETE_EXPORT.documentedErrors()).contains("ResourceNotFound.ExportNotExist");
        assertThat(ClsOperations.fromAction("DropTable")).isEmpty();
        assertThat(ClsOperations.ALL).hasSize(208).contains(ClsOperations.CREATE_EXPORT, ClsOperations.DESCRIBE_EXPORTS,
                ClsOperations.DELETE_EXPORT);
        assertThat(ClsService.INSTANCE.operations()).isEqualTo(ClsOperations.ALL);
    }
}
