/**
 * Implementation: the stages of one attempt that do not depend on the transport: writing the request
 * ({@link dev.clssdk.core.internal.http.ActionCalls}), signing it
 * ({@link dev.clssdk.core.internal.http.RequestSigner}), reading the response or the failure
 * ({@link dev.clssdk.core.internal.http.ResponseReader}, {@link dev.clssdk.core.internal.http.EnvelopeParser}),
 * redaction and the exchange log. Not API.
 */
package dev.clssdk.core.internal.http;
