/**
 * The user API shared by every generated client: the exception hierarchy, per-call options
 * ({@link dev.clssdk.core.RequestOptions}), the retry policy, paginators, hooks and their metrics, and
 * {@link dev.clssdk.core.Operation} as hooks see it. Members marked {@link dev.clssdk.core.GeneratedCodeApi}
 * (the factories generated code makes operations, paginators and service exceptions with) are not part
 * of it; see RUNTIME.md, "API tiers".
 */
package dev.clssdk.core;
