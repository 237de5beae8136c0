package org.councilsearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.Services;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.model.PaperVersion;
import org.councilsearch.search.Languages;
import org.councilsearch.search.PaperView.ParagraphView;
import org.councilsearch.search.LanguageNames;
import org.councilsearch.search.PaperView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** council-search show: one whole paper, passage by passage. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show one indexed paper with its metadata and all its passages.",
    footer = {"", "Examples:", "  council-search show 000_4e715c5eda85927c.txt", "  council-search show --json 5d1e0c9a7b21"})
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  @Mixin JsonOption output;

  @Parameters(paramLabel = "DOC", description = "The paper's id or its file name in the corpus.")
  String doc;

  private final Services services;

  ShowCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    PaperView paper;
    try (Services.Searching open = solr.open(services, index.dir, spec.commandLine())) {
      paper = open.catalog().view(doc);
    }
    output.print(spec.commandLine().getOut(), paper, out -> print(paper, out));
    return ExitCodes.OK;
  }

  private static void print(PaperView paper, PrintWriter out) {
    PaperMetadata meta = paper.metadata();
    out.println(meta.title());
    line(out, "Year", meta.year() == null ? null : meta.year().toString());
    line(out, "Symbol", meta.symbol());
    line(out, "Session", meta.session());
    line(out, "Organization", meta.organization());
    line(out, "Language", LanguageNames.withCode(meta.language()));
    String meeting = meta.meetingDates() == null ? null : meta.meetingDates().text();
    if (meta.meetingPlace() != null) {
      meeting = meeting == null ? meta.meetingPlace() : meta.meetingPlace() + ", " + meeting;
    }
    line(out, "Meeting", meeting);
    line(out, "Source", paper.source() + " (" + paper.format() + ")");
    line(out, "Id", paper.id());
    if (!paper.versions().isEmpty()) {
      StringBuilder versions = new StringBuilder();
      for (PaperVersion v : paper.versions()) {
        versions.append(versions.length() == 0 ? "" : " · ").append(Languages.name(v.language())).append(" [").append(v.id()).append(']');
      }
      line(out, "Also in", versions.toString());
    }
    for (String note : paper.versionNotes()) {
      line(out, "Versions", note);
    }
    String section = "";
    List<ParagraphView> paragraphs = paper.paragraphs();
    for (ParagraphView p : paragraphs) {
      if (!p.section().equals(section)) {
        section = p.section();
        out.println();
        out.println("## " + (section.isEmpty() ? "(no heading)" : section));
      }
      out.println();
      // Only the passage that opens a numbered paragraph shows the number, as the paper prints it.
      boolean opens = "paragraph".equals(p.kind()) && p.number() != null;
      String prefix = "item".equals(p.kind()) ? "    - " : opens ? p.number() + ". " : "";
      out.println(prefix + p.text());
      if (!p.versions().isEmpty()) {
        out.println("    (also in: " + SearchCommand.alsoIn(p.versions()) + ")");
      }
    }
  }

  private static void line(PrintWriter out, String name, String value) {
    if (value != null) {
      out.println(name + ": " + value);
    }
  }
}
