/**
 * The default transport: the core's exchanges on the JDK's {@code java.net.http} client. Not API.
 */
package dev.clssdk.core.internal.jdk;
