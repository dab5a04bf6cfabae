package dev.clssdk.cls.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.jackson.SdkJacksonModule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clssdk.core.ValidationException;
import org.junit.jupiter.api.Test;

/** Requests put exactly the documented JSON on the wire, and the documented example reads back. */
class WireFormatTest {

    /** The request body of the CreateExport reference text's example, verbatim. */
    private static final String REFERENCE_EXAMPLE = """
            {
                "TopicId": "ee20bb16-3025-4048-b81a-dd436373062e",
                "Query": "status:200",
                "Count": 100,
                "Order": "desc",
                "Format": "json",
                "From": 1607499107000,
                "To": 1607499207000
            }""";

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new SdkJacksonModule());

    private static CreateExportRequest referenceRequest() {
        return CreateExportRequest.builder()
                .topicId("ee20bb16-3025-4048-b81a-dd436373062e")
                .query("status:200")
                .count(100)
                .order(Order.DESC)
                .format(Format.JSON)
                .from(1607499107000L)
                .to(1607499207000L)
                .build();
    }

    @Test
    void aRequestSerializesToTheReferenceExample() throws Exception {
        JsonNode written = mapper.readTree(mapper.writeValueAsString(referenceRequest()));
        assertThat(written).isEqualTo(mapper.readTree(REFERENCE_EXAMPLE));
    }

    @Test
    void fieldsAreWrittenInSpecOrderWithPascalCaseNames() throws Exception {
        assertThat(mapper.writeValueAsString(referenceRequest())).isEqualTo(
                "{\"TopicId\":\"ee20bb16-3025-4048-b81a-dd436373062e\",\"Count\":100,\"Query\":\"status:200\","
                        + "\"From\":1607499107000,\"To\":1607499207000,\"Order\":\"desc\",\"Format\":\"json\"}");
    }

    @Test
    void theReferenceExampleParsesBackToAnEqualRequest() throws Exception {
        CreateExportRequest parsed = mapper.readValue(REFERENCE_EXAMPLE, CreateExportRequest.class);
        assertThat(parsed).isEqualTo(referenceRequest()).hasSameHashCodeAs(referenceRequest());
        assertThat(parsed.order()).isEqualTo(Order.DESC);
    }

    @Test
    void unsetOptionalFieldsAreLeftOutNotSentAsNull() throws Exception {
        CreateExportRequest request = referenceRequest().toBuilder().order((String) null).format((Format) null).build();
        JsonNode written = mapper.readTree(mapper.writeValueAsString(request));
        assertThat(written.has("Order")).isFalse();
        assertThat(written.has("Format")).isFalse();
        assertThat(written.size()).isEqualTo(5);
    }

    @Test
    void anInvalidRequestCannotBeParsedIntoExistence() {
        assertThatThrownBy(() -> mapper.readValue("{\"TopicId\":\"t\",\"Query\":\"q\",\"Count\":60000000,\"From\":1,\"To\":2}",
                        CreateExportRequest.class))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Count must be <= 50000000");
    }

    @Test
    void toBuilderCopiesEveryFieldAndLeavesTheOriginalUnchanged() {
        CreateExportRequest original = referenceRequest();
        CreateExportRequest changed = original.toBuilder().count(5).build();
        assertThat(changed.count()).isEqualTo(5L);
        assertThat(original.count()).isEqualTo(100L);
        assertThat(changed.toBuilder().count(100).build()).isEqualTo(original);
    }
}
