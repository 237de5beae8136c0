package org.councilsearch.index;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names worker threads so that a thread dump says what each one is doing. */
final class NamedThreads implements ThreadFactory {
  private final String prefix;
  private final AtomicInteger count = new AtomicInteger();

  private NamedThreads(String prefix) {
    this.prefix = prefix;
  }

  static ThreadFactory called(String prefix) {
    return new NamedThreads(prefix);
  }

  @Override
  public Thread newThread(Runnable r) {
    Thread t = new Thread(r, prefix + "-" + count.incrementAndGet());
    t.setDaemon(true);
    return t;
  }
}
