package org.councilsearch.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The labelled line-role papers stay consistent with their gold metadata, so the line-role model
 * learns from labels that agree with what the evaluation scores: every line carries a known role,
 * every paper has its gold, and the gold title, symbol, session and paragraph numbers are where the
 * labels say they are.
 */
class LabelledRolesTest {
  private static final Path ROLES = Path.of("src/main/resources/org/councilsearch/ingest/structure/roles");
  private static final Set<String> KNOWN_ROLES = Set.of(
      "masthead", "body", "symbol", "distribution", "date", "session", "venue", "agenda", "label",
      "title", "subtitle", "author", "contents", "heading", "para-start", "para-cont", "list-item",
      "furniture", "other");
  private static final List<String> GOLD_KEYS = List.of(
      "family", "language", "year", "title", "symbol", "session", "organization", "paragraphs");
  private static final Set<String> LANGUAGES = Set.of("en", "fr", "es");
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  /**
   * A paragraph number opening a line: "12. The", "12.The", "2.3 The", "12" alone, "12)"; in a
   * typewritten paper read by OCR, a digit may come out as its look-alike letter ("l1." for 11).
   */
  private static final Pattern LEADING_NUMBER =
      Pattern.compile("^\\s*([\\dlIO]*\\d[\\dlIO]*(?:\\.\\d+)*)(?:[.)]|\\s|$)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<Paper> papers;

  /** One labelled paper: its lines as (role, text) pairs, a blank line or a page break having no role. */
  private record Paper(String id, List<Line> lines, JsonNode gold) {
    List<String> texts(String role) {
      return lines.stream().filter(l -> role.equals(l.role())).map(Line::text).toList();
    }
  }

  private record Line(int number, String role, String text) {}

  @BeforeAll
  static void readPapers() throws IOException {
    try (Stream<Path> files = Files.list(ROLES)) {
      papers = files.filter(f -> f.getFileName().toString().endsWith(".roles"))
          .sorted()
          .map(LabelledRolesTest::read)
          .toList();
    }
  }

  private static Paper read(Path rolesFile) {
    String id = rolesFile.getFileName().toString().replaceFirst("\\.roles$", "");
    try {
      List<String> raw = Files.readAllLines(rolesFile, StandardCharsets.UTF_8);
      List<Line> lines = new ArrayList<>();
      for (int i = 0; i < raw.size(); i++) {
        String line = raw.get(i);
        int tab = line.indexOf('\t');
        if (line.isEmpty() || line.equals("\f")) {
          lines.add(new Line(i + 1, null, line));
        } else {
          lines.add(new Line(i + 1, tab < 0 ? line : line.substring(0, tab), tab < 0 ? null : line.substring(tab + 1)));
        }
      }
      Path goldFile = rolesFile.resolveSibling(id + ".gold.json");
      JsonNode gold = Files.exists(goldFile) ? JSON.readTree(goldFile.toFile()) : null;
      return new Paper(id, lines, gold);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void there_are_labelled_papers_of_several_families() {
    Set<String> families = papers.stream()
        .filter(p -> p.gold() != null)
        .map(p -> p.gold().path("family").asText())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(papers).hasSizeGreaterThanOrEqualTo(40);
    assertThat(families).hasSizeGreaterThanOrEqualTo(35);
  }

  @Test
  void every_paper_has_a_gold_file_and_every_gold_file_a_paper() throws IOException {
    List<String> missing = new ArrayList<>();
    papers.stream().filter(p -> p.gold() == null).forEach(p -> missing.add(p.id() + ".gold.json"));
    try (Stream<Path> files = Files.list(ROLES)) {
      files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".gold.json"))
          .map(n -> n.replaceFirst("\\.gold\\.json$", ""))
          .filter(id -> !Files.exists(ROLES.resolve(id + ".roles")))
          .forEach(id -> missing.add(id + ".roles"));
    }
    assertThat(missing).as("labelled papers without their other half").isEmpty();
    assertThat(papers).allSatisfy(p -> assertThat(p.id()).as("paper id").matches(ID));
  }

  @Test
  void every_line_is_blank_a_page_break_or_a_known_role_with_text() {
    List<String> bad = new ArrayList<>();
    for (Paper p : papers) {
      for (Line l : p.lines()) {
        if (l.role() == null) {
          continue;
        }
        if (l.text() == null) {
          bad.add(p.id() + ":" + l.number() + " has no tab between role and text: " + l.role());
        } else if (!KNOWN_ROLES.contains(l.role())) {
          bad.add(p.id() + ":" + l.number() + " unknown role '" + l.role() + "'");
        } else if (l.text().isBlank()) {
          bad.add(p.id() + ":" + l.number() + " a blank line labelled " + l.role() + " (write it as an empty line)");
        }
      }
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void every_gold_file_has_the_keys_of_the_format() {
    for (Paper p : papers) {
      if (p.gold() == null) {
        continue;
      }
      for (String key : GOLD_KEYS) {
        assertThat(p.gold().has(key)).as(p.id() + ".gold.json has \"" + key + "\"").isTrue();
      }
      assertThat(p.gold().get("family").asText()).as(p.id() + " family").isNotBlank();
      assertThat(LANGUAGES).as(p.id() + " language").contains(p.gold().get("language").asText());
      assertThat(p.gold().get("paragraphs").isArray()).as(p.id() + " paragraphs is a list").isTrue();
      JsonNode year = p.gold().get("year");
      assertThat(year.isNull() || year.isInt()).as(p.id() + " year is a number or null").isTrue();
    }
  }

  @Test
  void the_gold_title_is_the_title_lines_joined() {
    for (Paper p : withGold()) {
      String joined = String.join(" ", p.texts("title").stream().map(String::strip).toList());
      JsonNode title = p.gold().get("title");
      if (title.isNull()) {
        assertThat(p.texts("title")).as(p.id() + " has no title, so no title lines").isEmpty();
      } else {
        assertThat(normalized(joined)).as(p.id() + " title lines joined").isEqualTo(normalized(title.asText()));
      }
    }
  }

  @Test
  void the_gold_symbol_is_printed_on_a_symbol_line() {
    for (Paper p : withGold()) {
      JsonNode symbol = p.gold().get("symbol");
      if (symbol.isNull()) {
        assertThat(p.texts("symbol")).as(p.id() + " has no symbol, so no symbol lines").isEmpty();
        continue;
      }
      assertThat(p.texts("symbol"))
          .as(p.id() + ": a symbol line prints " + symbol.asText())
          .anySatisfy(line -> assertThat(printedSymbol(line)).contains(symbol.asText()));
    }
  }

  @Test
  void the_gold_session_is_printed_on_a_session_or_symbol_line_or_else_in_the_title() {
    for (Paper p : withGold()) {
      JsonNode session = p.gold().get("session");
      if (session.isNull()) {
        continue;
      }
      // A two-column line holding both is labelled for the symbol, the rarer of the two.
      List<String> where = new ArrayList<>(p.texts("session").isEmpty() ? p.texts("title") : p.texts("session"));
      where.addAll(p.texts("symbol"));
      assertThat(where)
          .as(p.id() + ": a session or symbol line (or, without a session line, a title line) prints "
              + session.asText())
          .anySatisfy(line -> assertThat(normalized(line)).contains(normalized(session.asText())));
    }
  }

  @Test
  void paragraph_starts_carry_the_gold_paragraph_numbers() {
    for (Paper p : withGold()) {
      List<String> gold = new ArrayList<>();
      p.gold().get("paragraphs").forEach(n -> gold.add(n.asText()));
      List<String> starts = p.texts("para-start");
      Set<String> leading = new TreeSet<>();
      for (String line : starts) {
        Matcher m = LEADING_NUMBER.matcher(line);
        assertThat(m.find()).as(p.id() + ": a paragraph start opens with its number: " + line).isTrue();
        String number = m.group(1).replace('l', '1').replace('I', '1').replace('O', '0');
        assertThat(gold).as(p.id() + ": gold paragraphs hold the number of " + line).contains(number);
        leading.add(number);
      }
      // A run-on line (line breaks lost) holds several paragraphs' numbers after its first.
      String started = String.join("\n", starts);
      for (String number : gold) {
        assertThat(leading.contains(number)
                || Pattern.compile("(?:^|\\s)" + Pattern.quote(number) + "(?:[.)]|\\s|$)", Pattern.MULTILINE)
                    .matcher(started)
                    .find())
            .as(p.id() + ": paragraph " + number + " is printed on a paragraph start line")
            .isTrue();
      }
    }
  }

  private static List<Paper> withGold() {
    return papers.stream().filter(p -> p.gold() != null).toList();
  }

  private static String normalized(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * The symbol as the gold writes it: IOM's conference room papers print their series in full
   * ("Conference Room Paper/12") where the symbol is "CRP/12".
   */
  private static String printedSymbol(String line) {
    return line.replace("Conference Room Paper/", "CRP/");
  }
}
