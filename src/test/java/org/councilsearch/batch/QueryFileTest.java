package org.councilsearch.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryFileTest {
  private static List<BatchQuery> read(String text) {
    return QueryFile.read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void plain_text_is_one_query_per_line_blank_lines_skipped() {
    List<BatchQuery> q = read("UN-Women\n\nfemale genital mutilation 2009\r\nFGM, PSEA\n");
    assertThat(q).extracting(BatchQuery::query).containsExactly("UN-Women", "female genital mutilation 2009", "FGM, PSEA");
    assertThat(q).extracting(BatchQuery::row).containsExactly(1, 3, 4);
    assertThat(q.get(0).filters()).isEmpty();
  }

  @Test
  void a_csv_names_its_query_and_filter_columns_in_any_case() {
    List<BatchQuery> q = read("\uFEFFName,Query,ORG,from\nWomen,gender,UN-Women,2009\n,\"FGM, \"\"cutting\"\"\",,\n");
    assertThat(q).hasSize(2);
    assertThat(q.get(0)).isEqualTo(new BatchQuery(1, "Women", "gender", Map.of("org", "UN-Women", "from", "2009")));
    assertThat(q.get(1).query()).isEqualTo("FGM, \"cutting\"");
    assertThat(q.get(1).name()).as("the query names a row without a name").isEqualTo("FGM, \"cutting\"");
  }

  @Test
  void an_empty_or_blank_file_is_refused() {
    assertThatThrownBy(() -> read("")).isInstanceOf(BadUploadException.class).hasMessageStartingWith("the file is empty");
    assertThatThrownBy(() -> read(" \n\n")).isInstanceOf(BadUploadException.class).hasMessageStartingWith("the file is empty");
  }

  @Test
  void a_binary_file_is_refused() {
    assertThatThrownBy(() -> QueryFile.read(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}))
        .isInstanceOf(BadUploadException.class)
        .hasMessageStartingWith("the file is not text");
    assertThatThrownBy(() -> QueryFile.read(new byte[] {'a', (byte) 0xC3, (byte) 0x28}))
        .isInstanceOf(BadUploadException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void ten_thousand_queries_are_taken_and_one_more_is_refused() {
    assertThat(read("q\n".repeat(10_000))).hasSize(10_000);
    assertThatThrownBy(() -> read("q\n".repeat(10_001)))
        .isInstanceOf(BadUploadException.class)
        .hasMessage("the file has more than 10,000 queries; split it into batches of at most that many");
    assertThatThrownBy(() -> read("query\n" + "q\n".repeat(10_001)))
        .isInstanceOf(BadUploadException.class)
        .hasMessageStartingWith("the file has more than 10,000 queries");
  }

  @Test
  void a_row_too_long_is_refused_with_its_number() {
    assertThatThrownBy(() -> read("short\n" + "x".repeat(2_001) + "\n"))
        .isInstanceOf(BadUploadException.class)
        .hasMessageStartingWith("row 2 is 2,001 characters long; the limit is 2,000");
  }

  @Test
  void an_unknown_column_is_refused_with_the_columns_there_are() {
    assertThatThrownBy(() -> read("query,language\ngender,fr\n"))
        .isInstanceOf(BadUploadException.class)
        .hasMessageContaining("'language'")
        .hasMessageContaining("name, query, year, from, to, org");
  }

  @Test
  void a_broken_quote_names_the_line_without_a_class_name() {
    assertThatThrownBy(() -> read("name,query\na,\"x\"y\n"))
        .isInstanceOf(BadUploadException.class)
        .hasMessageStartingWith("the CSV cannot be read: ")
        .hasMessageNotContaining("Exception");
  }
}
