package org.councilsearch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.Services;
import org.councilsearch.eval.CorpusPapers;
import org.councilsearch.eval.EntityEvaluation;
import org.councilsearch.eval.EntityFigures;
import org.councilsearch.eval.EntityType;
import org.councilsearch.eval.EvaluationReport;
import org.councilsearch.eval.FamilyFixtures;
import org.councilsearch.eval.FigureSpec;
import org.councilsearch.eval.LanguageFixtureEvaluation;
import org.councilsearch.eval.GoldPassage;
import org.councilsearch.eval.GoldSet;
import org.councilsearch.eval.GoldSetException;
import org.councilsearch.eval.HeldOutTaggers;
import org.councilsearch.eval.Metrics;
import org.councilsearch.eval.Miss;
import org.councilsearch.eval.TaggerSource;
import org.councilsearch.model.PaperContent;
import org.councilsearch.nlp.NlpModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** council-search eval-ner: entity tagging measured against the hand-checked gold set. */
@Command(
    name = "eval-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Measure entity tagging (organizations, dates, events, places, people) against the"
          + " hand-checked gold set: precision, recall and F1 per type, micro-averaged over"
          + " (passage, item) pairs.",
      "By default each paper is tagged by a name finder trained without that paper's sentences"
          + " (leave one paper out), so no figure is measured on the model's own training data.",
      "The figures are checked against the spec eval/entities.spec: any figure that moved by more than"
          + " 0.002, either way, ends the run with exit code 15."
    },
    footer = {
      "",
      "Examples:",
      "  council-search eval-ner                   held-out figures on ./corpus, checked",
      "  council-search eval-ner --shipped-model   the shipped model (not held out, faster)",
      "  council-search eval-ner --json",
      "  council-search eval-ner --update-spec     record a new measurement (checkout root)"
    })
final class EvalNerCommand implements Callable<Integer> {
  /** Misses shown per type in the text report; --json and the report object have them all. */
  private static final int MISSES_SHOWN = 5;

  @Spec CommandSpec spec;

  @Mixin JsonOption output;

  @Option(
      names = "--gold",
      paramLabel = "FILE",
      description = "Gold set in JSON Lines (default: the bundled " + GoldSet.RESOURCE + ").")
  Path gold;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      defaultValue = "corpus",
      description = "The papers the gold set annotates (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(
      names = "--shipped-model",
      description = "Tag with the shipped name finder instead of training one per held-out paper."
          + " Faster, but the model was trained on these papers: the figures are not held out.")
  boolean shippedModel;

  @Mixin SpecOption specOption;

  private final Services services;

  EvalNerCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws IOException {
    List<PaperContent> papers = CorpusPapers.read(corpus);
    EntityEvaluation evaluation;
    try {
      evaluation = new EntityEvaluation(readGold(), papers, services.gazetteer());
    } catch (GoldSetException e) {
      // Unreadable gold lines, or lines the segmenter no longer agrees with: no figure would mean anything.
      PrintWriter err = spec.commandLine().getErr();
      err.println("error: " + e.getMessage());
      err.flush();
      return ExitCodes.INTERNAL;
    }
    TaggerSource taggers =
        shippedModel
            ? TaggerSource.everyPaper(services.tagger())
            : new HeldOutTaggers(NlpModels.loadWithoutNameFinder(), services.gazetteer());
    EvaluationReport report = evaluation.run(taggers);
    List<LanguageFixtureEvaluation.Report> fixtures = new ArrayList<>();
    if (gold == null) {
      LanguageFixtureEvaluation languages =
          new LanguageFixtureEvaluation(services.tagger(), services.gazetteer(), services.languages());
      for (String split : List.of("tuning", "heldout")) {
        fixtures.add(languages.run(split, FamilyFixtures.bundled(FamilyFixtures.LANGUAGES, split)));
      }
    }
    FigureSpec figures = EntityFigures.of(report);
    for (LanguageFixtureEvaluation.Report r : fixtures) {
      figures = EntityFigures.plus(figures, r);
    }
    FigureSpec measured = figures;
    output.print(spec.commandLine().getOut(), toJson(report, measured), out -> {
      print(report, out);
      fixtures.forEach(r -> printFixtures(r, out));
    });
    if (gold != null) {
      return ExitCodes.OK;
    }
    String command = "council-search eval-ner" + (shippedModel ? " --shipped-model" : "");
    return specOption.check(EntityFigures.SPEC, measured, EntityFigures.SCOPE, command, spec.commandLine().getErr());
  }

  /**
   * The language fixtures' figures; the misses of the tuning split only, so that nobody writing
   * rules reads the held-out papers through them.
   */
  private static void printFixtures(LanguageFixtureEvaluation.Report report, PrintWriter out) {
    out.println();
    out.printf(Locale.ROOT, "Language fixtures, %s split (shipped tagger):%n", report.split());
    out.println("language type          papers  precision  recall     F1    tp    fp    fn");
    report.byLanguage().forEach((language, byType) -> {
      for (EntityType type : List.of(EntityType.ORGANIZATION, EntityType.DATE)) {
        Metrics m = byType.getOrDefault(type, Metrics.ZERO);
        out.printf(Locale.ROOT, "%-8s %-13s %6d  %9.3f %7.3f %6.3f %5d %5d %5d%n",
            language, type.label(), report.papers().get(language), m.precision(), m.recall(), m.f1(), m.tp(), m.fp(), m.fn());
      }
    });
    if (report.split().equals("tuning") && !report.misses().isEmpty()) {
      out.printf(Locale.ROOT, "%d misses:%n", report.misses().size());
      report.misses().forEach(miss -> out.println("  " + miss));
    }
  }

  private List<GoldPassage> readGold() throws IOException {
    if (gold == null) {
      return GoldSet.load();
    }
    try (InputStream in = Files.newInputStream(gold)) {
      return GoldSet.read(in);
    }
  }

  private static Map<String, Object> toJson(EvaluationReport report, FigureSpec measured) {
    Map<String, Object> types = new LinkedHashMap<>();
    for (EntityType type : EntityType.values()) {
      Metrics m = report.metrics(type);
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("precision", round(m.precision()));
      figures.put("recall", round(m.recall()));
      figures.put("f1", round(m.f1()));
      figures.put("tp", m.tp());
      figures.put("fp", m.fp());
      figures.put("fn", m.fn());
      types.put(type.label(), figures);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("heldOut", report.heldOut());
    json.put("types", types);
    json.put("figures", measured.rows());
    return json;
  }

  private static double round(double figure) {
    return Math.round(figure * 10_000) / 10_000.0;
  }

  private static void print(EvaluationReport report, PrintWriter out) {
    out.printf(Locale.ROOT, "Entity tagging against the gold set: %d passages, %d papers%n", report.passages(), report.byYear().size());
    out.println(
        report.heldOut()
            ? "Held out: each paper tagged by a name finder trained without that paper."
            : "NOT held out: the shipped name finder was trained on these papers.");
    out.println();
    report.byLanguage().forEach((language, metrics) -> {
      out.printf(Locale.ROOT, "%-16s %9s %7s %6s %5s %5s %5s %10s%n", "type (" + language + ")", "precision", "recall", "F1", "tp", "fp", "fn", "gazetteer");
      for (EntityType type : EntityType.values()) {
        Metrics m = metrics.getOrDefault(type, Metrics.ZERO);
        Double listed = report.gazetteerShare(language, type);
        out.printf(
            Locale.ROOT,
            "%-16s %9.3f %7.3f %6.3f %5d %5d %5d %10s%n",
            type.label(), m.precision(), m.recall(), m.f1(), m.tp(), m.fp(), m.fn(),
            listed == null ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * listed));
      }
      out.println();
    });
    out.println(
        "gazetteer: the share of the gold mentions that organizations.json already lists. A listed name is"
            + " found by look-up whatever the model learned, so for organizations and places these figures are"
            + " mostly in-sample, held out or not.");
    for (EntityType type : EntityType.values()) {
      List<Miss> misses = report.misses(type);
      if (misses.isEmpty()) {
        continue;
      }
      out.println();
      out.printf(Locale.ROOT, "%s: %d misses, first %d%n", type.label(), misses.size(), Math.min(MISSES_SHOWN, misses.size()));
      for (Miss miss : misses.subList(0, Math.min(MISSES_SHOWN, misses.size()))) {
        String kind = miss.kind() == Miss.Kind.MISSED ? "missed" : "spurious";
        out.printf(Locale.ROOT, "  %-8s %s   [%s]%n", kind, miss.item(), miss.passage());
      }
    }
  }
}
