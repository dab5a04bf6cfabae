package dev.clssdk.codegen.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an error code means for retries; the generated error-code enum carries it as the core's
 * {@code ErrorKind} (same constant names). The generator's rule for assigning it lives in
 * {@link #of} and nowhere else.
 */
public enum ErrorKind {
    /** Throttling: safe to repeat for any action. */
    THROTTLING("throttling"),
    /** A transient server failure: repeated only for idempotent actions. */
    TRANSIENT("transient"),
    /** The signature's timestamp is off: re-signed with a corrected clock. */
    CLOCK_SKEW("clock-skew"),
    /** Anything else: never repeated. */
    OTHER("other");

    /** Tencent Cloud API 3.0's common code for a transient server failure (and its {@code InternalError.*} refinements). */
    static final String INTERNAL_ERROR = "InternalError";
    /** Tencent Cloud API 3.0's common code for a request timestamp too far from the server's clock. */
    static final String SIGNATURE_EXPIRE = "AuthFailure.SignatureExpire";

    private final String specName;

    ErrorKind(String specName) {
        this.specName = specName;
    }

    /** The value {@code x-tc-error-kind} uses for this kind. */
    public String specName() {
        return specName;
    }

    /** The kind an {@code x-tc-error-kind} value names, if any. */
    public static Optional<ErrorKind> fromSpecName(String value) {
        return Arrays.stream(values()).filter(k -> k.specName.equals(value)).findFirst();
    }

    /**
     * The rule: an explicit {@code x-tc-error-kind} wins; otherwise {@code x-tc-retryable: true} is
     * {@link #THROTTLING}; otherwise Tencent Cloud API 3.0's common codes {@code InternalError} and
     * {@code InternalError.*} are {@link #TRANSIENT} and {@code AuthFailure.SignatureExpire} is
     * {@link #CLOCK_SKEW}; everything else is {@link #OTHER}.
     *
     * @param code      the wire code
     * @param retryable the entry's {@code x-tc-retryable}
     * @param declared  the entry's {@code x-tc-error-kind}, if any
     */
    public static ErrorKind of(String code, boolean retryable, Optional<ErrorKind> declared) {
        if (declared.isPresent()) {
            return declared.get();
        }
        if (retryable) {
            return THROTTLING;
        }
        if (code.equals(INTERNAL_ERROR) || code.startsWith(INTERNAL_ERROR + ".")) {
            return TRANSIENT;
        }
        if (code.equals(SIGNATURE_EXPIRE)) {
            return CLOCK_SKEW;
        }
        return OTHER;
    }
}
