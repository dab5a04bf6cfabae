/**
 * Credentials providers built on the generated STS client (hand-written, beside the generated
 * {@code dev.clssdk.sts} packages): STS {@code AssumeRole} and TKE OIDC
 * ({@code AssumeRoleWithWebIdentity}), the latter contributed to the core's default chain.
 */
package dev.clssdk.sts.auth;
