/**
 * Clients: the settings every generated client builder inherits from
 * {@link dev.clssdk.core.client.SdkClientBuilder} and {@link dev.clssdk.core.client.ErrorKind} are user API;
 * the rest is what generated clients are built on, marked {@link dev.clssdk.core.GeneratedCodeApi}: the
 * {@link dev.clssdk.core.client.ServiceMetadata} a generated service implements, the
 * {@link dev.clssdk.core.client.ClientRuntime} its client delegates every call to, and the paginator and
 * waiter definitions it declares.
 */
package dev.clssdk.core.client;
