package org.councilsearch.backend.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.common.SolrException;
import org.junit.jupiter.api.Test;

class SolrClusterTest {
  private static final long[] PAUSES = {1, 1, 1};

  @Test
  void a_request_no_node_answers_is_sent_again_until_one_does() throws Exception {
    AtomicInteger tries = new AtomicInteger();
    String answer =
        SolrCluster.send(
            () -> {
              if (tries.incrementAndGet() < 3) {
                throw new IOException("connection refused");
              }
              return "found";
            },
            PAUSES);
    assertThat(answer).isEqualTo("found");
    assertThat(tries).hasValue(3);
  }

  @Test
  void a_node_failing_a_request_has_it_sent_again() throws Exception {
    AtomicInteger tries = new AtomicInteger();
    String answer =
        SolrCluster.send(
            () -> {
              if (tries.incrementAndGet() == 1) {
                throw new SolrException(SolrException.ErrorCode.SERVICE_UNAVAILABLE, "no servers hosting shard");
              }
              return "found";
            },
            PAUSES);
    assertThat(answer).isEqualTo("found");
    assertThat(tries).hasValue(2);
  }

  @Test
  void a_refused_request_is_sent_once_and_its_refusal_thrown() {
    AtomicInteger tries = new AtomicInteger();
    assertThatThrownBy(
            () ->
                SolrCluster.send(
                    () -> {
                      tries.incrementAndGet();
                      throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "undefined field year_x");
                    },
                    PAUSES))
        .isInstanceOf(SolrException.class)
        .hasMessageContaining("undefined field");
    assertThat(tries).hasValue(1);
  }

  @Test
  void after_the_last_pause_the_last_failure_is_thrown() {
    AtomicInteger tries = new AtomicInteger();
    assertThatThrownBy(
            () ->
                SolrCluster.send(
                    () -> {
                      throw new IOException("connection refused " + tries.incrementAndGet());
                    },
                    PAUSES))
        .isInstanceOf(IOException.class)
        .hasMessage("connection refused 4");
  }
}
