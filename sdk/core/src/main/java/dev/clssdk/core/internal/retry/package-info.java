/**
 * Implementation: retry rules, rate limiters and the time source. Not API.
 */
package dev.clssdk.core.internal.retry;
