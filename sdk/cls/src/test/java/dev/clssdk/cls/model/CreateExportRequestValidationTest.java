package dev.clssdk.cls.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clssdk.core.ValidationException;
import dev.clssdk.core.Violation;
import org.junit.jupiter.api.Test;

/** Every rule of the CreateExport reference text is enforced by build(), with field, rule and code. */
class CreateExportRequestValidationTest {

    private static CreateExportRequest.Builder valid() {
        return CreateExportRequest.builder()
                .topicId("ee20bb16-3025-4048-b81a-dd436373062e")
                .query("status:200")
                .count(100)
                .from(1607499107000L)
                .to(1607499207000L);
    }

    private static Violation onlyViolation(CreateExportRequest.Builder builder) {
        ValidationException e = catchThrowableOfType(ValidationException.class, builder::build);
        assertThat(e).as("build() must reject").isNotNull();
        assertThat(e.violations()).hasSize(1);
        return e.violations().get(0);
    }

    @Test
    void aRequestWithTheRequiredFieldsBuilds() {
        CreateExportRequest request = valid().build();
        assertThat(request.count()).isEqualTo(100L);
        assertThat(request.order()).isNull();
    }

    @Test
    void eachRequiredFieldIsReportedAsMissingParameter() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> CreateExportRequest.builder().build());
        assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("TopicId", "Count", "Query", "From", "To");
        assertThat(e.violations()).allSatisfy(v -> {
            assertThat(v.rule()).isEqualTo("required");
            assertThat(v.errorCode()).isEqualTo("MissingParameter");
            assertThat(v.rejectedValue()).isNull();
        });
        assertThat(e.errorCode()).isEqualTo("MissingParameter");
        assertThat(e.shape()).isEqualTo("CreateExportRequest");
        assertThat(e.getMessage()).startsWith("CreateExportRequest is invalid: TopicId is required");
    }

    @Test
    void countAtFiftyMillionIsAcceptedAndOneMoreIsLimitExceededExport() {
        // Revision 2 of the spec (the current API) raised the 2021 limit of 10 million to 50 million.
        assertThat(valid().count(50_000_000L).build().count()).isEqualTo(50_000_000L);
        Violation v = onlyViolation(valid().count(50_000_001L));
        assertThat(v.field()).isEqualTo("Count");
        assertThat(v.rule()).isEqualTo("maximum");
        assertThat(v.rejectedValue()).isEqualTo(50_000_001L);
        assertThat(v.errorCode()).isEqualTo("LimitExceeded.Export");
        assertThat(v.toString()).contains("Count", "50000000", "50000001", "LimitExceeded.Export");
    }

    @Test
    void countBelowOneIsInvalidParameter() {
        Violation v = onlyViolation(valid().count(0));
        assertThat(v.field()).isEqualTo("Count");
        assertThat(v.rule()).isEqualTo("minimum");
        assertThat(v.errorCode()).isEqualTo("InvalidParameter");
    }

    @Test
    void fromAfterToIsInvalidParameterAndEqualTimesAreAccepted() {
        assertThat(valid().from(5L).to(5L).build().from()).isEqualTo(5L);
        Violation v = onlyViolation(valid().from(1607499207001L).to(1607499207000L));
        assertThat(v.field()).isEqualTo("From");
        assertThat(v.rule()).isEqualTo("lessThanOrEqual");
        assertThat(v.requirement()).isEqualTo("must be <= To (1607499207000)");
        assertThat(v.errorCode()).isEqualTo("InvalidParameter");
    }

    @Test
    void negativeTimestampsAreInvalidParameter() {
        Violation v = onlyViolation(valid().from(-1L));
        assertThat(v.field()).isEqualTo("From");
        assertThat(v.rule()).isEqualTo("minimum");
    }

    @Test
    void orderAndFormatOutsideTheirEnumsAreInvalidParameter() {
        Violation order = onlyViolation(valid().order("sideways"));
        assertThat(order.field()).isEqualTo("Order");
        assertThat(order.rule()).isEqualTo("enum");
        assertThat(order.requirement()).isEqualTo("must be one of [asc, desc]");
        assertThat(order.rejectedValue()).isEqualTo("sideways");
        assertThat(order.errorCode()).isEqualTo("InvalidParameter");

        Violation format = onlyViolation(valid().format("xml"));
        assertThat(format.field()).isEqualTo("Format");
        assertThat(format.requirement()).isEqualTo("must be one of [json, csv]");
    }

    @Test
    void theUnknownConstantCannotBeSent() {
        Violation v = onlyViolation(valid().order(Order.UNKNOWN_TO_SDK_VERSION));
        assertThat(v.field()).isEqualTo("Order");
        assertThat(v.rule()).isEqualTo("enum");
    }

    @Test
    void emptyTopicIdIsInvalidParameter() {
        Violation v = onlyViolation(valid().topicId(""));
        assertThat(v.field()).isEqualTo("TopicId");
        assertThat(v.rule()).isEqualTo("minLength");
        assertThat(v.errorCode()).isEqualTo("InvalidParameter");
    }

    @Test
    void everyViolationIsListedAtOnceInFieldOrder() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> valid()
                .topicId(null).count(60_000_000L).from(10L).to(9L).format("xml").build());
        assertThat(e.violations()).extracting(Violation::field, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TopicId", "required"),
                org.assertj.core.groups.Tuple.tuple("Count", "maximum"),
                org.assertj.core.groups.Tuple.tuple("Format", "enum"),
                org.assertj.core.groups.Tuple.tuple("From", "lessThanOrEqual"));
        assertThat(e.errorCode()).isEqualTo("MissingParameter");
    }

    @Test
    void syntaxRuleOutsideZeroAndOneIsInvalidParameter() {
        assertThat(valid().syntaxRule(1).build().syntaxRule()).isEqualTo(1L);
        Violation v = onlyViolation(valid().syntaxRule(2));
        assertThat(v.field()).isEqualTo("SyntaxRule");
        assertThat(v.rule()).isEqualTo("maximum");
        assertThat(v.errorCode()).isEqualTo("InvalidParameter");
    }

    @Test
    void describeExportsLimitAboveOneHundredIsRejected() {
        assertThatThrownBy(() -> DescribeExportsRequest.builder().topicId("t").limit(101).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Limit must be <= 100");
        assertThat(DescribeExportsRequest.builder().topicId("t").limit(100).offset(0).build().limit()).isEqualTo(100L);
    }

    @Test
    void deleteExportNeedsAnExportId() {
        assertThat(catchThrowableOfType(ValidationException.class, () -> DeleteExportRequest.builder().build())
                .violations()).extracting(Violation::field).containsExactly("ExportId");
    }
}
