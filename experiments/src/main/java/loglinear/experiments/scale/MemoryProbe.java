package loglinear.experiments.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Heap measurements around one computation, from the JVM's management beans.
 *
 * <p>What is measured: before the run the heap is collected ({@code System.gc()}) and every heap pool's peak
 * counter is reset; after the run, {@code peakHeapMib} is the sum over heap pools (eden, survivor, old) of each
 * pool's peak usage minus the heap in use before the run. The pools peak at different moments, so the sum is an
 * upper bound of the extra heap held at any instant, and it includes garbage not yet collected (a young pool
 * fills up before it is collected). Its resolution is the collector's unit of pool growth (a G1 region, 1 to 32
 * MiB), so runs that allocate less than that can read 0. {@code allocatedMib} is the number of bytes all threads allocated during the
 * run ({@code com.sun.management.ThreadMXBean#getTotalThreadAllocatedBytes}), or NaN where the JVM cannot say.
 * Neither counts off-heap or native memory.
 */
public final class MemoryProbe {
    private static final double MIB = 1024.0 * 1024.0;

    private final List<MemoryPoolMXBean> heapPools;
    private final java.lang.management.ThreadMXBean threads;
    private long baselineUsed;
    private long baselineAllocated;

    public MemoryProbe() {
        this.heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
                .toList();
        this.threads = ManagementFactory.getThreadMXBean();
    }

    /** The heap used and bytes allocated by one run. */
    public record Reading(double peakHeapMib, double allocatedMib) {}

    /** Collects, resets the peak counters and records the baseline. */
    public void start() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            pool.resetPeakUsage();
            used += pool.getUsage().getUsed();
        }
        baselineUsed = used;
        baselineAllocated = totalAllocated();
    }

    /** The reading since {@link #start()}. */
    public Reading stop() {
        long allocated = totalAllocated();
        long peak = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            peak += pool.getPeakUsage().getUsed();
        }
        double allocatedMib = allocated < 0 || baselineAllocated < 0 ? Double.NaN : (allocated - baselineAllocated) / MIB;
        return new Reading(Math.max(0, peak - baselineUsed) / MIB, allocatedMib);
    }

    private long totalAllocated() {
        if (threads instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()
                && sun.isThreadAllocatedMemoryEnabled()) {
            return sun.getTotalThreadAllocatedBytes();
        }
        return -1;
    }
}
