/**
 * Implementation of the credentials providers: the limits of the call credentials are resolved for,
 * and the watchdog that ends a fetch by them. Not API.
 */
package dev.clssdk.core.internal.auth;
