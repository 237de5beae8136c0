package org.councilsearch.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilsearch.registry.RegistryFile.BodyJson;
import org.councilsearch.registry.RegistryFile.LanguageJson;
import org.councilsearch.registry.RegistryFile.OrganizationJson;

/**
 * The one registry of organizations, and the lookups that read a paper's organization from what
 * it prints: a name or acronym in English, French or Spanish ("OIM", "ONU Mujeres"), a governing
 * body ("Standing Committee on Programmes and Finance"), or a symbol's series ("MC/2401").
 *
 * <p>Choices worth knowing:
 *
 * <ul>
 *   <li>Names compare without case and accents; a word with two capitals or more is an acronym and
 *       must be printed in capitals. Words are runs of letters and digits, so "UN-Women" = "UN
 *       Women".
 *   <li>A body's name gives its organization only when one organization alone has a body of that
 *       name: "Executive Board" gives none, "Industrial Development Board" gives UNIDO.
 *   <li>The longest matching series wins: "A/HRC/40/3" is the Human Rights Council's, "A/74/1"
 *       the General Assembly's.
 *   <li>A unit or organ issues its papers under its organization ({@code partOf}): the lookups
 *       that name a paper's organization give the organization, the others give what was named.
 * </ul>
 *
 * <p>Immutable and thread-safe; {@link #shipped()} loads the shipped file once per process.
 */
public final class Registry {
  /** Where the registry lives on the classpath, shared with the gazetteer's places and events. */
  public static final String RESOURCE = "org/councilsearch/nlp/organizations.json";

  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
  private static final int MAX_MASTHEAD_WORDS = 12;
  private static final int MIN_TEXT_MENTIONS = 2;
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i:the)\\s+");
  private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s[-–—|]\\s");
  /** The acronym a masthead prints after the name it stands for: "... des affaires (OHADA)". */
  private static final Pattern TRAILING_ACRONYM = Pattern.compile("\\s*\\(\\p{Lu}[\\p{Lu}\\d&.-]{1,11}\\)$");
  private static final int PARTNER_WINDOW = 3;
  /** Room for {@link #PARTNER_WINDOW} words before a name, however long. */
  private static final int PARTNER_CHARS = 120;
  private static final Set<String> SMALL_WORDS =
      Set.of("of", "for", "and", "the", "on", "de", "des", "du", "la", "le", "les", "pour", "et", "del", "las", "los", "para", "y", "en", "sur", "sobre", "in", "to", "d", "l");

  /** Small words that start the second line of a name ("DE L'EUROPE", "DU COMMERCE"); an article may start a name of its own ("La Commission"). */
  private static final Set<String> JOINING_WORDS =
      Set.of("of", "for", "and", "on", "to", "in", "de", "des", "du", "d", "pour", "et", "sur", "del", "para", "y", "en", "sobre");

  /** Articles that start a name of its own on the next line ("La Commission"), never the end of one. */
  private static final Set<String> ARTICLES = Set.of("the", "la", "le", "les", "l", "el", "los", "las");

  private final Map<String, RegisteredOrganization> byName = new LinkedHashMap<>();
  private final NameScanner<RegisteredOrganization> names = new NameScanner<>();
  private final NameScanner<RegisteredOrganization> bodies = new NameScanner<>();
  private final List<SymbolSeries> series = new ArrayList<>();
  private final Set<String> organizationWords = new LinkedHashSet<>();
  private final Set<String> partnerWords = new LinkedHashSet<>();
  private final Map<String, String> spellingOwner = new HashMap<>();
  private final String house;

  private Registry(RegistryFile file) {
    for (OrganizationJson json : file.organizations()) {
      if (json.name() == null || json.name().isBlank()) {
        throw new IllegalArgumentException("organization without a name");
      }
      RegisteredOrganization org = toOrganization(json);
      if (byName.put(org.name(), org) != null) {
        throw new IllegalArgumentException("organization listed twice: " + org.name());
      }
      claim(org.name(), org.name());
      names.add(org.name(), org);
      if (org.acronym() != null) {
        claim(org.acronym(), org.name());
        names.add(org.acronym(), org);
      }
      for (String spelling : org.spellings()) {
        claim(spelling, org.name());
        names.add(spelling, org);
      }
      for (GoverningBody body : org.bodies()) {
        body.names().forEach(n -> bodies.add(n, org));
      }
      org.series().forEach(s -> series.add(new SymbolSeries(s, org.name())));
    }
    for (RegisteredOrganization org : byName.values()) {
      List<String> linked = new ArrayList<>(org.predecessors());
      linked.addAll(org.successors());
      if (org.partOf() != null) {
        linked.add(org.partOf());
      }
      for (String other : linked) {
        if (!byName.containsKey(other)) {
          throw new IllegalArgumentException(org.name() + " names an unlisted organization: " + other);
        }
      }
    }
    series.sort(Comparator.comparingInt(SymbolSeries::length).reversed());
    // Each word also without its accents, as capitals are often printed ("ORGANIZACION").
    file.organizationWords().forEach(w -> {
      String lower = w.toLowerCase(Locale.ROOT);
      organizationWords.add(lower);
      organizationWords.add(java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", ""));
    });
    file.partnerWords().forEach(w -> partnerWords.add(w.toLowerCase(Locale.ROOT)));
    if (file.house() != null && !byName.containsKey(file.house())) {
      throw new IllegalArgumentException("the house organization is not listed: " + file.house());
    }
    this.house = file.house();
  }

  /** The registry shipped with the application, read once. */
  public static Registry shipped() {
    return Shipped.REGISTRY;
  }

  /**
   * Reads a registry in the JSON shape of {@value #RESOURCE}.
   *
   * @throws IllegalArgumentException when two organizations share a spelling or one names an
   *     unlisted organization as its predecessor, successor or parent
   */
  public static Registry read(InputStream json) throws IOException {
    return new Registry(new ObjectMapper().readValue(json, RegistryFile.class));
  }

  /** Every organization, in the file's order. */
  public List<RegisteredOrganization> organizations() {
    return List.copyOf(byName.values());
  }

  /** The organization whose canonical name is {@code canonical}. */
  public Optional<RegisteredOrganization> organization(String canonical) {
    return Optional.ofNullable(canonical).map(byName::get);
  }

  /** The organization whose papers the archive holds when a paper names none (IOM). */
  public Optional<RegisteredOrganization> house() {
    return organization(house);
  }

  /** The organization that {@code printed} names as a whole: a name or an acronym in any of the three languages. */
  public Optional<RegisteredOrganization> named(String printed) {
    return printed == null ? Optional.empty() : names.whole(printed).stream().findFirst();
  }

  /** The first organization named in {@code line} ("Executive Board of the United Nations Development Programme" gives UNDP). */
  public Optional<RegisteredOrganization> namedIn(String line) {
    return line == null ? Optional.empty() : names.find(line).stream().map(NameScanner.Found::target).findFirst();
  }

  /** The organization of the governing body that {@code line} names, when only one organization has a body of that name. */
  public Optional<RegisteredOrganization> ofBody(String line) {
    if (line == null) {
      return Optional.empty();
    }
    for (NameScanner.Found<RegisteredOrganization> found : bodies.find(line)) {
      List<RegisteredOrganization> owners = bodies.whole(line.substring(found.start(), found.end()));
      if (owners.size() == 1) {
        return Optional.of(owners.get(0));
      }
    }
    return Optional.empty();
  }

  /** The organization whose series {@code symbol} belongs to ("EB140/40" gives WHO, "WFP/EB.2/2021/7-C" WFP). */
  public Optional<RegisteredOrganization> ofSymbol(String symbol) {
    if (symbol == null || symbol.isBlank()) {
      return Optional.empty();
    }
    return series.stream().filter(s -> s.starts(symbol)).findFirst().map(s -> byName.get(s.owner()));
  }

  /** The organization that issues the papers of {@code org}: itself, or the organization it is a unit or organ of. */
  public RegisteredOrganization issuer(RegisteredOrganization org) {
    RegisteredOrganization at = org;
    Set<String> seen = new LinkedHashSet<>();
    while (at.partOf() != null && seen.add(at.name())) {
      at = byName.get(at.partOf());
    }
    return at;
  }

  /**
   * The organization whose paper it is, from what the paper prints, when no masthead was told
   * apart from the other header lines: see {@link #paperOrganization(String, List, List, List)}.
   */
  public Optional<String> paperOrganization(String symbol, List<String> lines, List<String> texts) {
    return paperOrganization(symbol, List.of(), lines, texts);
  }

  /**
   * The organization whose paper it is, from what the paper prints:
   *
   * <ol>
   *   <li>the organization its masthead names, when that is not an umbrella ({@link #isUmbrella}:
   *       "UNITED NATIONS" over a commission's name), or a masthead printed as an organization's
   *       name that the registry does not know, as printed; it wins over a symbol's series that
   *       belongs to another organization, since short series ("C/", "CM/") are shared by many;
   *   <li>else its symbol's series;
   *   <li>else the first of the other header lines that names an organization or the governing body
   *       of one, an umbrella only when no line names another; else the first printed as an
   *       organization's name;
   *   <li>else the organization with a governing body or a series that the texts name most often,
   *       at least twice, not counting where they are named as a partner ("jointly with").
   * </ol>
   *
   * Registered organizations come by canonical name, as their issuer.
   *
   * @param symbol the paper's own symbol, or null
   * @param mastheadRuns the masthead's runs of adjacent lines, each as one column of cells top
   *     first; a name printed over several lines ("GREEN" / "CLIMATE" / "FUND") is joined again
   * @param lines the other lines printed above the title (governing body and the like), top first
   * @param texts the paper's passages
   */
  public Optional<String> paperOrganization(String symbol, List<List<String>> mastheadRuns, List<String> lines, List<String> texts) {
    List<String> masthead = mastheadNames(mastheadRuns);
    Optional<String> fromMasthead = registered(masthead).filter(org -> !isUmbrella(org)).map(org -> issuer(org).name()).or(() -> printed(masthead));
    if (fromMasthead.isPresent()) {
      return fromMasthead;
    }
    Optional<RegisteredOrganization> bySymbol = ofSymbol(symbol);
    if (bySymbol.isPresent()) {
      return Optional.of(issuer(bySymbol.get()).name());
    }
    List<String> all = new ArrayList<>(masthead);
    all.addAll(lines);
    Optional<RegisteredOrganization> named = registered(all);
    if (named.isPresent()) {
      return Optional.of(issuer(named.get()).name());
    }
    return printed(all).or(() -> mostNamed(texts));
  }

  /**
   * Whether {@code org} is an umbrella: an organization that other organizations with their own
   * symbol series are organs of (the United Nations, its Economic and Social Council). A masthead
   * naming one says little about whose paper it is.
   */
  public boolean isUmbrella(RegisteredOrganization org) {
    return byName.values().stream().anyMatch(o -> org.name().equals(o.partOf()) && !o.series().isEmpty());
  }

  /**
   * The names a masthead's runs print: each run's lines joined where a name runs on (a line
   * ending with a small word, or the next starting with one such as "of" or "de"; a line without an
   * organization word; a next line ending with one, unless an article starts it), lines of another
   * case style kept apart
   * ("SISTEMA ..." over "La Commission"); then each line alone.
   */
  private List<String> mastheadNames(List<List<String>> runs) {
    List<String> joined = new ArrayList<>();
    List<String> single = new ArrayList<>();
    for (List<String> run : runs) {
      int i = 0;
      while (i < run.size()) {
        StringBuilder name = new StringBuilder(run.get(i).strip());
        int j = i + 1;
        while (j < run.size() && runsOn(name.toString(), run.get(j).strip())) {
          name.append(' ').append(run.get(j).strip());
          j++;
        }
        if (j > i + 1) {
          joined.add(name.toString());
        }
        i = j;
      }
      run.forEach(line -> single.add(line.strip()));
    }
    joined.addAll(single);
    return joined;
  }

  private boolean runsOn(String name, String next) {
    List<String> words = words(name);
    List<String> nextWords = words(next);
    if (words.isEmpty() || nextWords.isEmpty() || isUpperCase(name) != isUpperCase(next)) {
      return false;
    }
    return SMALL_WORDS.contains(words.get(words.size() - 1))
        || JOINING_WORDS.contains(nextWords.get(0))
        || words.stream().noneMatch(organizationWords::contains)
        || (!ARTICLES.contains(nextWords.get(0)) && organizationWords.contains(nextWords.get(nextWords.size() - 1)));
  }

  private static List<String> words(String text) {
    return LETTERS.matcher(text).results().map(m -> m.group().toLowerCase(Locale.ROOT)).toList();
  }

  private static boolean isUpperCase(String text) {
    return text.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
  }

  /** The first organization named (or whose governing body is named) in {@code lines} that is no umbrella, else the first umbrella. */
  private Optional<RegisteredOrganization> registered(List<String> lines) {
    RegisteredOrganization umbrella = null;
    for (String line : lines) {
      Optional<RegisteredOrganization> named = namedIn(line).or(() -> ofBody(line));
      if (named.isPresent()) {
        if (!isUmbrella(named.get())) {
          return named;
        }
        if (umbrella == null) {
          umbrella = named.get();
        }
      }
    }
    return Optional.ofNullable(umbrella);
  }

  /**
   * The first line printed as an organization's name that names no registered one, without a
   * leading "The" or an acronym set before it ("SICA - Sistema de la ..."); a line ending with a
   * small word ("Convention on") is a name cut short, not a name.
   */
  private Optional<String> printed(List<String> lines) {
    for (String line : lines) {
      String name = LEADING_ARTICLE.matcher(line.strip()).replaceFirst("");
      String[] parts = NAME_SEPARATOR.split(name);
      name = TRAILING_ACRONYM.matcher(parts[parts.length - 1].strip()).replaceFirst("");
      List<String> words = words(name);
      if (printedAsOrganization(name) && namedIn(line).isEmpty() && !SMALL_WORDS.contains(words.get(words.size() - 1))) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /**
   * The canonical names that stand for {@code canonical} as "us" in its own papers: the
   * organization, its units and organs, and all their predecessors and successors.
   */
  public Set<String> home(String canonical) {
    Set<String> home = new LinkedHashSet<>();
    RegisteredOrganization top = byName.get(canonical);
    if (top == null) {
      return home;
    }
    for (RegisteredOrganization org : byName.values()) {
      if (issuer(org).name().equals(top.name())) {
        home.add(org.name());
      }
    }
    Deque<String> queue = new ArrayDeque<>(home);
    while (!queue.isEmpty()) {
      RegisteredOrganization org = byName.get(queue.removeFirst());
      List<String> linked = new ArrayList<>(org.predecessors());
      linked.addAll(org.successors());
      byName.values().stream()
          .filter(o -> o.predecessors().contains(org.name()) || o.successors().contains(org.name()))
          .forEach(o -> linked.add(o.name()));
      for (String other : linked) {
        if (home.add(other)) {
          queue.addLast(other);
        }
      }
    }
    return home;
  }

  /** A masthead line that reads as an organization's name: a few capitalized words, no digits, one of them an organization word. */
  private boolean printedAsOrganization(String line) {
    String stripped = line.strip();
    if (stripped.isEmpty() || DIGIT.matcher(stripped).find()) {
      return false;
    }
    List<String> words = LETTERS.matcher(stripped).results().map(m -> m.group()).toList();
    if (words.size() < 2 || words.size() > MAX_MASTHEAD_WORDS) {
      return false;
    }
    boolean organizationWord = false;
    for (String word : words) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (!SMALL_WORDS.contains(lower) && !Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
      organizationWord |= organizationWords.contains(lower);
    }
    return organizationWord;
  }

  private Optional<String> mostNamed(List<String> texts) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String text : texts) {
      for (NameScanner.Found<RegisteredOrganization> found : names.find(text)) {
        RegisteredOrganization issuer = issuer(found.target());
        // A paper works with its partners, not with itself: "conjointement avec l'UNICEF" names a
        // partner, however often.
        if ((!issuer.bodies().isEmpty() || !issuer.series().isEmpty()) && !inSymbol(text, found) && !namedAsPartner(text, found.start())) {
          counts.merge(issuer.name(), 1, Integer::sum);
        }
      }
    }
    String best = null;
    int bestCount = MIN_TEXT_MENTIONS - 1;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether one of the three words before {@code start} is a partner word ("with", "avec", "con"). */
  /**
   * Whether a name found is part of a symbol ("EC/47/SC/CRP.25" is a paper of UNHCR's Standing
   * Committee, not a mention of the European Commission): a slash joins it to the symbol's parts.
   */
  private static boolean inSymbol(String text, NameScanner.Found<?> found) {
    return (found.start() > 0 && text.charAt(found.start() - 1) == '/') || (found.end() < text.length() && text.charAt(found.end()) == '/');
  }

  private boolean namedAsPartner(String text, int start) {
    // Only the text just before the name is read: tokenizing all of it for every name found
    // would cost a long passage time in the square of its length.
    String near = text.substring(Math.max(0, start - PARTNER_CHARS), start);
    List<String> before = LETTERS.matcher(near).results().map(m -> m.group().toLowerCase(Locale.ROOT)).toList();
    for (int i = Math.max(0, before.size() - PARTNER_WINDOW); i < before.size(); i++) {
      if (partnerWords.contains(before.get(i))) {
        return true;
      }
    }
    return false;
  }

  private void claim(String spelling, String owner) {
    String key = NameKey.of(spelling);
    String previous = spellingOwner.putIfAbsent(key, owner);
    if (previous != null && !previous.equals(owner)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "\"%s\" names both %s and %s", spelling, previous, owner));
    }
  }

  private static RegisteredOrganization toOrganization(OrganizationJson json) {
    Set<String> spellings = new LinkedHashSet<>(json.aliases());
    for (LanguageJson language : new LanguageJson[] {json.fr(), json.es()}) {
      if (language != null) {
        if (language.name() != null) {
          spellings.add(language.name());
        }
        if (language.acronym() != null) {
          spellings.add(language.acronym());
        }
        spellings.addAll(language.aliases());
      }
    }
    spellings.remove(json.name());
    spellings.remove(json.acronym());
    List<GoverningBody> bodies = new ArrayList<>();
    for (BodyJson body : json.bodies()) {
      if (body.name() == null || body.name().isBlank()) {
        throw new IllegalArgumentException("a governing body of " + json.name() + " has no name");
      }
      Set<String> bodyNames = new LinkedHashSet<>();
      bodyNames.add(body.name());
      bodyNames.addAll(body.aliases());
      if (body.fr() != null) {
        bodyNames.add(body.fr());
      }
      if (body.es() != null) {
        bodyNames.add(body.es());
      }
      bodies.add(new GoverningBody(body.name(), List.copyOf(bodyNames)));
    }
    return new RegisteredOrganization(
        json.name(),
        json.acronym(),
        List.copyOf(spellings),
        json.contextual(),
        bodies,
        json.series(),
        json.predecessors(),
        json.successors(),
        json.partOf());
  }

  /** Compares spellings for the duplicate check: case, accents and everything but letters and digits ignored. */
  private static final class NameKey {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameKey() {}

    static String of(String spelling) {
      String decomposed = java.text.Normalizer.normalize(spelling, java.text.Normalizer.Form.NFD);
      return NOT_WORD.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
    }
  }

  /** Loads the shipped file on first use; the holder keeps it once per process. */
  private static final class Shipped {
    static final Registry REGISTRY = load();

    private static Registry load() {
      try (InputStream in = Registry.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IOException("not on the classpath: " + RESOURCE);
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the registry of organizations", e);
      }
    }
  }
}
