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
import org.councilsearch.eval.FamilyEvaluation;
import org.councilsearch.eval.FamilyFigures;
import org.councilsearch.eval.FigureSpec;
import org.councilsearch.eval.FamilyField;
import org.councilsearch.eval.FamilyFixtures;
import org.councilsearch.eval.FamilyReport;
import org.councilsearch.eval.LeaveOneFamilyOut;
import org.councilsearch.eval.Metrics;
import org.councilsearch.nlp.train.RoleData;
import org.councilsearch.nlp.train.RoleTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** council-search eval-families: metadata of papers of many families, held-out split beside tuning split. */
@Command(
    name = "eval-families",
    mixinStandardHelpOptions = true,
    description = {
      "Measure what is read from papers of many families (IOM, UNHCR, ILO, UNDP, UN-Women, WHO;"
          + " reports, conference room papers, resolutions, newsletters) against their gold metadata:"
          + " accuracy of year, title, symbol, session, organization and paragraph numbers, and F1 of"
          + " the organizations and dates their passages name.",
      "The held-out split is never used to write rules; the tuning split is. Both are shown.",
      "The bundled fixtures' figures are checked against the spec eval/families.spec: any figure that"
          + " moved by more than 0.002, either way, ends the run with exit code 15."
    },
    footer = {
      "",
      "Examples:",
      "  council-search eval-families                 the bundled fixtures, checked",
      "  council-search eval-families --misses        every wrong field and unpaired item",
      "  council-search eval-families --json",
      "  council-search eval-families --update-spec   record a new measurement (checkout root)"
    })
final class EvalFamiliesCommand implements Callable<Integer> {
  static final List<String> SPLITS = List.of("heldout", "tuning");

  @Spec CommandSpec spec;

  @Mixin JsonOption output;

  @Option(
      names = "--families",
      paramLabel = "DIR",
      description = "Directory holding the splits heldout/ and tuning/ (default: the bundled fixtures,"
          + " src/test/resources/families in a checkout). Figures of other fixtures are printed, not checked.")
  Path families;

  @Mixin SpecOption specOption;

  @Option(names = "--misses", description = "List every wrong field and unpaired organization or date.")
  boolean misses;

  private final Services services;

  EvalFamiliesCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws IOException {
    List<FamilyReport> reports = new ArrayList<>();
    FamilyEvaluation evaluation = new FamilyEvaluation(services.tagger(), services.gazetteer());
    for (String split : SPLITS) {
      List<FamilyFixtures.Fixture> fixtures;
      try {
        fixtures = families == null ? FamilyFixtures.bundled(split) : FamilyFixtures.read(families.resolve(split));
      } catch (IOException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: " + e.getMessage() + "; pass --families DIR holding heldout/ and tuning/");
        err.flush();
        return ExitCodes.USAGE;
      }
      reports.add(evaluation.run(split, fixtures));
    }
    LeaveOneFamilyOut.Report lofo = new LeaveOneFamilyOut(new RoleTrainer().reusingEvents()::apply, evaluation).run(RoleData.bundled());
    output.print(spec.commandLine().getOut(), toJson(reports, lofo), out -> print(reports, lofo, out));
    if (families != null) {
      return ExitCodes.OK;
    }
    FigureSpec measured = FamilyFigures.empty();
    for (FamilyReport report : reports) {
      measured = FamilyFigures.add(measured, report);
    }
    measured = FamilyFigures.add(measured, lofo);
    return specOption.check(FamilyFigures.SPEC, measured, FamilyFigures.SCOPE, "council-search eval-families", spec.commandLine().getErr());
  }

  private static Map<String, Object> toJson(List<FamilyReport> reports, LeaveOneFamilyOut.Report lofo) {
    Map<String, Object> json = new LinkedHashMap<>();
    Map<String, Object> roles = new LinkedHashMap<>();
    roles.put("papers", lofo.papers());
    roles.put("families", lofo.families().size());
    for (FamilyField field : FamilyField.values()) {
      roles.put(
          camel(field.label()),
          Map.of("mean", round(lofo.mean(field)), "worst", round(lofo.worst(field)), "runOnMean", round(lofo.runOnMean(field))));
    }
    List<Map<String, Object>> perFamily = new ArrayList<>();
    for (LeaveOneFamilyOut.FamilyScore score : lofo.families()) {
      Map<String, Object> family = new LinkedHashMap<>();
      family.put("family", score.family());
      family.put("papers", score.papers());
      for (FamilyField field : FamilyField.values()) {
        family.put(camel(field.label()), round(score.accuracy().get(field)));
      }
      perFamily.add(family);
    }
    roles.put("perFamily", perFamily);
    roles.put("misses", lofo.misses());
    json.put("leaveOneFamilyOut", roles);
    for (FamilyReport report : reports) {
      Map<String, Object> split = new LinkedHashMap<>();
      split.put("papers", report.papers());
      for (FamilyField field : FamilyField.values()) {
        split.put(camel(field.label()), round(report.accuracy(field)));
      }
      split.put("organizationsF1", round(report.organizations().f1()));
      split.put("datesF1", round(report.dates().f1()));
      split.put("misses", report.misses());
      json.put(report.split(), split);
    }
    return json;
  }

  private static String camel(String label) {
    String[] words = label.split(" ");
    StringBuilder out = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return out.toString();
  }

  private static double round(double figure) {
    return Math.round(figure * 10_000) / 10_000.0;
  }

  private void print(List<FamilyReport> reports, LeaveOneFamilyOut.Report lofo, PrintWriter out) {
    out.printf(Locale.ROOT, "%-20s", "");
    reports.forEach(r -> out.printf(Locale.ROOT, " %14s", r.split() + " (" + r.papers() + ")"));
    out.println();
    for (FamilyField field : FamilyField.values()) {
      out.printf(Locale.ROOT, "%-20s", field.label());
      reports.forEach(r -> out.printf(Locale.ROOT, " %14.3f", r.accuracy(field)));
      out.println();
    }
    row(out, "organizations F1", reports.stream().map(FamilyReport::organizations).toList());
    row(out, "dates F1", reports.stream().map(FamilyReport::dates).toList());
    out.println();
    out.printf(Locale.ROOT, "Leave one family out: %d labelled papers of %d families, each family read by a model trained without it%n", lofo.papers(), lofo.families().size());
    out.printf(Locale.ROOT, "%-56s %5s", "family", "papers");
    for (FamilyField field : FamilyField.values()) {
      out.printf(Locale.ROOT, " %8s", abbreviation(field));
    }
    out.println();
    for (LeaveOneFamilyOut.FamilyScore score : lofo.families()) {
      String name = score.family().length() > 56 ? score.family().substring(0, 55) + "…" : score.family();
      out.printf(Locale.ROOT, "%-56s %5d", name, score.papers());
      for (FamilyField field : FamilyField.values()) {
        out.printf(Locale.ROOT, " %8.3f", score.accuracy().get(field));
      }
      out.println();
    }
    out.printf(Locale.ROOT, "%-56s %5s", "mean", "");
    java.util.Arrays.stream(FamilyField.values()).forEach(field -> out.printf(Locale.ROOT, " %8.3f", lofo.mean(field)));
    out.println();
    out.printf(Locale.ROOT, "%-56s %5s", "worst", "");
    java.util.Arrays.stream(FamilyField.values()).forEach(field -> out.printf(Locale.ROOT, " %8.3f", lofo.worst(field)));
    out.println();
    out.printf(Locale.ROOT, "%-56s %5s", "mean, copies that lost their line breaks", "");
    java.util.Arrays.stream(FamilyField.values()).forEach(field -> out.printf(Locale.ROOT, " %8.3f", lofo.runOnMean(field)));
    out.println();
    if (misses) {
      for (FamilyReport report : reports) {
        out.println();
        out.printf(Locale.ROOT, "%s: %d misses%n", report.split(), report.misses().size());
        report.misses().forEach(m -> out.println("  " + m));
      }
      out.println();
      out.printf(Locale.ROOT, "leave one family out: %d misses%n", lofo.misses().size());
      lofo.misses().forEach(m -> out.println("  " + m));
    }
  }

  private static String abbreviation(FamilyField field) {
    return field == FamilyField.PARAGRAPHS ? "paras" : field == FamilyField.ORGANIZATION ? "org" : field.label();
  }

  private static void row(PrintWriter out, String label, List<Metrics> metrics) {
    out.printf(Locale.ROOT, "%-20s", label);
    metrics.forEach(m -> out.printf(Locale.ROOT, " %14.3f", m.f1()));
    out.println();
  }
}
