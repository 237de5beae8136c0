package org.councilsearch.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Graded relevance judgments for ranking: queries, each with the passages that answer it, named by
 * their paper's year and a phrase they contain.
 */
public final class Judgments {
  private Judgments() {}

  /**
   * One judged query; {@code type} groups figures (year, acronym, organization, ...) and may be
   * null; {@code lang}, the query's language ("fr"), groups them again, and is null in the sets
   * that are all English.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record JudgedQuery(String q, String type, String lang, List<Judgment> rel) {
    public JudgedQuery {
      rel = List.copyOf(rel);
    }
  }

  /** A passage that answers the query: 3 fully, 2 mostly, 1 partly. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Judgment(int year, String contains, int grade) {}

  /** Reads judgments in the format of queries-dev.json. */
  public static List<JudgedQuery> read(InputStream in) throws IOException {
    return new ObjectMapper().readValue(in, new TypeReference<List<JudgedQuery>>() {});
  }
}
