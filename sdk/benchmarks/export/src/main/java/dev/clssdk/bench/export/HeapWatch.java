package dev.clssdk.bench.export;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap of this JVM over a run, from the JVM's own GC notifications
 * ({@link GarbageCollectionNotificationInfo}, one per collection): the heap in use just before
 * each collection (the most the heap held: garbage included, so at most the heap's size), and
 * just after it (what the program still held). Sums over the heap's memory pools (for G1: eden,
 * survivor, old).
 */
final class HeapWatch {

    private final Set<String> heapPools;
    private long peakBeforeGc;
    private long peakAfterGc;
    private int collections;
    private long gcMillis;

    private HeapWatch() {
        this.heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
    }

    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        watch.collected(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()));
                    }
                }, null, null);
            }
        }
        return watch;
    }

    private synchronized void collected(GarbageCollectionNotificationInfo info) {
        peakBeforeGc = Math.max(peakBeforeGc, heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()));
        peakAfterGc = Math.max(peakAfterGc, heapUsed(info.getGcInfo().getMemoryUsageAfterGc()));
        collections++;
        gcMillis += info.getGcInfo().getDuration();
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
    }

    /** The most heap in use at any collection, or now if more (bytes). */
    synchronized long peakUsed() {
        return Math.max(peakBeforeGc, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** The most heap still in use right after a collection (bytes). */
    synchronized long peakLive() {
        return peakAfterGc;
    }

    synchronized int collections() {
        return collections;
    }

    synchronized long gcMillis() {
        return gcMillis;
    }

    /** The collectors' names, e.g. {@code G1 Young Generation+G1 Old Generation}. */
    static String collectorNames() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining("+")).replace(' ', '_');
    }
}
