/**
 * JSON on the call path without jackson-core: a strict reader and a writer of the bytes
 * jackson-core writes. Not API.
 */
package dev.clssdk.core.internal.json;
