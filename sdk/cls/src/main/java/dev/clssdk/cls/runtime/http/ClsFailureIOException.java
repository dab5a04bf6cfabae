package dev.clssdk.cls.runtime.http;

import dev.clssdk.cls.ClsException;
import java.io.IOException;

/**
 * Carries a typed {@link ClsException} through OkHttp, whose interceptors may only throw
 * {@link IOException}; the client unwraps it before the caller sees anything.
 */
public final class ClsFailureIOException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The typed failure this I/O exception carries through OkHttp. */
    private final ClsException failure;

    /**
     * @param failure the typed failure
     */
    public ClsFailureIOException(ClsException failure) {
        super(failure.getMessage(), failure);
        this.failure = failure;
    }

    /**
     * The typed failure.
     *
     * @return the failure
     */
    public ClsException failure() {
        return failure;
    }
}
