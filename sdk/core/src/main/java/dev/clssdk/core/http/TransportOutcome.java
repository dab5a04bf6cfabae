package dev.clssdk.core.http;

/** What one exchange came to: a response with a status, or a failure to get one. */
public sealed interface TransportOutcome permits TransportResponse, TransportFailure {
}
