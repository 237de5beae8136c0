package org.councilsearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.Services;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.model.IndexReport;

/**
 * Indexes the first N papers of one archive for growing N, and measures at each size the indexing
 * time, index size, peak heap and search latency, to show whether growth is linear. Since paper
 * {@code i} of a generated archive does not depend on the others, the first N papers are an archive
 * of size N. Not thread-safe: one run at a time.
 */
public final class GrowthBench {
  private final Services services;
  private final QueryBench queries;
  private final Consumer<String> log;
  private final HeapMeter heap = new HeapMeter();

  public GrowthBench(Services services, QueryBench queries, Consumer<String> log) {
    this.services = services;
    this.queries = queries;
    this.log = log;
  }

  /**
   * Runs every size in {@code sizes} (ascending) with scratch space under {@code work}; the index of
   * the largest size is left in {@code work/index}.
   */
  public GrowthFigures run(Path archive, List<Integer> sizes, Path work) throws IOException {
    services.tagger();
    List<GrowthFigures.Row> rows = new ArrayList<>();
    for (int n : sizes) {
      Path view = ArchiveView.firstPapers(archive, n, work.resolve("corpus"));
      Path index = work.resolve("index");
      // Each size starts from scratch; the largest one's index stays, for the query and start-up
      // benches to run on.
      ArchiveView.deleteTree(index);
      heap.reset();
      long start = System.nanoTime();
      IndexReport report =
          services.indexer(ExtractionLimits.DEFAULTS).update(new Corpus(view), services.backend(new IndexConfig.Embedded(index)), true, IndexProgress.NONE);
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak = heap.peakMb();
      double indexMb = DiskUsage.megabytes(DiskUsage.bytes(index));
      LatencyFigures latency;
      // Cold: no search is answered from kept results, so the latency is the work of each search.
      try (Services.Searching searching = services.open(new IndexConfig.Embedded(index), 0)) {
        latency = queries.measure(new InProcessTarget(searching.search()), 1);
      }
      GrowthFigures.Row row =
          new GrowthFigures.Row(
              report.papers(), report.passages(), seconds, indexMb, peak, latency.p50Ms(),
              latency.p99Ms(), latency.queriesPerSecond());
      log.accept(FiguresText.growthRow(row));
      rows.add(row);
    }
    return new GrowthFigures(Machine.current(), archive.toString(), rows);
  }
}
