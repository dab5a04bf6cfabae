package dev.clssdk.cls.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.clssdk.cls.ClsErrorCode;
import dev.clssdk.cls.ClsOperations;
import dev.clssdk.core.Operation;
import dev.clssdk.codegen.model.EnumModel;
import dev.clssdk.codegen.model.ErrorCodeModel;
import dev.clssdk.codegen.model.OperationModel;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The generated error codes and enums are total: every code and value the spec lists maps to its
 * own constant, and any other string (including near misses of listed codes) maps to
 * {@code UNKNOWN_TO_SDK_VERSION} without throwing.
 */
class ErrorMappingProperties {

    private static final Set<String> SPEC_CODES =
            Spec.MODEL.errorCodes().stream().map(ErrorCodeModel::code).collect(Collectors.toUnmodifiableSet());

    @Example
    void everyCodeTheSpecListsMapsToItsOwnConstantAndNoOtherConstantExists() {
        for (ErrorCodeModel code : Spec.MODEL.errorCodes()) {
            ClsErrorCode constant = ClsErrorCode.fromValue(code.code());
            assertThat(constant).as(code.code()).isNotEqualTo(ClsErrorCode.UNKNOWN_TO_SDK_VERSION);
            assertThat(constant.value()).isEqualTo(code.code());
            assertThat(constant.isRetryable()).as(code.code() + " retryable").isEqualTo(code.retryable());
            assertThat(constant.isCommon()).as(code.code() + " common").isEqualTo(code.common());
        }
        Set<String> constants = Arrays.stream(ClsErrorCode.values())
                .filter(c -> c != ClsErrorCode.UNKNOWN_TO_SDK_VERSION).map(ClsErrorCode::value).collect(Collectors.toSet());
        assertThat(constants).as("one constant per spec code, no more").isEqualTo(SPEC_CODES);
    }

    @Example
    void everyOperationDocumentsTheSpecsErrorsRateLimitAndIdempotency() {
        for (OperationModel operation : Spec.MODEL.operations()) {
            Operation<?, ?> constant = ClsOperations.fromAction(operation.action()).orElseThrow();
            Set<String> expected = Set.copyOf(operation.errorCodes());
            assertThat(constant.documentedErrors()).as(operation.action()).isEqualTo(expected);
            assertThat(constant.isIdempotent()).as(operation.action()).isEqualTo(operation.idempotent());
            assertThat(constant.rateLimitPerSecond()).as(operation.action()).isEqualTo(operation.rateLimitPerSecond());
        }
        assertThat(ClsOperations.ALL).hasSameSizeAs(Spec.MODEL.operations());
    }

    @Provide
    Arbitrary<String> codeLikeStrings() {
        List<String> codes = List.copyOf(SPEC_CODES);
        Arbitrary<String> listed = Arbitraries.of(codes);
        return Arbitraries.oneOf(
                listed,
                listed.map(c -> c.toUpperCase(Locale.ROOT)),
                listed.map(c -> c.toLowerCase(Locale.ROOT)),
                listed.map(c -> c + " "),
                listed.map(c -> " " + c),
                listed.map(c -> c + ".Sub"),
                listed.map(c -> c.contains(".") ? c.substring(0, c.lastIndexOf('.')) + "Extra" : c + "X"),
                listed.map(c -> c.replace('.', '_')),
                Arbitraries.of("", "UNKNOWN_TO_SDK_VERSION", "null", "FailedOperation.TopicClosed"),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().alpha().withChars('.').ofMaxLength(40));
    }

    @Property
    void anyStringMapsToItsOwnConstantOrUnknownAndNeverThrows(@ForAll("codeLikeStrings") String code) {
        ClsErrorCode constant = ClsErrorCode.fromValue(code);
        if (SPEC_CODES.contains(code)) {
            assertThat(constant.value()).isEqualTo(code);
        } else {
            assertThat(constant).as("'%s' is not in the spec", code).isEqualTo(ClsErrorCode.UNKNOWN_TO_SDK_VERSION);
        }
        assertThat(ClsErrorCode.fromValue(null)).isEqualTo(ClsErrorCode.UNKNOWN_TO_SDK_VERSION);
    }

    /** An enum of the spec with a candidate wire value: listed, a near miss of a listed one, or anything. */
    record EnumCase(EnumModel enumModel, String value) {}

    @Provide
    Arbitrary<EnumCase> enumCases() {
        return Arbitraries.of(Spec.MODEL.enums()).flatMap(enumModel -> {
            Arbitrary<String> listed = Arbitraries.of(enumModel.values().stream().map(EnumModel.EnumValue::value).toList());
            return Arbitraries.oneOf(
                    listed,
                    listed.map(v -> v.toUpperCase(Locale.ROOT)),
                    listed.map(v -> v.toLowerCase(Locale.ROOT)),
                    listed.map(v -> v + " "),
                    listed.map(v -> v.substring(1)),
                    Arbitraries.of("", "UNKNOWN_TO_SDK_VERSION", "null"),
                    Arbitraries.strings().ofMaxLength(20)).map(value -> new EnumCase(enumModel, value));
        });
    }

    @Property
    void anyStringMapsToAnEnumValueOrUnknownAndNeverThrows(@ForAll("enumCases") EnumCase enumCase) throws Exception {
        List<String> values = enumCase.enumModel().values().stream().map(EnumModel.EnumValue::value).toList();
        String value = enumCase.value();
        Class<?> type = SdkBridge.modelClass(enumCase.enumModel().name());
        Method fromValue = type.getMethod("fromValue", String.class);
        Method raw = type.getMethod("value");
        assertThatCode(() -> fromValue.invoke(null, value)).doesNotThrowAnyException();
        Object constant = fromValue.invoke(null, value);
        if (values.contains(value)) {
            assertThat(raw.invoke(constant)).isEqualTo(value);
        } else {
            assertThat(((Enum<?>) constant).name()).as("'%s' is not a %s", value, enumCase.enumModel().name())
                    .isEqualTo("UNKNOWN_TO_SDK_VERSION");
        }
    }
}
