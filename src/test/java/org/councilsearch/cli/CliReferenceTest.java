package org.councilsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.Services;
import org.junit.jupiter.api.Test;

/** docs/cli.md is what the commands print for --help, so the reference cannot drift from them. */
class CliReferenceTest {
  private static final Path PAGE = Path.of("docs", "cli.md");

  @Test
  void the_committed_cli_reference_is_what_the_commands_print() throws Exception {
    String generated = CliReference.render();
    if ("write".equals(System.getProperty("cli.reference"))) {
      Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/cli.md differs from the commands' help; regenerate it with: %s", CliReference.REGENERATE)
        .isEqualTo(generated);
  }

  @Test
  void the_help_lists_every_exit_code_the_commands_return() throws Exception {
    Set<String> listed = Cli.commandLine(new Services(Clock.systemUTC(), 2)).getCommandSpec().usageMessage().exitCodeList().keySet();
    // A set: alerts' 3 (new passages) shares its number with corpus-not-found, which alerts never returns.
    Set<String> codes = new java.util.TreeSet<>();
    for (Field f : ExitCodes.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
        codes.add(String.valueOf(f.getInt(null)));
      }
    }
    assertThat(listed).as("the exit codes in council-search --help").containsExactlyInAnyOrderElementsOf(codes);
  }

  @Test
  void the_reference_has_every_command_with_its_options() {
    String page = CliReference.render();
    assertThat(page)
        .contains("## council-search index\n")
        .contains("## council-search search\n")
        .contains("## council-search serve\n")
        .contains("--admin-token")
        .contains("Exit codes:")
        .containsPattern("(?m)^  7 +the query cannot be read$");
  }
}
