/**
 * Implementation: the call executor (blocking and asynchronous), failure translation and the waiter engine. Not API.
 */
package dev.clssdk.core.internal.exec;
