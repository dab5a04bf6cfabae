/**
 * The seam between the core and an HTTP client: the core signs, sends, reads, classifies and
 * retries; an {@link dev.clssdk.core.http.HttpTransport} only moves one request's bytes and its
 * response's bytes, and reports a failure as a value. The JDK's {@code java.net.http} client is the
 * default; another transport (OkHttp, from {@code dev.clssdk:sdk-okhttp}) is chosen by putting its
 * artifact on the class path, or given to the client builder.
 *
 * <p>User API, for whoever brings an HTTP client: an application's own transport implements these
 * interfaces as {@code dev.clssdk:sdk-okhttp} does, and the compatibility gate guards them as it guards
 * the rest of the user tier.
 */
package dev.clssdk.core.http;
