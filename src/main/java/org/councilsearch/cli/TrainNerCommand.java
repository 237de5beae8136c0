package org.councilsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.nlp.train.NerSource;
import org.councilsearch.nlp.train.NerTrainer;
import org.councilsearch.nlp.train.TrainingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** council-search train-ner: retrains the entity tagger's name finder from the bundled training files. */
@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Train the name finder (organizations, people, events, places) on the bundled annotated"
          + " sentences, one file per corpus paper plus hand-written ones, and write the model.",
      "Training is deterministic: the same files give the same model, byte for byte."
    },
    footer = {
      "",
      "Examples:",
      "  council-search train-ner      retrain the committed model (from the project root)",
      "  council-search train-ner --hold-out corpus-2009.txt --out no-2009.bin"
    })
final class TrainNerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "src/main/resources/org/councilsearch/nlp/ner-council-en.bin",
      description = "Where to write the model (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--hold-out",
      paramLabel = "NAME",
      description = "Leave out a bundled training file, e.g. corpus-2009.txt, to evaluate on that paper; repeatable.")
  List<String> heldOut = new ArrayList<>();

  TrainNerCommand() {}

  @Override
  public Integer call() throws IOException {
    List<NerSource> sources;
    try {
      sources = NerSource.allBundledExcept(heldOut.toArray(String[]::new));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    TrainingReport report = new NerTrainer().trainAndWrite(sources, out);
    PrintWriter console = spec.commandLine().getOut();
    console.println("Training files:");
    report.sentences().forEach((name, count) -> console.printf(Locale.ROOT, "  %-18s %5d sentences%n", name, count));
    console.printf(Locale.ROOT, "%d sentences, %d names:", report.totalSentences(), report.totalEntities());
    report.entities().forEach((type, count) -> console.printf(Locale.ROOT, " %d %s", count, type));
    console.println();
    console.printf(Locale.ROOT, "Model written to %s (%d bytes)%n", report.model(), report.bytes());
    console.printf(Locale.ROOT, "SHA-256 %s%n", report.sha256());
    console.flush();
    return ExitCodes.OK;
  }
}
