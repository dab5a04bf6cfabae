/**
 * Implementation: OkHttp interceptors for signing, per-call options and answer guards, the envelope parser and the requests and answers of actions. Not API.
 */
package dev.clssdk.core.internal.http;
