package org.councilsearch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap use over a phase, from the JVM's memory pools: {@link #reset()} before the phase,
 * {@link #peakMb()} after. The sum of each heap pool's own peak is an upper bound (the pools may
 * peak at different moments), which is the safe side for a memory target. Run benchmarks with a
 * fixed -Xmx: with a large default heap the collector lets garbage pile up and the peak says more
 * about the collector than about us.
 */
final class HeapMeter {
  private final List<MemoryPoolMXBean> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
          .toList();

  /** Collects garbage, then starts a new peak from what is live now. */
  void reset() {
    System.gc();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Peak heap use since the last reset, in MB. */
  long peakMb() {
    long bytes = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return bytes / (1024 * 1024);
  }
}
