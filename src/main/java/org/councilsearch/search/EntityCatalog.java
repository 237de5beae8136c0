package org.councilsearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.councilsearch.index.Schema;
import org.councilsearch.model.DateSpan;
import org.councilsearch.model.Entities;
import org.councilsearch.model.EntityProfile;
import org.councilsearch.model.EntityProfile.RelatedMentions;
import org.councilsearch.model.EntityProfile.YearOfHits;
import org.councilsearch.model.EntitySummary;
import org.councilsearch.model.EntityType;
import org.councilsearch.model.Event;
import org.councilsearch.model.Hit;
import org.councilsearch.model.Organization;
import org.councilsearch.model.Paper;
import org.councilsearch.model.Passage;
import org.councilsearch.nlp.Gazetteer;

/**
 * The entities tagged in the index: listings with mention counts, and one entity's profile with
 * its aliases, predecessors and the passages that mention it. Thread-safe.
 */
public final class EntityCatalog {
  private final PassageIndex index;
  private final Schema schema;
  private final Gazetteer gazetteer;

  public EntityCatalog(PassageIndex index, Schema schema, Gazetteer gazetteer) {
    this.index = index;
    this.schema = schema;
    this.gazetteer = gazetteer;
  }

  /** Every entity of {@code type}, most mentioned first, with the years that mention it. */
  public List<EntitySummary> list(EntityType type) {
    Function<Entities, List<String>> names = namesOf(type);
    Map<String, Integer> mentions = new HashMap<>();
    Map<String, Set<Integer>> years = new HashMap<>();
    index.read(
        view -> {
          List<Passage> passages = view.passages(schema.passagesOnly());
          Map<String, Paper> paperOf = view.papers(passages.stream().map(Passage::paperId).collect(Collectors.toSet()));
          for (Passage p : passages) {
            Integer year = paperOf.get(p.paperId()).metadata().year();
            for (String name : new LinkedHashSet<>(names.apply(p.entities()))) {
              mentions.merge(name, 1, Integer::sum);
              if (year != null) {
                years.computeIfAbsent(name, n -> new TreeSet<>()).add(year);
              }
            }
          }
          return null;
        });
    List<EntitySummary> summaries = new ArrayList<>();
    mentions.forEach(
        (name, count) ->
            summaries.add(
                new EntitySummary(name, type, count, List.copyOf(years.getOrDefault(name, Set.of())))));
    summaries.sort(
        Comparator.comparingInt(EntitySummary::mentions).reversed().thenComparing(EntitySummary::name));
    return summaries;
  }

  /**
   * The profile of the entity called {@code name} (any alias or acronym of an organization).
   *
   * @throws EntityNotFoundException when nothing of that name is known or tagged
   */
  public EntityProfile profile(String name) {
    Optional<Organization> known = gazetteer.organization(name);
    if (known.isPresent()) {
      return organizationProfile(known.get());
    }
    for (EntityType type : List.of(EntityType.ORGANIZATION, EntityType.PLACE, EntityType.EVENT, EntityType.PERSON)) {
      Optional<String> tagged = taggedName(type, name);
      if (tagged.isPresent()) {
        if (type == EntityType.ORGANIZATION) {
          return organizationProfile(new Organization(tagged.get(), null, List.of()));
        }
        return new EntityProfile(
            type, tagged.get(), null, List.of(), List.of(), List.of(), mentionsOf(type, tagged.get()), List.of());
      }
    }
    throw new EntityNotFoundException(
        "no organization, place, event or person called '" + name + "'; list them with: council-search entities",
        name);
  }

  private EntityProfile organizationProfile(Organization org) {
    List<YearOfHits> mentions = mentionsOf(EntityType.ORGANIZATION, org.name());
    Set<String> aliases = new LinkedHashSet<>(org.aliases());
    for (YearOfHits year : mentions) {
      for (Hit hit : year.passages()) {
        for (Organization seen : hit.organizations()) {
          if (seen.name().equals(org.name())) {
            aliases.addAll(seen.aliases());
          }
        }
      }
    }
    aliases.remove(org.name());
    List<Organization> predecessors = gazetteer.predecessors(org.name());
    List<Organization> successors = gazetteer.successors(org.name());
    List<RelatedMentions> related = new ArrayList<>();
    for (Organization p : predecessors) {
      related.add(new RelatedMentions(p, "predecessor", mentionsOf(EntityType.ORGANIZATION, p.name())));
    }
    for (Organization s : successors) {
      related.add(new RelatedMentions(s, "successor", mentionsOf(EntityType.ORGANIZATION, s.name())));
    }
    related.removeIf(r -> r.years().isEmpty());
    return new EntityProfile(
        EntityType.ORGANIZATION,
        org.name(),
        org.acronym(),
        List.copyOf(aliases),
        predecessors,
        successors,
        mentions,
        related);
  }

  /** The tagged name of this type that equals {@code name}, ignoring case. */
  private Optional<String> taggedName(EntityType type, String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return list(type).stream()
        .map(EntitySummary::name)
        .filter(n -> n.toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  private List<YearOfHits> mentionsOf(EntityType type, String name) {
    return index.read(
        view -> {
          Query candidates =
              switch (type) {
                case ORGANIZATION -> new TermQuery(new Term(Schema.ORG, Schema.exact(name)));
                case PLACE -> new TermQuery(new Term(Schema.PLACE, Schema.exact(name)));
                case PERSON -> new TermQuery(new Term(Schema.PERSON, Schema.exact(name)));
                default -> schema.passagesOnly();
              };
          Query query =
              new BooleanQuery.Builder()
                  .add(candidates, Occur.MUST)
                  .add(schema.passagesOnly(), Occur.FILTER)
                  .build();
          Map<Integer, List<Hit>> byYear = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
          List<Passage> passages = new ArrayList<>();
          for (Passage p : view.passages(query)) {
            if (namesOf(type).apply(p.entities()).contains(name)) {
              passages.add(p);
            }
          }
          Map<String, Paper> seen = view.papers(passages.stream().map(Passage::paperId).collect(Collectors.toSet()));
          for (Passage p : passages) {
            Paper paper = seen.get(p.paperId());
            byYear
                .computeIfAbsent(paper.metadata().year(), y -> new ArrayList<>())
                .add(Hit.of(paper, p, 0f, SearchService.lead(p.text())));
          }
          List<YearOfHits> years = new ArrayList<>();
          byYear.forEach(
              (year, hits) -> {
                hits.sort(Comparator.comparing(Hit::source).thenComparing(EntityCatalog::order));
                years.add(new YearOfHits(year, hits));
              });
          return years;
        });
  }

  private static int order(Hit hit) {
    String id = hit.id();
    return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
  }

  private static Function<Entities, List<String>> namesOf(EntityType type) {
    return switch (type) {
      case ORGANIZATION -> e -> e.organizations().stream().map(Organization::name).toList();
      case EVENT -> e -> e.events().stream().map(Event::name).toList();
      case PLACE -> Entities::places;
      case PERSON -> Entities::people;
      case DATE -> e -> e.dates().stream().map(EntityCatalog::isoRange).toList();
    };
  }

  private static String isoRange(DateSpan d) {
    return d.start().equals(d.end()) ? d.start().toString() : d.start() + "/" + d.end();
  }
}
