/**
 * Credentials and where they come from: the environment, the profile file, a fixed pair, the CVM
 * instance role, a chain of providers, and providers other modules contribute to the default chain.
 * User API; a provider that fetches over the network reads the limits of the call it serves from
 * {@link dev.clssdk.core.auth.CallLimits}.
 */
package dev.clssdk.core.auth;
