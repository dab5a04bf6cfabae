package dev.clssdk.codegen.spec;

/** The names of the {@code x-tc-*} extensions the generator reads (documented in api-spec/README.md). */
final class Extensions {

    static final String SERVICE = "x-tc-service";
    static final String API_VERSION = "x-tc-api-version";
    static final String SPEC_REVISION = "x-tc-spec-revision";
    static final String VALIDATION_CODES = "x-tc-validation-codes";
    static final String COMMON_ERRORS = "x-tc-common-errors";
    static final String SERVICE_ERRORS = "x-tc-service-errors";
    static final String ACTION = "x-tc-action";
    static final String IDEMPOTENT = "x-tc-idempotent";
    static final String RATE_LIMIT = "x-tc-rate-limit";
    static final String ERRORS = "x-tc-errors";
    static final String RETRYABLE = "x-tc-retryable";
    static final String ENVELOPE = "x-tc-envelope";
    static final String RULES = "x-tc-rules";
    static final String SENSITIVE = "x-tc-sensitive";
    static final String VIOLATION_CODES = "x-tc-violation-codes";
    static final String ENUM_DESCRIPTIONS = "x-tc-enum-descriptions";
    static final String ERROR_KIND = "x-tc-error-kind";
    static final String PAGINATORS = "x-tc-paginators";
    static final String WAITERS = "x-tc-waiters";

    private Extensions() {}
}
