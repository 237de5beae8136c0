package org.councilsearch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The family fixtures (src/test/resources/families) as a test set: the held-out split is a third
 * of the papers and both splits span many families and organizations. Their figures are pinned in
 * eval/families.spec and checked by EvalSpecIT; the held-out split was written and committed
 * before the rules for these families, which were written against the tuning split only.
 */
class FamilyMetadataIT {
  private static final Path FAMILIES = Path.of("src/test/resources/families");
  private static List<FamilyFixtures.Fixture> heldOutFixtures;
  private static List<FamilyFixtures.Fixture> tuningFixtures;

  @BeforeAll
  static void read() throws IOException {
    heldOutFixtures = FamilyFixtures.read(FAMILIES.resolve("heldout"));
    tuningFixtures = FamilyFixtures.read(FAMILIES.resolve("tuning"));
  }

  @Test
  void the_held_out_split_is_a_third_and_both_splits_cover_many_families_and_organizations() {
    int all = heldOutFixtures.size() + tuningFixtures.size();
    assertThat(heldOutFixtures.size() * 3).as("held-out papers, at least a third").isGreaterThanOrEqualTo(all);
    assertThat(organizations(heldOutFixtures)).as("organizations of the held-out papers").hasSizeGreaterThanOrEqualTo(4);
    assertThat(organizations(tuningFixtures)).as("organizations of the tuning papers").hasSizeGreaterThanOrEqualTo(4);
    Set<String> families = new HashSet<>();
    heldOutFixtures.forEach(f -> families.add(f.gold().family()));
    tuningFixtures.forEach(f -> families.add(f.gold().family()));
    assertThat(families).hasSizeGreaterThanOrEqualTo(6);
  }

  private static Set<String> organizations(List<FamilyFixtures.Fixture> fixtures) {
    Set<String> names = new HashSet<>();
    fixtures.forEach(f -> names.add(f.gold().organization()));
    return names;
  }
}
