package org.councilsearch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The machine a benchmark ran on, printed and saved with every figure: figures mean little
 * without the cores and the JVM behind them.
 *
 * @param cores available processors
 * @param jvm runtime name and version
 * @param maxHeapMb the heap limit (-Xmx or the JVM's default)
 * @param os operating system and architecture
 * @param jvmArgs the JVM's options, such as -Xmx
 */
public record Machine(int cores, String jvm, long maxHeapMb, String os, String jvmArgs) {
  /** This JVM on this machine. */
  public static Machine current() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
  }

  /**
   * CPU time used so far by this JVM's live threads, in nanoseconds: the clients, any server
   * running in it, but not the collector's or the compiler's own threads.
   */
  static long threadsCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (long id : threads.getAllThreadIds()) {
      sum += Math.max(0, threads.getThreadCpuTime(id));
    }
    return sum;
  }
}
