package org.councilsearch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Benchmark figures as the lines the command prints. */
public final class FiguresText {
  private FiguresText() {}

  public static String machine(Machine m) {
    return f("machine: %d cores, %s, max heap %d MB, %s%s", m.cores(), m.jvm(), m.maxHeapMb(), m.os(),
        m.jvmArgs().isBlank() ? "" : ", JVM options: " + m.jvmArgs());
  }

  public static List<String> indexing(IndexingFigures x) {
    List<String> lines = new ArrayList<>();
    lines.add(machine(x.machine()));
    lines.add(f("archive: %s, %d workers; tagging models loaded once in %.1f s", x.archive(), x.workers(), x.modelLoadSeconds()));
    lines.add("extraction only (Tika):      " + IndexingBench.line(x.extraction()));
    lines.add("extraction + indexing:       " + IndexingBench.line(x.withoutTagging()));
    lines.add("full pipeline (with tagging): " + IndexingBench.line(x.full()));
    lines.add(f("ratios: full / extraction %.2f, full / without tagging %.2f, tagging / without tagging %.2f (target <= 3)",
        x.fullOverExtraction(), x.fullOverWithoutTagging(), x.taggingOverWithoutTagging()));
    lines.add(f("incremental: %d papers added to %d in %.2f s (target < 10 s)",
        x.incremental().addedPapers(), x.incremental().indexedPapers(), x.incremental().seconds()));
    return lines;
  }

  public static List<String> queries(QueryFigures x) {
    List<String> lines = new ArrayList<>();
    lines.add(machine(x.machine()));
    lines.add(f("index: %s (%d papers); mix of %d queries, %d rounds per client; searches %s",
        x.index(), x.papers(), x.mix().size(), x.rounds(), x.searches()));
    for (int i = 0; i < x.full().size(); i++) {
      lines.add(latency(x.full().get(i)));
      lines.add(latency(x.baseline().get(i)));
    }
    lines.add(f("full / plain BM25 at 1 client: p50 %.1fx, p99 %.1fx; peak heap while serving %d MB",
        x.p50OverBaseline(), x.p99OverBaseline(), x.peakHeapMb()));
    lines.add("p50 by query type (ms, full search, 1 client): " + x.full().get(0).p50MsByType());
    return lines;
  }

  /** The query mix on a SolrCloud collection ("full") against the embedded index ("baseline"). */
  public static List<String> solr(QueryFigures x) {
    List<String> lines = new ArrayList<>();
    lines.add(machine(x.machine()));
    lines.add(f("%s (%d papers); mix of %d queries, %d rounds per client; the same searches on both, %s",
        x.index(), x.papers(), x.mix().size(), x.rounds(), x.searches()));
    for (int i = 0; i < x.full().size(); i++) {
      lines.add(latency(x.full().get(i)));
      lines.add(latency(x.baseline().get(i)));
    }
    lines.add(f("SolrCloud / embedded at 1 client: p50 %.1fx, p99 %.1fx", x.p50OverBaseline(), x.p99OverBaseline()));
    return lines;
  }

  public static String latency(LatencyFigures l) {
    return f("%-11s %2d clients: %6d queries, %7.1f q/s, p50 %6.2f ms, p95 %6.2f ms, p99 %6.2f ms, max %6.1f ms, CPU %5.2f ms/query",
        l.target(), l.clients(), l.queries(), l.queriesPerSecond(), l.p50Ms(), l.p95Ms(), l.p99Ms(), l.maxMs(),
        l.cpuMsPerQuery());
  }

  public static List<String> startup(StartupFigures x) {
    return List.of(
        machine(x.machine()),
        f("index: %s", x.index()),
        f("open %.0f ms + first search %.0f ms = ready in %.0f ms (target < 3000 ms); %.0f ms since JVM start",
            x.openMs(), x.firstSearchMs(), x.readyMs(), x.sinceJvmStartMs()));
  }

  public static List<String> growth(GrowthFigures x) {
    List<String> lines = new ArrayList<>();
    lines.add(machine(x.machine()));
    lines.add(growthHeader());
    x.rows().forEach(r -> lines.add(growthRow(r)));
    return lines;
  }

  public static String growthHeader() {
    return "| papers | passages | index time (s) | index size (MB) | peak heap (MB) | p50 (ms) | p99 (ms) | q/s |";
  }

  public static String growthRow(GrowthFigures.Row r) {
    return f("| %,d | %,d | %.1f | %.1f | %d | %.2f | %.2f | %.1f |",
        r.papers(), r.passages(), r.indexSeconds(), r.indexMb(), r.peakHeapMb(), r.p50Ms(), r.p99Ms(), r.queriesPerSecond());
  }

  public static List<String> http(HttpFigures x) {
    List<String> lines = new ArrayList<>();
    lines.add(machine(x.machine()));
    lines.add(f("index: %s (%d papers); %d rounds of the mix per client; server and clients in one JVM on loopback; searches %s",
        x.index(), x.papers(), x.rounds(), x.searches()));
    for (int i = 0; i < x.overHttp().size(); i++) {
      lines.add(latency(x.overHttp().get(i)));
      lines.add(latency(x.baseline().get(i)));
    }
    LatencyFigures most = x.overHttp().get(x.overHttp().size() - 1);
    lines.add(f("over HTTP with %d clients: %.0f searches/s (target >= 500), p99 %.1f ms (target < 100 ms), %.1fx the same searches' p99 in-process",
        most.clients(), most.queriesPerSecond(), most.p99Ms(), x.p99OverBaselineAt32()));
    lines.add(f("peak heap while serving %d MB (target < 1024 MB)", x.peakHeapMb()));
    x.soak().forEach(w -> lines.add(soakWindow(w)));
    if (x.serveStartup() != null) {
      lines.add(f("serve on the existing index answered its first search %.0f ms after the process started (target < 3000 ms)",
          x.serveStartup().readyMs()));
    }
    return lines;
  }

  public static String soakWindow(HttpFigures.SoakWindow w) {
    return f("soak window %2d, %d clients: %5.1f s, %7.1f q/s, p50 %6.2f ms, p99 %6.2f ms, heap after GC %d MB",
        w.window(), w.clients(), w.seconds(), w.queriesPerSecond(), w.p50Ms(), w.p99Ms(), w.heapAfterGcMb());
  }

  /** The OCR run: one line per scan format. */
  public static List<String> ocr(OcrFigures o) {
    List<String> lines = new ArrayList<>();
    lines.add(machine(o.machine()));
    lines.add(f("OCR of %s, printed and scanned, read with %s:", o.paper(), o.languages()));
    for (OcrFigures.Run r : o.runs()) {
      lines.add(
          f(
              "  %-16s %d pages in %.1f s: %.2f pages/s, word accuracy %.1f%%, paragraph numbers %d of %d,"
                  + " year %s",
              r.format(),
              r.pages(),
              r.seconds(),
              r.pagesPerSecond(),
              100 * r.wordAccuracy(),
              r.paragraphNumbersFound(),
              r.paragraphNumbers(),
              r.sameYear() ? "as in the text" : "DIFFERS"));
    }
    return lines;
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
