package org.councilsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QueryMixScriptTest {
  private static final Pattern PATH = Pattern.compile("^\\s*\"(/api/search\\?[^\"]*)\",\\s*$", Pattern.MULTILINE);

  @Test
  void the_wrk_script_sends_the_query_mix_in_its_order() throws Exception {
    String script;
    try (InputStream in = getClass().getResourceAsStream("/bench/query-mix.lua")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> sent = new ArrayList<>();
    Matcher m = PATH.matcher(script);
    while (m.find()) {
      sent.add(m.group(1));
    }
    List<String> mix =
        QueryMix.standard().stream().map(q -> "/api/search?" + HttpTarget.parameters(q.request())).toList();
    assertThat(sent).containsExactlyElementsOf(mix);
  }
}
