package org.councilsearch.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Draws the growth figures as a small SVG: four panels (indexing time, index size, peak heap,
 * search latency) against the number of papers, each with a dashed line from the origin through
 * the smallest size, so that a straight line is what linear growth looks like and a curve above it
 * is worse than linear. Hand-written SVG: a charting library would be larger than the chart.
 */
final class GrowthChart {
  private static final int PANEL_W = 360;
  private static final int PANEL_H = 220;
  private static final int PAD = 48;

  private record Series(String label, String color, ToDoubleFunction<GrowthFigures.Row> value) {}

  private record Panel(String title, List<Series> series) {}

  private static final List<Panel> PANELS =
      List.of(
          new Panel("Full indexing time (s)", List.of(new Series("time", "#1f77b4", GrowthFigures.Row::indexSeconds))),
          new Panel("Index size on disk (MB)", List.of(new Series("size", "#2ca02c", GrowthFigures.Row::indexMb))),
          new Panel("Peak heap while indexing (MB)", List.of(new Series("heap", "#9467bd", r -> r.peakHeapMb()))),
          new Panel(
              "Search latency, 1 client (ms)",
              List.of(
                  new Series("p50", "#ff7f0e", GrowthFigures.Row::p50Ms),
                  new Series("p99", "#d62728", GrowthFigures.Row::p99Ms))));

  String svg(GrowthFigures figures) {
    // One more margin on the right, for the labels of the largest size.
    int width = 2 * (PANEL_W + PAD) + PAD;
    int height = 2 * (PANEL_H + PAD) + 30;
    StringBuilder s = new StringBuilder();
    s.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n", width, height));
    s.append(f("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
    s.append(f("<text x=\"%d\" y=\"18\" font-size=\"13\">Council Search growth (%d cores, %s)</text>%n",
        PAD, figures.machine().cores(), escape(figures.machine().jvm())));
    for (int i = 0; i < PANELS.size(); i++) {
      int x0 = (i % 2) * (PANEL_W + PAD) + PAD;
      int y0 = (i / 2) * (PANEL_H + PAD) + 30 + PAD / 2;
      panel(s, PANELS.get(i), figures.rows(), x0, y0);
    }
    return s.append("</svg>\n").toString();
  }

  private static void panel(StringBuilder s, Panel panel, List<GrowthFigures.Row> rows, int x0, int y0) {
    double maxX = rows.stream().mapToDouble(GrowthFigures.Row::papers).max().orElse(1);
    double maxY = 0;
    for (Series series : panel.series()) {
      maxY = Math.max(maxY, rows.stream().mapToDouble(series.value()).max().orElse(1));
    }
    maxY = maxY <= 0 ? 1 : maxY * 1.15;
    s.append(f("<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n", x0, y0 - 6, escape(panel.title())));
    s.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", x0, y0 + PANEL_H, x0 + PANEL_W, y0 + PANEL_H));
    s.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", x0, y0, x0, y0 + PANEL_H));
    s.append(f("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", x0 + PANEL_W, y0 + PANEL_H + 14, "papers: " + (long) maxX));
    s.append(f("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.0f</text>%n", x0 - 4, y0 + 8, maxY));
    s.append(f("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>%n", x0 - 4, y0 + PANEL_H));
    int legend = 0;
    for (Series series : panel.series()) {
      StringBuilder points = new StringBuilder();
      for (GrowthFigures.Row r : rows) {
        double x = x0 + r.papers() / maxX * PANEL_W;
        double y = y0 + PANEL_H - series.value().applyAsDouble(r) / maxY * PANEL_H;
        points.append(f("%.1f,%.1f ", x, y));
        s.append(f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, series.color()));
        s.append(f("<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\">%.1f</text>%n", x + 4, y - 4, series.value().applyAsDouble(r)));
      }
      s.append(f("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", points.toString().strip(), series.color()));
      if (!rows.isEmpty()) {
        // Linear growth from the smallest size: where the points would lie if cost were proportional.
        GrowthFigures.Row first = rows.get(0);
        double slope = series.value().applyAsDouble(first) / first.papers();
        double endY = y0 + PANEL_H - slope * maxX / maxY * PANEL_H;
        s.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-dasharray=\"4,4\" opacity=\"0.5\"/>%n",
            x0, y0 + PANEL_H, x0 + PANEL_W, Math.max(y0 - PAD / 2.0, endY), series.color()));
      }
      s.append(f("<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n", x0 + 8 + legend * 50, y0 + 12, series.color(), series.label()));
      legend++;
    }
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
