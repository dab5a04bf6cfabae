package dev.clssdk.fix;

import javax.annotation.processing.Generated;

/**
 * The root of every exception the FIX SDK throws: invalid input, service errors and
 * transport or protocol failures.
 */
@Generated("dev.clssdk.codegen")
public abstract class FixException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong; never contains secrets
     */
    protected FixException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong; never contains secrets
     * @param cause the underlying failure
     */
    protected FixException(String message, Throwable cause) {
        super(message, cause);
    }
}
