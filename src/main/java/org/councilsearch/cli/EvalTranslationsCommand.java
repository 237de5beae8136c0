package org.councilsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.Services;
import org.councilsearch.eval.FigureSpec;
import org.councilsearch.eval.TranslationEvaluation;
import org.councilsearch.eval.TranslationFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** council-search eval-versions: how the language versions of the languages fixtures are linked. */
@Command(
    name = "eval-versions",
    mixinStandardHelpOptions = true,
    description = {
      "Measure how the English, French and Spanish versions of the languages fixtures are linked against"
          + " their gold: precision and recall of the version pairs and of the paragraph links, and the"
          + " share of pairs whose numbering is judged to agree or differ as the gold has it.",
      "The held-out split is never used to write rules; the tuning split is. Both are shown.",
      "The bundled fixtures' figures are checked against the spec eval/translations.spec: any figure that"
          + " moved by more than 0.002, either way, ends the run with exit code 15."
    },
    footer = {
      "",
      "Examples:",
      "  council-search eval-versions                 the bundled fixtures, checked",
      "  council-search eval-versions --misses        every wrong or missing link",
      "  council-search eval-versions --update-spec   record a new measurement (checkout root)"
    })
final class EvalTranslationsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin JsonOption output;

  @Option(
      names = "--languages",
      paramLabel = "DIR",
      description = "Directory holding the splits heldout/ and tuning/ (default: the bundled fixtures,"
          + " src/test/resources/languages in a checkout). Figures of other fixtures are printed, not checked.")
  Path languages;

  @Mixin SpecOption specOption;

  @Option(names = "--misses", description = "List every wrong or missing link.")
  boolean misses;

  private final Services services;

  EvalTranslationsCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws IOException {
    TranslationEvaluation evaluation = new TranslationEvaluation(services.languages());
    List<TranslationEvaluation.Report> reports = new ArrayList<>();
    for (String split : EvalFamiliesCommand.SPLITS) {
      try {
        reports.add(languages == null ? evaluation.bundled(split) : evaluation.run(split, languages.resolve(split)));
      } catch (IOException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: " + e.getMessage() + "; pass --languages DIR holding heldout/ and tuning/");
        err.flush();
        return ExitCodes.USAGE;
      }
    }
    output.print(spec.commandLine().getOut(), toJson(reports), out -> print(reports, out));
    if (languages != null) {
      return ExitCodes.OK;
    }
    FigureSpec measured = TranslationFigures.empty();
    for (TranslationEvaluation.Report report : reports) {
      measured = TranslationFigures.add(measured, report);
    }
    return specOption.check(
        TranslationFigures.SPEC, measured, TranslationFigures.SCOPE, "council-search eval-versions", spec.commandLine().getErr());
  }

  private static Map<String, Object> toJson(List<TranslationEvaluation.Report> reports) {
    Map<String, Object> json = new LinkedHashMap<>();
    for (TranslationEvaluation.Report r : reports) {
      Map<String, Object> split = new LinkedHashMap<>();
      split.put("papers", r.papers());
      split.put("pairs", r.pairs());
      split.put("papersLinkedPrecision", round(r.paperLinks().precision()));
      split.put("papersLinkedRecall", round(r.paperLinks().recall()));
      split.put("paragraphsLinkedPrecision", round(r.paragraphLinks().precision()));
      split.put("paragraphsLinkedRecall", round(r.paragraphLinks().recall()));
      split.put("numberingJudged", round(r.numberingAccuracy()));
      split.put("misses", r.misses());
      json.put(r.split(), split);
    }
    return json;
  }

  private static double round(double figure) {
    return Math.round(figure * 10_000) / 10_000.0;
  }

  private void print(List<TranslationEvaluation.Report> reports, PrintWriter out) {
    out.printf(Locale.ROOT, "%-28s", "");
    reports.forEach(r -> out.printf(Locale.ROOT, " %20s", r.split() + " (" + r.pairs() + " pairs)"));
    out.println();
    line(out, "papers linked: precision", reports, r -> r.paperLinks().precision());
    line(out, "papers linked: recall", reports, r -> r.paperLinks().recall());
    line(out, "paragraphs linked: precision", reports, r -> r.paragraphLinks().precision());
    line(out, "paragraphs linked: recall", reports, r -> r.paragraphLinks().recall());
    line(out, "numbering judged", reports, TranslationEvaluation.Report::numberingAccuracy);
    if (misses) {
      for (TranslationEvaluation.Report r : reports) {
        out.println();
        out.printf(Locale.ROOT, "%s: %d misses%n", r.split(), r.misses().size());
        r.misses().forEach(m -> out.println("  " + m));
      }
    }
  }

  private static void line(
      PrintWriter out,
      String label,
      List<TranslationEvaluation.Report> reports,
      java.util.function.ToDoubleFunction<TranslationEvaluation.Report> figure) {
    out.printf(Locale.ROOT, "%-28s", label);
    reports.forEach(r -> out.printf(Locale.ROOT, " %20.3f", figure.applyAsDouble(r)));
    out.println();
  }
}
