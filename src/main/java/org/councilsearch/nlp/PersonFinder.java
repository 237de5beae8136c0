package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.namefind.RegexNameFinder;
import opennlp.tools.util.Span;

/**
 * Finds people's names introduced by a title ("Ms. Michelle Bachelet", "Mr. Muñoz Villalobos",
 * "Director General Brunson McKinley") with OpenNLP's {@link RegexNameFinder} over a sentence's
 * words. The title is left out of the name. Immutable and thread-safe.
 */
final class PersonFinder {
  private static final String PARTICLES = "de|da|van|von|der|den|del|della|di|du|dos|das|la|le|bin|ibn|al|el|ter|ten|y|e";

  private final Pattern[] patterns;

  /**
   * The first word of every title. The pattern can only match where a title stands as whole
   * words, so a sentence without any of these is skipped: the pattern's look-behind over every
   * title at every position was a tenth of indexing time in a profile.
   */
  private final Set<String> titleStarts = new HashSet<>();

  PersonFinder(List<String> titles) {
    List<String> sorted = new ArrayList<>(titles);
    // Longest first, so "Deputy Director General" wins over "Director General".
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    String title = String.join("|", sorted.stream().map(Pattern::quote).toList());
    for (String t : titles) {
      titleStarts.add(t.split(" ", 2)[0]);
    }
    String name = "\\p{Lu}[\\p{L}\\p{M}'\u2019\\-\u2010\u2011]*\\.?";
    this.patterns =
        new Pattern[] {
          Pattern.compile("(?<=(?:^| )(?:" + title + ") )" + name + "(?: (?:(?:" + PARTICLES + ") )?" + name + "){0,3}(?![^ ])")
        };
  }

  /** Names found, as word spans of the view. */
  List<Span> find(WordView view) {
    List<Span> out = new ArrayList<>();
    if (view.words().stream().noneMatch(titleStarts::contains)) {
      return out;
    }
    for (Span span : new RegexNameFinder(patterns, "person").find(view.array())) {
      if (view.words().subList(span.getStart(), span.getEnd()).stream().noneMatch(PersonFinder::neverInName)) {
        out.add(span);
      }
    }
    return out;
  }

  /** "Global Chief of Mission Meeting" has a title in it, but no name after it. */
  private static boolean neverInName(String word) {
    return EventFinder.HEADS.contains(word) || PaperLexicon.readsAsOrganization(word);
  }
}
