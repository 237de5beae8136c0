package org.councilsearch.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.councilsearch.eval.CorpusPapers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.councilsearch.model.Entities;
import org.councilsearch.model.Event;
import org.councilsearch.model.Organization;
import org.councilsearch.model.PaperContent;
import org.councilsearch.model.Passage;
import org.junit.jupiter.api.Test;

/** The tagger over the five corpus papers as ingest reads them. */
class CorpusTaggingTest {
  private static final OpenNlpTagger TAGGER = OpenNlpTaggerTest.TAGGER;
  private static final List<PaperContent> PAPERS = readCorpus();
  private static final String UN_WOMEN = "United Nations Entity for Gender Equality and the Empowerment of Women";

  /** The named events of each paper, as a reader finds them (by year). */
  private static final Map<Integer, List<String>> EVENTS =
      Map.of(
          2009,
          List.of(
              "International Day of Zero Tolerance for Female Genital Mutilation",
              "Political Will at the Centre of Achieving Zero Tolerance to Female Genital Mutilation",
              "Expert Meeting on Human Rights and the Abandonment of Female Genital Mutilation/Cutting",
              "Capacity Building Workshop for Women Leaders of Diaspora Associations",
              "Seventeenth OSCE Economic and Environmental Forum",
              "International Colloquium on Women’s Empowerment, Leadership Development, International Peace and Security",
              "Global Consultation on Migration, Remittances and Development",
              "Expert Meeting on Mainstreaming Gender in Trade Policy",
              "Public Symposium on the Global Economic Crisis and Development",
              "International Dialogue on Migration",
              "Delivering as One on Gender Equality and Women’s Empowerment retreat",
              "Day of General Discussion on Migrant Domestic Workers",
              "Gender and Volunteerism Workshop",
              "International Women’s Day",
              "Expert Group Meeting on Migration and Development"),
          2011,
          List.of(
              "Fifty-fifth Session of the Commission on the Status of Women",
              "Capacity Building Workshop for Women Leaders of Diaspora Associations",
              "International Day of Zero Tolerance for Female Genital Mutilation",
              "International Women's Day",
              "Fourth United Nations Conference on the Least Developed Countries",
              "CARITAS global conference",
              "Global Migration Group Symposium on Migration and Youth",
              "regional workshop on domestic workers",
              "Women’s Conference for Peace in the Middle East",
              "Forty-ninth and Fiftieth Sessions of the Committee on the Elimination of Discrimination against Women"),
          2012,
          List.of(
              "International Day of Zero Tolerance for Female Genital Mutilation",
              "International Women’s Day",
              "17th Annual Meeting of ORIGIN",
              "Session of the Committee on the Elimination of Discrimination against Women",
              "Global Chief of Mission Meeting"),
          2003,
          List.of("Expert Group Meeting on the Temporary Labour Migration of Women"),
          2005,
          List.of(
              "16 Days of Activism Against Gender Violence",
              "International Women's Day",
              "Migration and Gender Issues within the Millennium Development Goals",
              "High Level Dialogue on Migration and Development"));

  @Test
  void findsAtLeastFourFifthsOfTheNamedEvents() {
    int expected = 0;
    int found = 0;
    List<String> missed = new ArrayList<>();
    for (PaperContent paper : PAPERS) {
      Set<String> names = new HashSet<>();
      TAGGER.tag(paper.paper(), paper.passages()).forEach(e -> e.events().forEach(ev -> names.add(Folding.key(ev.name()))));
      for (String event : EVENTS.get(paper.paper().metadata().year())) {
        expected++;
        if (names.stream().anyMatch(n -> n.contains(Folding.key(event)) || Folding.key(event).contains(n) && n.length() > 20)) {
          found++;
        } else {
          missed.add(paper.paper().metadata().year() + ": " + event);
        }
      }
    }
    assertThat((double) found / expected).as("missed %s", missed).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void everyPassageMentioningUnWomenResolvesToUnWomen() {
    PaperContent paper2011 = paper(2011);
    List<Entities> entities = TAGGER.tag(paper2011.paper(), paper2011.passages());
    int seen = 0;
    for (int i = 0; i < entities.size(); i++) {
      if (paper2011.passages().get(i).text().contains("UN-Women")) {
        seen++;
        assertThat(entities.get(i).organizations()).extracting(Organization::name).contains(UN_WOMEN);
      }
    }
    assertThat(seen).isGreaterThanOrEqualTo(3);
    assertThat(entities).flatExtracting(Entities::people).contains("Michelle Bachelet", "Pernille Frahm");
    assertThat(entities).flatExtracting(Entities::organizations).extracting(Organization::name)
        .doesNotContain("Michelle Bachelet", "Pernille Frahm", "Ms. Michelle Bachelet");
  }

  @Test
  void readsTheFundForWomenOf2009AsUnifem() {
    PaperContent paper2009 = paper(2009);
    List<Entities> entities = TAGGER.tag(paper2009.paper(), paper2009.passages());
    int index = indexOf(paper2009, "United Nations Development Fund for Women");
    assertThat(entities.get(index).organizations()).extracting(Organization::acronym).contains("UNIFEM");
    int panel = indexOf(paper2009, "sixth International Day of Zero Tolerance");
    assertThat(entities.get(panel).organizations()).extracting(Organization::acronym)
        .contains("IAC", "IPU", "IOM", "UNFPA", "WHO", "MEG");
    assertThat(entities.get(panel).events()).extracting(Event::name)
        .contains("International Day of Zero Tolerance for Female Genital Mutilation");
  }

  @Test
  void listsHoldEachEntityOnce() {
    for (PaperContent paper : PAPERS) {
      for (Entities e : TAGGER.tag(paper.paper(), paper.passages())) {
        assertThat(e.organizations()).extracting(Organization::name).doesNotHaveDuplicates();
        assertThat(e.places()).doesNotHaveDuplicates().doesNotContain("Europe", "Africa", "Caribbean");
        assertThat(e.people()).doesNotHaveDuplicates();
        assertThat(e.dates()).doesNotHaveDuplicates();
        assertThat(e.events()).extracting(ev -> Folding.key(ev.name())).doesNotHaveDuplicates();
      }
    }
  }

  @Test
  void tagsTheWholeCorpusInAFewSeconds() {
    TAGGER.tag(PAPERS.get(0).paper(), PAPERS.get(0).passages());
    long start = System.nanoTime();
    int passages = 0;
    for (PaperContent paper : PAPERS) {
      passages += TAGGER.tag(paper.paper(), paper.passages()).size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(passages).isGreaterThan(200);
    assertThat(seconds).as("seconds for %d passages", passages).isLessThan(10);
  }

  @Test
  void tagsPapersOnSeveralThreadsAsOnOne() throws Exception {
    List<List<Entities>> alone = new ArrayList<>();
    for (PaperContent paper : PAPERS) {
      alone.add(TAGGER.tag(paper.paper(), paper.passages()));
    }
    AtomicInteger threads = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "tagger-test-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<List<Entities>>> together = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (PaperContent paper : PAPERS) {
          together.add(pool.submit(() -> TAGGER.tag(paper.paper(), paper.passages())));
        }
      }
      for (int i = 0; i < together.size(); i++) {
        assertThat(together.get(i).get()).isEqualTo(alone.get(i % PAPERS.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static PaperContent paper(int year) {
    return PAPERS.stream().filter(p -> p.paper().metadata().year() == year).findFirst().orElseThrow();
  }

  private static int indexOf(PaperContent paper, String text) {
    List<Passage> passages = paper.passages();
    return IntStream.range(0, passages.size()).filter(i -> passages.get(i).text().contains(text)).findFirst().orElseThrow();
  }

  private static List<PaperContent> readCorpus() {
    try {
      return CorpusPapers.read(Path.of("corpus"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
