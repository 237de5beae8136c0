package org.councilsearch.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.councilsearch.model.Organization;
import org.councilsearch.nlp.GazetteerFile.EventJson;
import org.councilsearch.nlp.GazetteerFile.PlaceJson;
import org.councilsearch.registry.RegisteredOrganization;
import org.councilsearch.registry.Registry;

/**
 * The curated organizations (the {@link Registry}'s, with their French and Spanish names), places,
 * recurring events and person titles, looked up by any of their spellings: case, spaces, hyphens,
 * periods and accents do not matter ("UN Women" = "UN-Women" = "un women"). Immutable and
 * thread-safe; load it once per process.
 */
public final class Gazetteer {
  /** Where the curated list lives on the classpath. */
  public static final String RESOURCE = Registry.RESOURCE;

  /** Place types that tagging reports; world regions are known (so they are never taken for something else) but not reported. */
  private static final Set<String> REPORTED_PLACE_TYPES = Set.of("country", "city", "area");

  /** What a known name stands for. */
  enum Kind {
    ORGANIZATION,
    PLACE,
    EVENT
  }

  /** One spelling of a known entity: what the phrase matcher looks for. */
  record KnownName(Kind kind, String canonical, String written) {}

  private final Map<String, RegisteredOrganization> organizations = new LinkedHashMap<>();
  private final Map<String, PlaceJson> places = new LinkedHashMap<>();
  private final Map<String, EventJson> events = new LinkedHashMap<>();
  private final Map<String, KnownName> byKey = new LinkedHashMap<>();
  private final Map<String, String> contextualByKey = new LinkedHashMap<>();
  private final Map<String, Set<String>> predecessors = new LinkedHashMap<>();
  private final Map<String, Set<String>> successors = new LinkedHashMap<>();
  private final List<String> personTitles;
  private final String house;
  private final Registry registry;

  private Gazetteer(Registry registry, GazetteerFile file) {
    this.registry = registry;
    for (RegisteredOrganization org : registry.organizations()) {
      organizations.put(org.name(), org);
      index(new KnownName(Kind.ORGANIZATION, org.name(), org.name()));
      if (org.acronym() != null) {
        index(new KnownName(Kind.ORGANIZATION, org.name(), org.acronym()));
      }
      for (String alias : org.spellings()) {
        index(new KnownName(Kind.ORGANIZATION, org.name(), alias));
      }
      for (String phrase : org.contextual()) {
        contextualByKey.put(Folding.key(phrase), org.name());
      }
    }
    for (PlaceJson place : file.places()) {
      require(place.name(), "place without a name");
      require(place.type(), "place without a type: " + place.name());
      places.put(place.name(), place);
      index(new KnownName(Kind.PLACE, place.name(), place.name()));
      for (String alias : place.aliases()) {
        index(new KnownName(Kind.PLACE, place.name(), alias));
      }
    }
    for (EventJson event : file.events()) {
      require(event.name(), "event without a name");
      require(event.type(), "event without a type: " + event.name());
      events.put(event.name(), event);
      index(new KnownName(Kind.EVENT, event.name(), event.name()));
      for (String alias : event.aliases()) {
        index(new KnownName(Kind.EVENT, event.name(), alias));
      }
    }
    // Either side of a succession may be written down; both directions are kept. An entry's own
    // list goes first, so predecessors come in the order that entry gives them.
    for (RegisteredOrganization org : registry.organizations()) {
      for (String before : org.predecessors()) {
        link(before, org.name());
      }
    }
    for (RegisteredOrganization org : registry.organizations()) {
      for (String after : org.successors()) {
        link(org.name(), after);
      }
    }
    this.personTitles = List.copyOf(file.personTitles());
    this.house = registry.house().map(RegisteredOrganization::name).orElse(null);
  }

  /** The curated list shipped with the application. */
  public static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("not on the classpath: " + RESOURCE);
      }
      return new Gazetteer(Registry.shipped(), new ObjectMapper().readValue(in, GazetteerFile.class));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer", e);
    }
  }

  /**
   * Reads a gazetteer in the JSON shape of {@value #RESOURCE}.
   *
   * @throws IllegalArgumentException when two entries share a spelling or a succession names an
   *     organization that is not listed
   */
  public static Gazetteer read(InputStream json) throws IOException {
    byte[] bytes = json.readAllBytes();
    return new Gazetteer(Registry.read(new ByteArrayInputStream(bytes)), new ObjectMapper().readValue(bytes, GazetteerFile.class));
  }

  /** The registry its organizations come from. */
  public Registry registry() {
    return registry;
  }

  /** Every organization, in the file's order, each with all its known aliases. */
  public List<Organization> organizations() {
    return organizations.values().stream().map(Gazetteer::toOrganization).toList();
  }

  /** The organization any of whose spellings is {@code nameOrAlias}: name, acronym, alias, or a contextual phrase such as "the Organization". */
  public Optional<Organization> organization(String nameOrAlias) {
    return canonicalOrganization(nameOrAlias).map(name -> toOrganization(organizations.get(name)));
  }

  /** The acronym of the organization spelled {@code nameOrAlias}, if it has one. */
  public Optional<String> acronymOf(String nameOrAlias) {
    return canonicalOrganization(nameOrAlias).map(name -> organizations.get(name).acronym());
  }

  /** The canonical name of the organization spelled {@code acronymOrAlias} ("UNFPA" gives "United Nations Population Fund"). */
  public Optional<String> nameOf(String acronymOrAlias) {
    return canonicalOrganization(acronymOrAlias);
  }

  /** Every body the organization replaced, directly or not, nearest first (UN-Women: UNIFEM, INSTRAW, OSAGI, DAW). */
  public List<Organization> predecessors(String nameOrAlias) {
    return walk(nameOrAlias, predecessors);
  }

  /** Every body that replaced the organization, directly or not, nearest first (WGGI: GIC, then the Gender Coordination Unit). */
  public List<Organization> successors(String nameOrAlias) {
    return walk(nameOrAlias, successors);
  }

  /** The canonical name of the place spelled {@code nameOrAlias} ("Vietnam" gives "Viet Nam"), countries, cities, areas and regions alike. */
  public Optional<String> place(String nameOrAlias) {
    KnownName known = byKey.get(Folding.key(nameOrAlias));
    return known != null && known.kind() == Kind.PLACE ? Optional.of(known.canonical()) : Optional.empty();
  }

  /** "country", "city", "area" or "region", for a place spelled {@code nameOrAlias}. */
  public Optional<String> placeType(String nameOrAlias) {
    return place(nameOrAlias).map(name -> places.get(name).type());
  }

  /** Canonical names of the countries, cities and areas that tagging reports. */
  public List<String> places() {
    return places.values().stream().filter(p -> isReported(p.name())).map(PlaceJson::name).toList();
  }

  /** Words that introduce a person's name: "Ms.", "Ambassador", "Director General". */
  public List<String> personTitles() {
    return personTitles;
  }

  /** The organization whose papers these are (IOM): "the Organization" stands for it in every paper. */
  public Optional<Organization> house() {
    return Optional.ofNullable(house).map(this::organizationNamed);
  }

  /** Every spelling of every entity, contextual phrases excepted. */
  List<KnownName> knownNames() {
    List<KnownName> names = new ArrayList<>();
    for (RegisteredOrganization org : organizations.values()) {
      names.add(new KnownName(Kind.ORGANIZATION, org.name(), org.name()));
      if (org.acronym() != null) {
        names.add(new KnownName(Kind.ORGANIZATION, org.name(), org.acronym()));
      }
      org.spellings().forEach(alias -> names.add(new KnownName(Kind.ORGANIZATION, org.name(), alias)));
    }
    for (PlaceJson place : places.values()) {
      names.add(new KnownName(Kind.PLACE, place.name(), place.name()));
      place.aliases().forEach(alias -> names.add(new KnownName(Kind.PLACE, place.name(), alias)));
    }
    for (EventJson event : events.values()) {
      names.add(new KnownName(Kind.EVENT, event.name(), event.name()));
      event.aliases().forEach(alias -> names.add(new KnownName(Kind.EVENT, event.name(), alias)));
    }
    return names;
  }

  /** Contextual phrases as written ("the Unit"), with the organization each stands for. */
  Map<String, String> contextualPhrases() {
    Map<String, String> phrases = new LinkedHashMap<>();
    for (RegisteredOrganization org : organizations.values()) {
      org.contextual().forEach(phrase -> phrases.put(phrase, org.name()));
    }
    return phrases;
  }

  /** The organization with this canonical name, with all its aliases. */
  Organization organizationNamed(String canonical) {
    RegisteredOrganization org = organizations.get(canonical);
    if (org == null) {
      throw new IllegalArgumentException("not a canonical organization name: " + canonical);
    }
    return toOrganization(org);
  }

  /** The type of a known event ("day", "campaign", ...), by canonical name. */
  String eventType(String canonical) {
    EventJson event = events.get(canonical);
    return event == null ? null : event.type();
  }

  /** Whether tagging reports this place: countries, cities and areas, not world regions. */
  boolean isReported(String canonicalPlace) {
    PlaceJson place = places.get(canonicalPlace);
    return place != null && REPORTED_PLACE_TYPES.contains(place.type().toLowerCase(Locale.ROOT));
  }

  private Optional<String> canonicalOrganization(String nameOrAlias) {
    if (nameOrAlias == null || nameOrAlias.isBlank()) {
      return Optional.empty();
    }
    String key = Folding.key(nameOrAlias);
    KnownName known = byKey.get(key);
    if (known == null && key.startsWith("the")) {
      known = byKey.get(key.substring(3));
    }
    if (known != null) {
      return known.kind() == Kind.ORGANIZATION ? Optional.of(known.canonical()) : Optional.empty();
    }
    return Optional.ofNullable(contextualByKey.get(key));
  }

  private List<Organization> walk(String nameOrAlias, Map<String, Set<String>> links) {
    Optional<String> start = canonicalOrganization(nameOrAlias);
    if (start.isEmpty()) {
      return List.of();
    }
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start.get()));
    while (!queue.isEmpty()) {
      for (String next : links.getOrDefault(queue.removeFirst(), Set.of())) {
        if (!next.equals(start.get()) && seen.add(next)) {
          queue.addLast(next);
        }
      }
    }
    return seen.stream().map(organizations::get).map(Gazetteer::toOrganization).toList();
  }

  private void link(String before, String after) {
    for (String name : List.of(before, after)) {
      if (!organizations.containsKey(name)) {
        throw new IllegalArgumentException("succession names an unlisted organization: " + name);
      }
    }
    successors.computeIfAbsent(before, k -> new LinkedHashSet<>()).add(after);
    predecessors.computeIfAbsent(after, k -> new LinkedHashSet<>()).add(before);
  }

  private void index(KnownName name) {
    String key = Folding.key(name.written());
    KnownName previous = byKey.putIfAbsent(key, name);
    if (previous != null && !previous.canonical().equals(name.canonical())) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "\"%s\" names both %s and %s",
              name.written(),
              previous.canonical(),
              name.canonical()));
    }
  }

  private static Organization toOrganization(RegisteredOrganization org) {
    Set<String> aliases = new LinkedHashSet<>(org.spellings());
    aliases.addAll(org.contextual());
    aliases.remove(org.name());
    if (org.acronym() != null) {
      aliases.remove(org.acronym());
    }
    return new Organization(org.name(), org.acronym(), List.copyOf(aliases));
  }

  private static void require(String value, String message) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(message);
    }
  }
}
