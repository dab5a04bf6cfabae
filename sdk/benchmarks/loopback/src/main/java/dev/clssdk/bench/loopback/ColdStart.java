package dev.clssdk.bench.loopback;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Reports how long a fresh JVM took to complete its first call: the JVM's uptime when the call
 * returned (JVM start and class loading included), and the call alone.
 */
public final class ColdStart {
    private ColdStart() {
    }

    /**
     * Times the first call and prints {@code COLDSTART label uptime_ms=… first_call_ms=…}.
     *
     * @param label printed on the line
     * @param firstCall builds the client and makes one call
     * @throws Exception if the call fails
     */
    public static void measure(String label, LoadHarness.Call firstCall) throws Exception {
        long start = System.nanoTime();
        firstCall.call();
        long callNanos = System.nanoTime() - start;
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.println(String.format(Locale.ROOT, "COLDSTART %s uptime_ms=%d first_call_ms=%.1f", label, uptime,
                callNanos / 1e6));
    }
}
