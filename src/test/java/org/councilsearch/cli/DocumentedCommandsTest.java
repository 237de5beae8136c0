package org.councilsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.councilsearch.app.Services;
import org.junit.jupiter.api.Test;

/**
 * Every product command shown in a code block of the README or of docs/ names a command and
 * options the product has, so a renamed option or a command moved out of the jar cannot leave a
 * page telling users to type something that fails. (docs/cli.md is generated from the commands.)
 */
class DocumentedCommandsTest {
  /** {@code council-search ARGS} or {@code java ... -jar target/council-search.jar ARGS}, anywhere on the line. */
  private static final Pattern COMMAND =
      Pattern.compile("(?:^|\\s)(?:council-search|java(?: -\\S+)* -jar target/council-search\\.jar) (.+)$");

  @Test
  void every_documented_command_is_one_the_product_takes() throws Exception {
    List<String> shown = new ArrayList<>();
    for (Path page : pages()) {
      boolean inBlock = false;
      for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
        if (line.startsWith("```")) {
          inBlock = !inBlock;
          continue;
        }
        Matcher m = COMMAND.matcher(line.replaceFirst("^\\$ ", ""));
        if (inBlock && m.find()) {
          shown.add(page + ": " + m.group(1));
          List<String> args = words(m.group(1));
          assertThatCode(() -> Cli.commandLine(new Services(Clock.systemUTC(), 2)).parseArgs(args.toArray(String[]::new)))
              .as("%s shows: %s", page, line)
              .doesNotThrowAnyException();
        }
      }
    }
    assertThat(shown).as("commands shown in the README and docs/").hasSizeGreaterThan(10);
  }

  private static List<Path> pages() throws Exception {
    List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md") && !p.endsWith("cli.md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** The arguments as a shell splits them, up to a comment, a redirection or a pipe. */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else if ((c == '#' || c == '>' || c == '|' || c == '&') && word == null) {
        break;
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }
}
