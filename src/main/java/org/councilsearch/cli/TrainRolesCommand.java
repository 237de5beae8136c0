package org.councilsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.nlp.LineBreakModel;
import org.councilsearch.nlp.LineRoleModel;
import org.councilsearch.nlp.train.LabelledPaper;
import org.councilsearch.nlp.train.RoleData;
import org.councilsearch.nlp.train.RoleTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** council-search train-roles: retrains the line-role model from the bundled labelled papers. */
@Command(
    name = "train-roles",
    mixinStandardHelpOptions = true,
    description = {
      "Train the line-role model (which line of a paper is its title, symbol, session, masthead,"
          + " a numbered paragraph ...) on the bundled labelled papers and the copies generated from"
          + " them (line breaks lost, running heads, OCR noise, two columns), and write the model.",
      "Training is deterministic: the same papers give the same model, byte for byte."
    },
    footer = {
      "",
      "Examples:",
      "  council-search train-roles              retrain the committed model (from the project root)",
      "  council-search train-roles --data my-roles --out my-roles.bin"
    })
final class TrainRolesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "src/main/resources/org/councilsearch/nlp/line-roles.bin",
      description = "Where to write the model (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--run-on-out",
      paramLabel = "FILE",
      defaultValue = "src/main/resources/org/councilsearch/nlp/line-roles-run-on.bin",
      description = "Where to write the model of the roles of lines cut out of lines whose breaks were lost (default: ${DEFAULT-VALUE}).")
  Path runOnOut;

  @Option(
      names = "--breaks-out",
      paramLabel = "FILE",
      defaultValue = "src/main/resources/org/councilsearch/nlp/line-breaks.bin",
      description = "Where to write the break model, which cuts lines whose breaks were lost (default: ${DEFAULT-VALUE}).")
  Path breaksOut;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "A directory of labelled papers (ID.roles with ID.gold.json) to train on instead of the bundled ones.")
  Path data;

  TrainRolesCommand() {}

  @Override
  public Integer call() throws IOException {
    List<LabelledPaper> papers;
    if (data != null) {
      if (!Files.isDirectory(data)) {
        throw new ParameterException(spec.commandLine(), "--data " + data + " is not a directory of labelled papers (ID.roles with ID.gold.json)");
      }
      try {
        papers = RoleData.read(data);
      } catch (IOException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      if (papers.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--data " + data + " holds no labelled papers (ID.roles with ID.gold.json)");
      }
    } else {
      papers = RoleData.bundled();
    }
    LineRoleModel model = new RoleTrainer().train(papers);
    if (!(model.breaks() instanceof LineBreakModel breaks)) {
      throw new ParameterException(spec.commandLine(), "the labelled papers hold no page of more than one line: no break model can be learned from them");
    }
    byte[] bytes = model.bytes();
    byte[] runOnBytes = model.runOnBytes();
    byte[] breakBytes = breaks.bytes();
    write(out, bytes);
    write(runOnOut, runOnBytes);
    write(breaksOut, breakBytes);
    TreeMap<String, Integer> families = new TreeMap<>();
    int lines = 0;
    for (LabelledPaper paper : papers) {
      families.merge(paper.family(), 1, Integer::sum);
      lines += (int) paper.rows().stream().filter(r -> r.role() != null).count();
    }
    PrintWriter console = spec.commandLine().getOut();
    console.printf(Locale.ROOT, "%d labelled papers of %d families, %d labelled lines%n", papers.size(), families.size(), lines);
    console.printf(Locale.ROOT, "Model written to %s (%d bytes)%n", out, bytes.length);
    console.printf(Locale.ROOT, "Model of run-on lines written to %s (%d bytes)%n", runOnOut, runOnBytes.length);
    console.printf(Locale.ROOT, "Break model written to %s (%d bytes)%n", breaksOut, breakBytes.length);
    console.flush();
    return ExitCodes.OK;
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, bytes);
  }
}
