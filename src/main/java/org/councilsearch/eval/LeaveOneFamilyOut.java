package org.councilsearch.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.councilsearch.ingest.structure.PaperParser;
import org.councilsearch.ingest.structure.ParsedPaper;
import org.councilsearch.ingest.structure.RoleModel;
import org.councilsearch.ingest.structure.Segment;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.model.PassageKind;
import org.councilsearch.nlp.train.LabelledPaper;
import org.councilsearch.nlp.train.RoleData;

/**
 * Leave-one-family-out figures of the line-role model: for each layout family of the labelled
 * papers, a model trained without that family's papers reads them, and each metadata field is
 * scored against their gold files. A family the model never saw is what a new user's papers are,
 * so these figures, not those on the training papers, say how the reader does on new layouts.
 */
public final class LeaveOneFamilyOut {
  /** Fields scored: the paper's metadata and its paragraph numbers. */
  public static final List<FamilyField> FIELDS = List.of(FamilyField.values());

  /**
   * One family's share of papers with each field right, as printed and in copies that lost their
   * line breaks ({@link RunOnCopy}).
   */
  public record FamilyScore(String family, int papers, Map<FamilyField, Double> accuracy, Map<FamilyField, Double> runOn) {
    public FamilyScore {
      accuracy = Map.copyOf(accuracy);
      runOn = Map.copyOf(runOn);
    }
  }

  /**
   * Every family's scores and the wrong fields, "paper: field: expected ..., got ..." ("paper (run
   * on): ..." for its copy that lost its line breaks).
   */
  public record Report(List<FamilyScore> families, List<String> misses) {
    public Report {
      families = List.copyOf(families);
      misses = List.copyOf(misses);
    }

    public double mean(FamilyField field) {
      return families.stream().mapToDouble(f -> f.accuracy().get(field)).average().orElse(0);
    }

    /** The mean over families of the field's accuracy on copies that lost their line breaks. */
    public double runOnMean(FamilyField field) {
      return families.stream().mapToDouble(f -> f.runOn().get(field)).average().orElse(0);
    }

    public double worst(FamilyField field) {
      return families.stream().mapToDouble(f -> f.accuracy().get(field)).min().orElse(0);
    }

    public int papers() {
      return families.stream().mapToInt(FamilyScore::papers).sum();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private final Function<List<LabelledPaper>, RoleModel> trainer;
  private final FamilyEvaluation comparison;

  /**
   * @param trainer trains a model on the papers it is given
   * @param comparison compares a field's value with its gold value
   */
  public LeaveOneFamilyOut(Function<List<LabelledPaper>, RoleModel> trainer, FamilyEvaluation comparison) {
    this.trainer = Objects.requireNonNull(trainer, "trainer");
    this.comparison = Objects.requireNonNull(comparison, "comparison");
  }

  public Report run(List<LabelledPaper> papers) throws IOException {
    Map<String, List<LabelledPaper>> byFamily = new LinkedHashMap<>();
    papers.stream().sorted((a, b) -> a.family().compareTo(b.family())).forEach(p -> byFamily.computeIfAbsent(p.family(), k -> new ArrayList<>()).add(p));
    List<FamilyScore> scores = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (Map.Entry<String, List<LabelledPaper>> family : byFamily.entrySet()) {
      List<LabelledPaper> others = papers.stream().filter(p -> !p.family().equals(family.getKey())).toList();
      PaperParser parser = new PaperParser(trainer.apply(others));
      Map<FamilyField, Integer> correct = new EnumMap<>(FamilyField.class);
      Map<FamilyField, Integer> correctRunOn = new EnumMap<>(FamilyField.class);
      for (LabelledPaper paper : family.getValue()) {
        FamilyGold gold = JSON.readValue(RoleData.goldOf(paper.id()), FamilyGold.class);
        score(gold, parser.parse(paper.text()), correct, miss -> misses.add(paper.id() + ": " + miss));
        score(gold, parser.parse(RunOnCopy.of(paper.text())), correctRunOn, miss -> misses.add(paper.id() + " (run on): " + miss));
      }
      int n = family.getValue().size();
      scores.add(new FamilyScore(family.getKey(), n, accuracy(correct, n), accuracy(correctRunOn, n)));
    }
    return new Report(scores, misses);
  }

  private void score(FamilyGold gold, ParsedPaper parsed, Map<FamilyField, Integer> correct, Consumer<String> misses) {
    PaperMetadata meta = parsed.metadata();
    Map<FamilyField, Object[]> fields = FamilyField.compared(gold, meta, paragraphNumbers(parsed.segments()));
    for (Map.Entry<FamilyField, Object[]> e : fields.entrySet()) {
      if (comparison.same(e.getKey(), e.getValue()[0], e.getValue()[1])) {
        correct.merge(e.getKey(), 1, Integer::sum);
      } else {
        misses.accept(e.getKey().label() + ": expected " + show(e.getValue()[0]) + ", got " + show(e.getValue()[1]));
      }
    }
  }

  private static Map<FamilyField, Double> accuracy(Map<FamilyField, Integer> correct, int papers) {
    Map<FamilyField, Double> accuracy = new EnumMap<>(FamilyField.class);
    for (FamilyField field : FIELDS) {
      accuracy.put(field, correct.getOrDefault(field, 0) / (double) papers);
    }
    return accuracy;
  }

  private static List<String> paragraphNumbers(List<Segment> segments) {
    List<String> numbers = new ArrayList<>();
    for (Segment segment : segments) {
      String number = segment.number();
      if (number != null && segment.kind() == PassageKind.PARAGRAPH && (numbers.isEmpty() || !numbers.get(numbers.size() - 1).equals(number))) {
        numbers.add(number);
      }
    }
    return numbers;
  }

  private static String show(Object value) {
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }
}
