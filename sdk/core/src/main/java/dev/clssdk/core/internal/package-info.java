/**
 * Implementation shared across the core's packages (checks of settings). Not API.
 */
package dev.clssdk.core.internal;
