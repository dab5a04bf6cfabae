package dev.clssdk.core.http;

/** What one exchange came to: an answer with a status, or a failure to get one. */
public sealed interface TransportOutcome permits TransportAnswer, TransportFailure {
}
