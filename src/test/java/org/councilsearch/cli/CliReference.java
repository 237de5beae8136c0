package org.councilsearch.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.councilsearch.app.Services;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Renders docs/cli.md from the commands themselves: every subcommand's usage help, as picocli
 * prints it for {@code --help}, so the reference cannot say what the commands do not.
 */
final class CliReference {
  /** The regeneration command, printed when the committed page differs. */
  static final String REGENERATE =
      "mvn -o -q test -Dtest=CliReferenceTest -Dcli.reference=write";

  /** Wide enough that option descriptions wrap rarely, fixed so the page does not depend on the terminal. */
  private static final int WIDTH = 100;

  private CliReference() {}

  /** The whole page, in Markdown. */
  static String render() {
    CommandLine root = Cli.commandLine(new Services(Clock.systemUTC(), 2));
    List<CommandLine> commands = new ArrayList<>();
    collect(root, commands);
    StringBuilder md = new StringBuilder();
    md.append("# Command line\n\n")
        .append("<!-- Generated from the picocli commands by CliReference; edit the commands, then run\n")
        .append("     ").append(REGENERATE).append(" -->\n\n")
        .append("`java -jar target/council-search.jar` (below: `council-search`) works from any directory.\n")
        .append("Every command prints this help with `--help`; the exit codes are at the end of the first.\n\n");
    for (CommandLine c : commands) {
      String name = c.getCommandSpec().qualifiedName();
      md.append("- [`").append(name).append("`](#").append(anchor(name)).append(")\n");
    }
    for (CommandLine c : commands) {
      c.setUsageHelpWidth(WIDTH);
      md.append("\n## ").append(c.getCommandSpec().qualifiedName()).append("\n\n```text\n")
          .append(stripTrailingSpaces(c.getUsageMessage(Ansi.OFF)))
          .append("```\n");
    }
    return md.toString();
  }

  private static void collect(CommandLine command, List<CommandLine> into) {
    into.add(command);
    command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
  }

  /** GitHub's heading anchor: lower case, spaces to hyphens, other punctuation dropped. */
  private static String anchor(String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
  }

  private static String stripTrailingSpaces(String text) {
    return text.replaceAll("(?m)[ \\t]+$", "");
  }
}
