package org.councilsearch.bench;

import java.util.List;
import org.councilsearch.search.SearchRequest;

/**
 * The fixed mix of queries the query benchmark runs: every query type users ask, in the shares
 * below, on words the generated archives hold (they are recombined from the bundled papers).
 */
public final class QueryMix {
  private static final int LIMIT = 10;

  private QueryMix() {}

  /** The mix, in a fixed order; every client walks it from its own starting point. */
  public static List<BenchQuery> standard() {
    return List.of(
        q("year", "female genital mutilation 2009"),
        q("year", "trafficking before 2005"),
        q("year", "training 1995-2000"),
        q("year", "PSEA since 2011"),
        q("acronym", "FGM"),
        q("acronym", "PSEA"),
        q("acronym", "IPU"),
        q("organization", "UN Women"),
        q("organization", "International Labour Organization"),
        q("organization", "UNICEF"),
        q("collaboration", "collaborations with UNICEF"),
        q("collaboration", "partnership with OSCE"),
        q("collaboration", "ILO collaborations"),
        q("phrase", "\"white ribbons\""),
        q("phrase", "\"gender mainstreaming\""),
        q("phrase", "\"focal point network\""),
        q("syntax", "trafficking AND Senegal"),
        q("syntax", "gender NOT mainstreaming"),
        q("syntax", "remittance*"),
        q("syntax", "year:[2005 TO 2009] workshop"),
        q("keyword", "skilled migrant women underemployment"),
        q("keyword", "sexual exploitation and abuse"),
        new BenchQuery(
            "filtered",
            new SearchRequest("gender training", 2000, 2010, null, null, null, null, null, null, false, LIMIT, 0)),
        new BenchQuery(
            "filtered",
            new SearchRequest("workshop", null, null, "UNFPA", null, null, "Geneva", null, null, false, LIMIT, 0)));
  }

  private static BenchQuery q(String type, String text) {
    return new BenchQuery(type, SearchRequest.of(text, LIMIT));
  }
}
