package org.councilsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminTokenTest {
  @Test
  void allows_only_the_configured_token() {
    AdminToken token = AdminToken.of("s3cret");
    assertThat(token.allows("s3cret")).isTrue();
    assertThat(token.allows("s3cre")).isFalse();
    assertThat(token.allows("")).isFalse();
    assertThat(token.allows(null)).isFalse();
  }

  @Test
  void without_a_token_nothing_is_allowed() {
    for (AdminToken none :
        new AdminToken[] {AdminToken.NONE, AdminToken.of(null), AdminToken.of("  ")}) {
      assertThat(none.allows("")).isFalse();
      assertThat(none.allows("anything")).isFalse();
      assertThat(none.allows(null)).isFalse();
    }
  }
}
