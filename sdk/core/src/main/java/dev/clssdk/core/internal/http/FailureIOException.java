package dev.clssdk.core.internal.http;

import dev.clssdk.core.SdkException;
import java.io.IOException;

/**
 * Carries a typed {@link SdkException} through OkHttp, whose interceptors may only throw
 * {@link IOException}; the client unwraps it before the caller sees anything.
 */
public final class FailureIOException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The typed failure this I/O exception carries through OkHttp. */
    private final SdkException failure;

    /**
     * @param failure the typed failure
     */
    public FailureIOException(SdkException failure) {
        super(failure.getMessage(), failure);
        this.failure = failure;
    }

    /**
     * The typed failure.
     *
     * @return the failure
     */
    public SdkException failure() {
        return failure;
    }
}
