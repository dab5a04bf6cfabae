/**
 * What generated clients are built on: the service metadata they implement, the client builder they extend, and the runtime they delegate every call to.
 */
package dev.clssdk.core.client;
