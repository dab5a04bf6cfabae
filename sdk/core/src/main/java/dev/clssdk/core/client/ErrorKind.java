package dev.clssdk.core.client;

/**
 * What an error code means for retries. The generator assigns the kinds from the spec (and
 * Tencent Cloud API 3.0's common codes); the core acts on the kind, never on a code.
 */
public enum ErrorKind {
    /** Throttling: safe to repeat for any action, after the rate window has passed. */
    THROTTLING,
    /** A transient server failure: repeated only for idempotent actions. */
    TRANSIENT,
    /** The signature's timestamp is off: re-signed once with the clock corrected from the server's {@code Date}. */
    CLOCK_SKEW,
    /** Anything else: never repeated. */
    OTHER
}
