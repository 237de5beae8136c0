package org.councilsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.Services;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.model.Hit;
import org.councilsearch.model.IndexReport;
import org.councilsearch.model.Paper;
import org.councilsearch.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small generated archive goes through the real pipeline: read, tagged, indexed, searched. */
class GeneratedArchiveIT {
  @TempDir Path tmp;

  @Test
  void a_generated_archive_is_indexed_with_its_years_and_found_by_year() throws IOException {
    Services services = Services.forThisMachine();
    Path archive = tmp.resolve("archive");
    ArchiveGenerator.fromCorpus(new Corpus(Path.of("corpus")), services.reader(ExtractionLimits.DEFAULTS), 11)
        .generate(archive, 0, 20, n -> {});

    IndexReport report =
        services.indexer(ExtractionLimits.DEFAULTS).update(new Corpus(archive), services.backend(new IndexConfig.Embedded(tmp.resolve("index"))), true, IndexProgress.NONE);

    assertThat(report.failures()).isEmpty();
    assertThat(report.papers()).isEqualTo(20);
    assertThat(report.passages()).isGreaterThan(20 * 20);
    try (Services.Searching searching = services.open(new IndexConfig.Embedded(tmp.resolve("index")))) {
      List<Paper> papers = searching.catalog().papers();
      Set<Integer> years = new TreeSet<>();
      for (Paper p : papers) {
        assertThat(p.metadata().year()).as(p.source()).isNotNull();
        assertThat(p.metadata().title()).as(p.source()).endsWith(" " + p.metadata().year());
        years.add(p.metadata().year());
      }
      assertThat(years.size()).isGreaterThanOrEqualTo(8);
      assertThat(((TreeSet<Integer>) years).first()).isLessThan(2000);
      assertThat(((TreeSet<Integer>) years).last()).isGreaterThan(2015);

      int year = ((TreeSet<Integer>) years).last();
      List<Hit> hits = searching.search().search(SearchRequest.of("gender " + year, 10)).hits();
      assertThat(hits).isNotEmpty();
      assertThat(hits.get(0).year()).isEqualTo(year);
      List<Hit> filtered = searching.search().search(SearchRequest.of("women", 10).years(year, year)).hits();
      assertThat(filtered).isNotEmpty().allSatisfy(h -> assertThat(h.year()).isEqualTo(year));
      assertThat(searching.search().search(SearchRequest.of("FGM", 10)).total()).isPositive();
    }
  }
}
