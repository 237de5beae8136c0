package org.councilsearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilsearch.model.Interpretation;
import org.councilsearch.model.Interpretation.Expansion;
import org.councilsearch.model.Organization;
import org.councilsearch.nlp.Gazetteer;

/**
 * Understands a loose council question: years as a time constraint, acronyms and names under all
 * their forms, organizations, and requests for collaborations. Queries written in Lucene syntax
 * (quotes, AND/OR/NOT, field:value, wildcards) are taken word for word. Thread-safe.
 */
public final class QueryInterpreter {
  private static final Pattern COLLABORATION_FIRST =
      Pattern.compile(
          "(?i)^(?:all\\s+|every\\s+)?(?:the\\s+)?(?:collaborations?|partnerships?|joint\\s+activit(?:y|ies)|joint\\s+work|co-?operation|work(?:ed)?|activities)\\s+(?:of\\s+IOM\\s+)?with\\s+(?:the\\s+)?(.+)$");
  private static final Pattern COLLABORATION_LAST =
      Pattern.compile(
          "(?i)^(?:all\\s+)?(?:the\\s+)?(.+?)\\s+(?:collaborations?|partnerships?|joint\\s+activit(?:y|ies)|co-?operation)$");

  /**
   * Lucene syntax that means the user wants exact control. A wildcard counts only inside or at
   * the end of a word ({@code wom?n}, {@code migr*}) and a tilde only next to a word or after a
   * quote ({@code word~1}, {@code "white ribbons"~3}); a question's closing "?" is taken out
   * before this is looked at.
   */
  private static final Pattern SYNTAX =
      Pattern.compile("\"|\\b(?:AND|OR|NOT)\\b|\\w:\\S|\\w[*?]|[*?]\\w|(?:^|\\s)[+\\-]\\w|[()\\[\\]{}]|(?<=[\\w\"])~|~\\w");

  private static final int LONGEST_NAME_WORDS = 12;

  /** A French elided article glued to a name ("l'UNICEF", "d’UNIFEM"): the name is looked up without it. */
  private static final Pattern ELIDED = Pattern.compile("^(?i:l|d|qu|jusqu|lorsqu|puisqu)['’](?=\\p{L})");

  /**
   * Words that ask for events in general ("events in Geneva"): a passage about a tagged event has
   * what they ask for even when it says "workshop" or "panel discussion".
   */
  private static final Set<String> EVENT_WORDS = Set.of("event", "events", "activity", "activities");

  /** The source of an event word's expansion; its passages are those tagged with any event. */
  public static final String EVENTS = "events";

  private static final String ANY_EVENT = "any tagged event";

  private final Gazetteer gazetteer;
  private final SubjectAcronyms subjects;
  private final AskingWords asking;
  private final YearWords yearWords;

  public QueryInterpreter(Gazetteer gazetteer, SubjectAcronyms subjects, AskingWords asking, YearWords yearWords) {
    this.gazetteer = gazetteer;
    this.subjects = subjects;
    this.asking = asking;
    this.yearWords = yearWords;
  }

  /** The words that ask rather than describe, which this reading leaves out. */
  AskingWords askingWords() {
    return asking;
  }

  /** Interprets {@code query}; with {@code literal}, takes it word for word. */
  public Interpretation interpret(String query, boolean literal) {
    if (literal) {
      return new Interpretation(query.strip(), null, null, null, List.of(), List.of(), null, List.of(), true, "taken word for word");
    }
    String q = SpacedPunctuation.asSpaces(QuestionMarks.asSpaces(query)).replaceAll("\\s+", " ").strip();
    if (SYNTAX.matcher(q).find()) {
      return new Interpretation(q, null, null, null, List.of(), List.of(), null, List.of(), true, "read as Lucene syntax, word for word");
    }
    Integer from = null;
    Integer to = null;
    String years = null;
    String words = q;
    Optional<YearWords.Years> read = yearWords.in(q);
    if (read.isPresent()) {
      YearWords.Years y = read.get();
      from = y.from();
      to = y.to();
      years = y.text();
      words = (q.substring(0, y.start()) + " " + q.substring(y.end())).replaceAll("\\s+", " ").strip();
    }

    words = withoutAsking(words);

    String collaborationWith = null;
    List<String> predecessors = List.of();
    Optional<Organization> partner = collaborationPartner(words);
    if (partner.isPresent()) {
      collaborationWith = partner.get().name();
      predecessors = gazetteer.predecessors(collaborationWith).stream().map(Organization::name).toList();
      words = partnerWords(words);
    }

    List<String> organizations = new ArrayList<>();
    List<Expansion> expansions = new ArrayList<>();
    findNames(words, organizations, expansions);
    if (collaborationWith != null && !organizations.contains(collaborationWith)) {
      organizations.add(0, collaborationWith);
    }
    return new Interpretation(
        words,
        from,
        to,
        years,
        expansions,
        organizations,
        collaborationWith,
        predecessors,
        false,
        summary(from, to, years, expansions, collaborationWith, predecessors));
  }

  /**
   * The words without those that only ask ("who", "did", "how many"): they are not what the
   * passages are about. A query of asking words only keeps them, as they are all it has.
   */
  private String withoutAsking(String words) {
    StringBuilder kept = new StringBuilder();
    for (String token : words.split("\\s+")) {
      if (!asking.asks(token)) {
        kept.append(kept.length() == 0 ? "" : " ").append(token);
      }
    }
    return kept.length() == 0 ? words : kept.toString();
  }

  private Optional<Organization> collaborationPartner(String words) {
    String target = partnerWords(words);
    return target.equals(words) ? Optional.empty() : gazetteer.organization(target).or(() -> Optional.of(new Organization(target, null, List.of())));
  }

  /** The partner's name in a collaboration question, or the words unchanged when it is none. */
  private static String partnerWords(String words) {
    Matcher m = COLLABORATION_FIRST.matcher(words);
    if (m.matches()) {
      return m.group(1).strip();
    }
    m = COLLABORATION_LAST.matcher(words);
    if (m.matches()) {
      return m.group(1).strip();
    }
    return words;
  }

  /** Organizations named in the words (longest match first) and acronyms with their long forms. */
  private void findNames(String words, List<String> organizations, List<Expansion> expansions) {
    String[] tokens = words.split("\\s+");
    Set<String> expanded = new LinkedHashSet<>();
    for (int i = 0; i < tokens.length; ) {
      int matched = 0;
      for (int n = Math.min(LONGEST_NAME_WORDS, tokens.length - i); n >= 1 && matched == 0; n--) {
        String phrase = ELIDED.matcher(String.join(" ", java.util.Arrays.copyOfRange(tokens, i, i + n))).replaceFirst("");
        if (n == 1 && !hasCapital(phrase)) {
          continue;
        }
        Optional<Organization> org = gazetteer.organization(phrase);
        if (org.isPresent() && !phrase.toLowerCase(Locale.ROOT).startsWith("the ")) {
          matched = n;
          Organization o = org.get();
          if (!organizations.contains(o.name())) {
            organizations.add(o.name());
          }
          List<String> forms = new ArrayList<>();
          forms.add(o.name());
          if (o.acronym() != null) {
            forms.add(o.acronym());
          }
          for (String alias : o.aliases()) {
            if (!alias.toLowerCase(Locale.ROOT).startsWith("the ") && forms.size() < 6) {
              forms.add(alias);
            }
          }
          forms.removeIf(f -> f.equalsIgnoreCase(phrase));
          if (!forms.isEmpty() && expanded.add(phrase)) {
            expansions.add(new Expansion(phrase, dedupe(forms), "organizations"));
          }
        }
      }
      if (matched == 0 && EVENT_WORDS.contains(tokens[i].toLowerCase(Locale.ROOT)) && expanded.add(tokens[i])) {
        expansions.add(new Expansion(tokens[i], List.of(ANY_EVENT), EVENTS));
      }
      if (matched == 0) {
        List<String> longForms = subjects.longForms(tokens[i]);
        if (!longForms.isEmpty() && hasCapital(tokens[i]) && expanded.add(tokens[i])) {
          expansions.add(new Expansion(tokens[i], longForms, "subjects"));
        }
        matched = 1;
      }
      i += matched;
    }
    subjects.longFormsIn(words).forEach(
        (longForm, acronym) -> {
          if (expanded.add(longForm)) {
            expansions.add(new Expansion(longForm, List.of(acronym), "subjects"));
          }
        });
  }

  private static List<String> dedupe(List<String> forms) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> out = new ArrayList<>();
    for (String f : forms) {
      if (seen.add(f.toLowerCase(Locale.ROOT).replace('-', ' '))) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean hasCapital(String s) {
    return s.chars().anyMatch(Character::isUpperCase);
  }

  private static String summary(
      Integer from, Integer to, String years, List<Expansion> expansions, String partner, List<String> predecessors) {
    List<String> parts = new ArrayList<>();
    if (from != null || to != null) {
      String range =
          from != null && to != null
              ? (from.equals(to) ? String.valueOf(from) : from + "–" + to)
              : from != null ? "from " + from : "up to " + to;
      parts.add("\"" + years + "\" read as a year constraint (" + range + "): those passages first");
    }
    for (Expansion e : expansions) {
      parts.add(e.term() + " also as " + String.join(", ", e.alternatives()));
    }
    if (partner != null) {
      String s = "collaborations with " + partner;
      if (!predecessors.isEmpty()) {
        s += ", then its predecessors (" + String.join(", ", predecessors) + ")";
      }
      parts.add(s);
    }
    return parts.isEmpty() ? "searched as written" : String.join("; ", parts);
  }
}
