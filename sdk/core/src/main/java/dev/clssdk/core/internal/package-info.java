/**
 * Implementation shared across the core's packages (checks of settings). Not API: the module
 * descriptor does not export {@code dev.clssdk.core.internal} or its subpackages, and no compatibility
 * gate looks at them.
 */
package dev.clssdk.core.internal;
