/**
 * Implementation: OkHttp interceptors for signing, per-call options and answer guards, the envelope parser and the Retrofit converters. Not API.
 */
package dev.clssdk.core.internal.http;
