package org.councilsearch.bench;

import java.util.List;
import java.util.Objects;

/**
 * The figures of the last benchmark run, as committed in {@code src/bench/performance.json}: the
 * machine they were measured on and one table per benchmark. docs/performance.md is generated
 * from it, never typed.
 *
 * @param machine where the figures were measured
 * @param sections one per benchmark, in the order the doc shows them
 */
public record PerformanceRecord(MachineLine machine, List<Section> sections) {
  public PerformanceRecord {
    Objects.requireNonNull(machine, "machine");
    sections = List.copyOf(sections);
  }

  /**
   * The machine as the doc states it.
   *
   * @param cores available processors
   * @param cpu the processor model
   * @param memory physical memory, with its unit ("23.5 GiB")
   * @param jvm runtime name and version
   * @param os operating system and architecture
   */
  public record MachineLine(int cores, String cpu, String memory, String jvm, String os) {}

  /**
   * One benchmark: what it measures, the command that reproduces it, and its figures.
   *
   * @param title the heading
   * @param about how it was measured, one paragraph
   * @param commands the command lines that reproduce it, from the root of a checkout
   * @param figures its rows
   */
  public record Section(String title, String about, List<String> commands, List<Figure> figures) {
    public Section {
      commands = List.copyOf(commands);
      figures = List.copyOf(figures);
    }
  }

  /**
   * One measured figure.
   *
   * @param name what it is, e.g. "full search, p50"
   * @param value as measured, with its unit ("12.9 ms")
   * @param kind how it was obtained: {@link Kind#COLD} (every search computed afresh), {@link
   *     Kind#REPEATED} (a repeated search answered from the kept results), {@link Kind#EXTRAPOLATED}
   *     (computed from measured figures, not measured), or {@link Kind#MEASURED} (anything else
   *     measured: times, sizes)
   * @param target the product target it answers, or null
   * @param met whether the target is met; null when there is no target
   */
  public record Figure(String name, String value, Kind kind, String target, Boolean met) {
    public Figure {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(kind, "kind");
      if ((target == null) != (met == null)) {
        throw new IllegalArgumentException(name + ": a target needs met true or false, and met needs a target");
      }
    }

    /** What the doc prints in the target column: a "met" only for a measured figure that is not a cache hit. */
    public String verdict() {
      if (target == null) {
        return "";
      }
      String outcome =
          switch (kind) {
            case EXTRAPOLATED -> met ? "met (extrapolated)" : "missed (extrapolated)";
            case REPEATED -> "not a test of the target (cache hit)";
            case COLD, MEASURED -> met ? "**met**" : "**missed**";
          };
      return target + ": " + outcome;
    }
  }

  /** How a figure was obtained. */
  public enum Kind {
    COLD,
    REPEATED,
    EXTRAPOLATED,
    MEASURED;

    /** The label the doc prints beside a figure. */
    public String label() {
      return switch (this) {
        case COLD -> "cold";
        case REPEATED -> "repeated search (cache hit)";
        case EXTRAPOLATED -> "extrapolated";
        case MEASURED -> "measured";
      };
    }
  }
}
