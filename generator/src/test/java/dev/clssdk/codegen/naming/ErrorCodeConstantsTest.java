package dev.clssdk.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Error-code constants are unique by construction, for any catalogue: the rule of
 * {@link Names#errorCodeConstants}, pinned on the clashes Tencent's own catalogues have (CVM's
 * {@code InvalidParameter.ValueTooLarge} and {@code InvalidParameterValue.TooLarge} both map to
 * {@code INVALID_PARAMETER_VALUE_TOO_LARGE}).
 */
class ErrorCodeConstantsTest {

    @Test
    void codesThatClashKeepTheirDotsAsDoubleUnderscoresAndTheRestKeepTheirUsualNames() {
        Map<String, String> constants = Names.errorCodeConstants(List.of("InvalidParameter.ValueTooLarge",
                "InvalidParameterValue.TooLarge", "LimitExceeded.Export", "AuthFailure"), Set.of("UNKNOWN_TO_SDK_VERSION"));

        assertThat(constants).containsExactly(
                Map.entry("InvalidParameter.ValueTooLarge", "INVALID_PARAMETER__VALUE_TOO_LARGE"),
                Map.entry("InvalidParameterValue.TooLarge", "INVALID_PARAMETER_VALUE__TOO_LARGE"),
                Map.entry("LimitExceeded.Export", "LIMIT_EXCEEDED_EXPORT"),
                Map.entry("AuthFailure", "AUTH_FAILURE"));
    }

    @Test
    void whatStillClashesIsNumberedInCodeOrderAndReservedNamesAreNeverTaken() {
        Map<String, String> constants = Names.errorCodeConstants(
                List.of("Foo-Bar", "FooBar", "Foo_Bar", "UnknownToSdkVersion"), Set.of("UNKNOWN_TO_SDK_VERSION"));

        assertThat(constants).containsEntry("Foo-Bar", "FOO_BAR").containsEntry("FooBar", "FOO_BAR_2")
                .containsEntry("Foo_Bar", "FOO_BAR_3").containsEntry("UnknownToSdkVersion", "UNKNOWN_TO_SDK_VERSION_2");
    }

    @Test
    void theNamesAreUniqueAndDoNotDependOnTheCatalogueOrder() {
        List<String> codes = new ArrayList<>(List.of("A.BC", "AB.C", "ABC", "A.B.C", "Ab.C", "a.bC", "X.Y", "XY"));
        Map<String, String> first = Names.errorCodeConstants(codes, Set.of());
        Collections.reverse(codes);
        Map<String, String> reversed = Names.errorCodeConstants(codes, Set.of());

        assertThat(new HashSet<>(first.values())).hasSize(codes.size());
        assertThat(reversed).isEqualTo(first);
    }
}
