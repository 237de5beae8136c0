package org.councilsearch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.Services;
import org.councilsearch.search.SearchRequest;

/**
 * Measures start-up: from opening an existing index ({@link Services#open}) to the first answered
 * search. Meaningful in a fresh JVM with fresh services (the {@code bench startup} command), since
 * a warm JVM has its classes loaded already.
 */
public final class StartupBench {
  private final Services services;

  /** @param services fresh services: nothing loaded yet, as at a real start */
  public StartupBench(Services services) {
    this.services = services;
  }

  public StartupFigures measure(Path index, SearchRequest first) throws IOException {
    long start = System.nanoTime();
    try (Services.Searching searching = services.open(new IndexConfig.Embedded(index))) {
      long opened = System.nanoTime();
      searching.search().search(first);
      long answered = System.nanoTime();
      double sinceJvm =
          System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
      return new StartupFigures(
          Machine.current(),
          index.toString(),
          (opened - start) / 1e6,
          (answered - opened) / 1e6,
          (answered - start) / 1e6,
          sinceJvm);
    }
  }
}
