package org.councilsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.councilsearch.app.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code council-search} commands the README shows, read from README.md and run in order on
 * the bundled corpus as a newcomer would type them (into a scratch index), so that none stops
 * working unnoticed. {@code serve} and SolrCloud commands are only parsed: they need a terminal to
 * stop or a cluster.
 */
class ReadmeCommandsIT {
  private static final String PREFIX = "council-search ";

  @TempDir Path tmp;

  @Test
  void every_command_the_readme_shows_runs_on_the_bundled_corpus() throws Exception {
    List<List<String>> commands = readmeCommands();
    assertThat(commands).as("the README's council-search commands").hasSizeGreaterThan(5);
    assertThat(commands.get(0).get(0)).as("the first command builds the index the others read").isEqualTo("index");
    String index = tmp.resolve("index").toString();
    for (List<String> command : commands) {
      List<String> args = new ArrayList<>(command);
      if (args.contains("serve") || args.contains("--solr")) {
        assertThatCode(() -> Cli.commandLine(new Services(Clock.systemUTC(), 2)).parseArgs(args.toArray(String[]::new)))
            .as("README: %s", command)
            .doesNotThrowAnyException();
        continue;
      }
      args.addAll(List.of("--index", index));
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.exitCode()).as("README: %s\n%s", command, run.err()).isZero();
      assertThat(run.out()).as("README: %s", command).isNotBlank().doesNotStartWith("0 passages");
    }
  }

  /** Lines of the README's code blocks that start with the command, without comment or redirection. */
  private static List<List<String>> readmeCommands() throws Exception {
    List<List<String>> commands = new ArrayList<>();
    boolean inBlock = false;
    for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
      if (line.startsWith("```")) {
        inBlock = !inBlock;
      } else if (inBlock && line.startsWith(PREFIX)) {
        String command = line.substring(PREFIX.length()).replaceFirst("\\s+#.*$", "").replaceFirst("\\s*>.*$", "");
        commands.add(Arrays.asList(command.strip().split("\\s+")));
      }
    }
    return commands;
  }
}
