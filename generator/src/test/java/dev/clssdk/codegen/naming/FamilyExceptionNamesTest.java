package dev.clssdk.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The exception classes of error-code families are unique by construction, for any catalogue: the
 * rule of {@link Names#familyExceptionNames} (naming rule 15).
 */
class FamilyExceptionNamesTest {

    @Test
    void aFamilyIsItsNamePlusExceptionAndAJavaLangNameGetsThePrefix() {
        assertThat(Names.familyExceptionNames(List.of("AuthFailure", "UnsupportedOperation", "InternalError"),
                Set.of("AuthFailure"), "Cls"))
                .containsEntry("AuthFailure", "AuthFailureException")
                .containsEntry("UnsupportedOperation", "ClsUnsupportedOperationException")
                .containsEntry("InternalError", "InternalErrorException");
    }

    @Test
    void clashesAreNumberedWithTheCommonFamiliesFirstAndTheBaseExceptionNeverTaken() {
        Map<String, String> names = Names.familyExceptionNames(List.of("ClsUnsupportedOperation", "UnsupportedOperation",
                "ClsService", "invalid-param", "Invalidparam"), Set.of("UnsupportedOperation"), "Cls");

        assertThat(names)
                .containsEntry("UnsupportedOperation", "ClsUnsupportedOperationException")
                .containsEntry("ClsUnsupportedOperation", "ClsUnsupportedOperationException2")
                .containsEntry("ClsService", "ClsServiceException2")
                .containsEntry("Invalidparam", "InvalidparamException")
                .containsEntry("invalid-param", "InvalidParamException2");
    }

    @Test
    void theNamesAreLegalAndUniqueIgnoringCaseForAnyFamilies() {
        List<String> families = List.of("A", "a", "A-", "9", "", "Object", "FixObject", "x.y", "Ä", "ä");
        Map<String, String> names = Names.familyExceptionNames(families, Set.of(), "Fix");

        assertThat(names).hasSize(families.size());
        assertThat(names.values()).allSatisfy(n -> assertThat(Names.typeName(n)).isPresent());
        Set<String> folded = names.values().stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        assertThat(folded).hasSize(families.size()).doesNotContain("fixserviceexception");
        assertThat(new HashSet<>(names.values())).hasSize(families.size());
    }
}
