package dev.clssdk.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource({
        "LimitExceeded.Export, LIMIT_EXCEEDED_EXPORT",
        "AuthFailure.MFAFailure, AUTH_FAILURE_MFA_FAILURE",
        "OperationDenied.AccountNotExists, OPERATION_DENIED_ACCOUNT_NOT_EXISTS",
        "asc, ASC",
        "dark-green, DARK_GREEN",
        "2tone, V_2TONE",
        "CreateExport, CREATE_EXPORT",
        "IpInBlacklist, IP_IN_BLACKLIST",
    })
    void constantNamesSplitWordsAtCaseChangesAndPunctuation(String value, String constant) {
        assertThat(Names.constantName(value)).hasValue(constant);
    }

    @ParameterizedTest
    @CsvSource({
        "TopicId, topicId",
        "CosPath, cosPath",
        "IPAddress, ipAddress",
        "URL, url",
        "Default, defaultValue",
        "Class, classValue",
        "Builder, builderValue",
        "Create, createValue",
    })
    void memberNamesAreLowerCamelAndAvoidKeywordsAndGeneratedMethods(String wire, String java) {
        assertThat(Names.memberName(wire)).hasValue(java);
    }

    @ParameterizedTest
    @CsvSource({
        "Query-Text, queryText",
        "9Lives, _9Lives",
        "Has Space, hasSpace",
        "Notify, notifyValue",
        "Wait, waitValue",
    })
    void namesThatCannotBeJavaIdentifiersAsTheyStandAreMadeLegal(String wire, String java) {
        assertThat(Names.memberName(wire)).hasValue(java);
    }
}
