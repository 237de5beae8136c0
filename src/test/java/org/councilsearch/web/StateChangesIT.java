package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.councilsearch.app.IndexConfig;
import org.councilsearch.app.IndexJob;
import org.councilsearch.app.IndexUpdater;
import org.councilsearch.app.Services;
import org.councilsearch.app.UserState;
import org.councilsearch.index.IndexProgress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that listens beyond this machine takes changes only with its admin token (header or
 * form field); reading needs none. Served on loopback here, as if it listened beyond it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StateChangesIT {
  private static final String TOKEN = "far-token";

  @TempDir static Path tmp;
  private ServedIndex served;
  private UserState state;
  private Javalin app;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  void serve() throws Exception {
    Services services = new Services(Clock.systemUTC(), 2);
    IndexUpdater updater = new IndexUpdater(services);
    Path index = tmp.resolve("index");
    IndexJob job = IndexJob.incremental(Path.of("corpus"), index);
    updater.update(job, IndexProgress.NONE);
    served = new ServedIndex(services.open(new IndexConfig.Embedded(index)), updater, job, Clock.systemUTC(), Duration.ofSeconds(1));
    state = services.userState(tmp.resolve("state"), served::searching);
    app = WebServer.create(served, state, AdminToken.of(TOKEN), false).start("127.0.0.1", 0);
  }

  @AfterAll
  void stop() throws Exception {
    app.stop();
    served.close();
    state.close();
  }

  private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder to(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
  }

  @Test
  void changes_need_the_token_and_reading_does_not() throws Exception {
    String body = "{\"name\": \"far\", \"q\": \"gender\"}";
    HttpResponse<String> without =
        send(to("/api/saved-searches").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(without.statusCode()).isEqualTo(403);
    assertThat(without.body()).contains("admin token");
    HttpResponse<String> wrong =
        send(
            to("/api/saved-searches")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer guess")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(wrong.statusCode()).isEqualTo(403);
    HttpResponse<String> with =
        send(
            to("/api/saved-searches")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(with.statusCode()).as(with.body()).isEqualTo(201);
    assertThat(send(to("/api/saved-searches")).statusCode()).isEqualTo(200);
    assertThat(send(to("/feeds/saved-searches/1.atom")).statusCode()).isEqualTo(200);

    assertThat(send(to("/api/batch-searches").header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("gender"))).statusCode())
        .isEqualTo(403);
    assertThat(send(to("/api/saved-searches/1").DELETE()).statusCode()).isEqualTo(403);
  }

  @Test
  void the_pages_ask_for_the_token_and_take_it_from_the_form() throws Exception {
    assertThat(send(to("/search?q=gender")).body()).contains("id=\"save-token\"");
    HttpResponse<String> noToken =
        send(
            to("/saved-searches")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=form&q=gender&org=UN-Women")));
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(noToken.body()).contains("enter it in the form");
    HttpResponse<String> withToken =
        send(
            to("/saved-searches")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=form&q=gender&org=UN-Women&token=" + TOKEN)));
    assertThat(withToken.statusCode()).isEqualTo(303);
    assertThat(withToken.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/saved-searches/"));
  }
}
