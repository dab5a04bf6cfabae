/**
 * Credentials and where they come from: the environment, the profile file, a fixed pair, or a chain of providers.
 */
package dev.clssdk.core.auth;
