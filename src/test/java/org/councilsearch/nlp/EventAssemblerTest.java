package org.councilsearch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventAssemblerTest {
  @Test
  void an_organization_of_another_sentence_of_the_heading_is_not_part_of_the_event_name() {
    // Two sentences: "Regional Workshop." and "IOM Report"; token positions restart in each, so
    // IOM (tokens 0-1 of the second) looks inside the workshop (tokens 0-2 of the first).
    String heading = "Regional Workshop. IOM Report";
    Mention event =
        new Mention(EntityKind.EVENT, Mention.Source.PATTERN, 0, 2, 0, 17, "Regional Workshop", "Regional Workshop", "workshop");
    Mention org =
        new Mention(EntityKind.ORGANIZATION, Mention.Source.GAZETTEER, 0, 1, 19, 22, "IOM", "International Organization for Migration", null);

    assertThat(EventAssembler.name(heading, event, List.of(event, org))).isEqualTo("Regional Workshop");
  }
}
