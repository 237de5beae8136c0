package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.councilsearch.app.IndexJob;
import org.councilsearch.app.IndexUpdater;
import org.councilsearch.app.Services;
import org.councilsearch.index.IndexProgress;
import org.councilsearch.web.WebClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running server picks up new papers without a restart, whether a reindex request or another
 * indexer adds them, and keeps answering searches meanwhile; and a paper full of markup is shown as
 * text.
 */
class LiveReindexIT {
  private static final String TOKEN = "reindex-token";

  /**
   * A paper whose text is an attack on the page: HTML whose entities decode into markup. Ingest
   * already drops tag-like text, but quotes and brackets that could close an attribute remain, and
   * the page must show them as text (PageTemplatesTest renders raw markup in a paper too).
   */
  private static final String HOSTILE_PAPER =
      String.join(
          "\n",
          "<html><head><title>GENDER COORDINATION REPORT 2013</title></head><body>",
          "<p>GENDER COORDINATION REPORT 2013</p>",
          "<p>I. ACTIVITIES &lt;script&gt;alert('heading')&lt;/script&gt;</p>",
          "<p>1. In 2013, the Unit studied zebracrossing migration routes"
              + " &lt;script&gt;alert('x')&lt;/script&gt; and published a note &quot;&gt;&lt;img"
              + " src=x onerror=alert(1)&gt; on them with the ILO.</p>",
          "<p>2. A second paragraph about zebracrossing &lt;b"
              + " onmouseover=alert(2)&gt;bold&lt;/b&gt; and more.</p>",
          "</body></html>",
          "");

  @TempDir Path tmp;

  @Test
  void new_papers_are_found_after_a_reindex_and_shown_as_text() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.copy(
        Path.of("corpus/000_4e715c5eda85927c.txt"), corpus.resolve("000_4e715c5eda85927c.txt"));
    Path index = tmp.resolve("index");
    try (WebClient web = WebClient.serve(corpus, index, TOKEN)) {
      assertThat(total(web, "zebracrossing")).isZero();
      Files.writeString(corpus.resolve("hostile.html"), HOSTILE_PAPER, StandardCharsets.UTF_8);

      Reply started = web.post("/api/reindex", TOKEN);
      assertThat(started.status()).isEqualTo(202);
      Reply again = web.post("/api/reindex", TOKEN);
      assertThat(again.status()).isIn(202, 409);

      Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
      while (total(web, "zebracrossing") == 0 && Instant.now().isBefore(deadline)) {
        assertThat(web.get("/api/search?q=gender").status()).isEqualTo(200);
        Thread.sleep(200);
      }
      assertThat(total(web, "zebracrossing")).isEqualTo(2);
      assertThat(web.get("/api/health").json().get("documents").asInt()).isEqualTo(2);

      assertThat(web.get("/api/search?q=zebracrossing").body()).contains("a note \\\"> on them");
      String results = web.get("/search?q=zebracrossing").body();
      String paperId =
          web.get("/api/search?q=zebracrossing").json().get("hits").get(0).get("paperId").asText();
      String paper = web.get("/documents/" + paperId).body();
      for (String html : new String[] {results, paper}) {
        assertThat(html)
            .doesNotContain("<script>alert")
            .doesNotContain("<img")
            .doesNotContain("<b onmouseover")
            .contains("a note &quot;&gt; on them");
        assertThat(HtmlChecks.tagsOnly(html)).doesNotContainPattern("<[^>]*\\son[a-z]+=");
      }
      assertThat(results).containsPattern("<mark>zebracrossing</mark>");
    }
  }

  @Test
  void a_reindex_by_another_indexer_is_picked_up_without_restart() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.copy(
        Path.of("corpus/002_9ed3d41a67c1374e.txt"), corpus.resolve("002_9ed3d41a67c1374e.txt"));
    Path index = tmp.resolve("index");
    try (WebClient web = WebClient.serve(corpus, index, null)) {
      assertThat(web.post("/api/reindex", "anything").status()).isEqualTo(403);
      JsonNode before = web.get("/api/health").json();
      assertThat(before.get("documents").asInt()).isEqualTo(1);
      Files.writeString(corpus.resolve("hostile.html"), HOSTILE_PAPER, StandardCharsets.UTF_8);

      // Another indexer, with its own writer, as the index command in another process would be.
      new IndexUpdater(new Services(Clock.systemUTC(), 1))
          .update(
              new IndexJob(
                  corpus, index, false, false, org.councilsearch.ingest.ExtractionLimits.DEFAULTS),
              IndexProgress.NONE);

      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      while (total(web, "zebracrossing") == 0 && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }
      assertThat(total(web, "zebracrossing")).isEqualTo(2);
      assertThat(web.get("/api/health").json().get("documents").asInt()).isEqualTo(2);
    }
  }

  private static long total(WebClient web, String q) throws Exception {
    Reply r = web.get("/api/search?q=" + q);
    assertThat(r.status()).isEqualTo(200);
    return r.json().get("total").asLong();
  }
}
