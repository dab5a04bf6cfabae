/**
 * The public API shared by every generated client: the exception hierarchy, per-call options, operations, paginators, hooks and the retry policy.
 */
package dev.clssdk.core;
