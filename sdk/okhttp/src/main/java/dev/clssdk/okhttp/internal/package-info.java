/**
 * The OkHttp transport's implementation: the exchange on an OkHttp call and its interceptors. Not API.
 */
package dev.clssdk.okhttp.internal;
