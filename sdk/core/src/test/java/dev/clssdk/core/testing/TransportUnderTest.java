package dev.clssdk.core.testing;

import dev.clssdk.core.http.HttpTransportFactory;

/**
 * Which transport the suite runs on: the JDK's client in sdk-core, OkHttp where sdk-okhttp runs the
 * same classes again (it sets {@value HttpTransportFactory#PROPERTY}). For the few cases where the
 * two differ by design (sdk/core/RUNTIME.md, "Transports").
 */
public final class TransportUnderTest {
    private TransportUnderTest() {
    }

    /** @return {@code true} on the JDK's {@code java.net.http} client */
    public static boolean isJdk() {
        return "jdk".equals(System.getProperty(HttpTransportFactory.PROPERTY, "jdk"));
    }
}
