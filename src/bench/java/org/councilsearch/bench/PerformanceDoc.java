package org.councilsearch.bench;

import org.councilsearch.bench.PerformanceRecord.Figure;
import org.councilsearch.bench.PerformanceRecord.Section;

/** Writes docs/performance.md from the committed record of the last benchmark run. */
final class PerformanceDoc {
  private final PerformanceRecord record;

  PerformanceDoc(PerformanceRecord record) {
    this.record = record;
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    PerformanceRecord.MachineLine m = record.machine();
    md.append("# Performance\n\n")
        .append(FiguresDocs.generated("src/bench/performance.json"))
        .append("\n\n")
        .append("Figures of the last benchmark run, measured on ")
        .append(m.cores()).append(" cores (").append(m.cpu()).append("), ").append(m.memory()).append(" of memory, ")
        .append(m.jvm()).append(", ").append(m.os()).append(".\n\n")
        .append("Searches are measured **cold**: every search is computed afresh (`--cached-searches 0`, the\n")
        .append("default), with the JIT warmed by unrecorded passes. A figure for a search answered from the kept\n")
        .append("results is labelled *repeated search (cache hit)* and never counts towards a target. A target is\n")
        .append("*met* only by a figure measured on the archive its row states; a figure computed from others says\n")
        .append("*extrapolated*.\n\n")
        .append("The benchmarks are not part of the product: they live in `src/bench/java` and run from their own\n")
        .append("jar, `target/council-search-bench.jar`, built by `mvn -B -q package -DskipTests` beside the product\n")
        .append("jar (which it needs in the same directory).\n\n");
    for (Section s : record.sections()) {
      md.append("## ").append(s.title()).append("\n\n").append(s.about()).append("\n\n");
      md.append("| figure | value | how | target |\n|---|---:|---|---|\n");
      for (Figure f : s.figures()) {
        md.append("| ").append(f.name()).append(" | ").append(f.value()).append(" | ").append(f.kind().label())
            .append(" | ").append(f.verdict()).append(" |\n");
      }
      md.append("\nReproduce, from the root of a checkout:\n\n```\n");
      s.commands().forEach(c -> md.append(c).append('\n'));
      md.append("```\n\n");
    }
    md.append("## Recording a run\n\n")
        .append("The figures above are kept in `src/bench/performance.json`. After a benchmark run, write its\n")
        .append("figures and the machine there, then regenerate this page with\n")
        .append("`java -jar target/council-search-bench.jar docs`; `FiguresDocsTest` fails while the page differs\n")
        .append("from the record.\n");
    return md.toString();
  }
}
