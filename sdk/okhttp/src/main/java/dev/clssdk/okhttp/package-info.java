/**
 * The generated SDKs' calls on OkHttp (4.12 or 5.x) instead of the JDK's HTTP client: put this
 * artifact on the class path, or give a client builder {@link dev.clssdk.okhttp.OkHttpTransports#using}
 * with an {@code OkHttpClient} of the application's.
 */
package dev.clssdk.okhttp;
