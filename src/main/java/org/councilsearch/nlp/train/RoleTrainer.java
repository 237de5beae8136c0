package org.councilsearch.nlp.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.councilsearch.ingest.structure.BreakFeatures;
import org.councilsearch.ingest.structure.LineRole;
import org.councilsearch.ingest.structure.RoleFeatures;
import org.councilsearch.nlp.LineBreakModel;
import org.councilsearch.nlp.LineRoleModel;

/**
 * Trains the line-role model: OpenNLP's maximum-entropy trainer (GIS) on one event per labelled
 * line, its features computed by {@link RoleFeatures} with the true roles of the lines before it,
 * over every labelled paper and the copies {@link RoleVariants} makes of it; and beside it the
 * break model, on one event per place a run-on copy of each page might be cut ({@link
 * BreakFeatures}), a break where the labelled paper starts a line of its own ({@link RunOnPage}).
 * Fixed iterations, cutoff and one thread, so the same papers always give the same models.
 *
 * <p>The break model is a perceptron: with the families split five ways, each fifth cut by a model
 * trained on the rest, the breaks after a title were found 82% of the time with 100 perceptron
 * iterations against 67% and 71% with 40 and 100 of GIS, and the breaks before a heading 85%
 * against 77% and 79%, at about the same F1 over all breaks (0.84 against 0.83). Stateless and
 * thread-safe.
 */
public final class RoleTrainer {
  static final int ITERATIONS = 40;
  static final int CUTOFF = 1;
  static final String ALGORITHM = "MAXENT";
  static final String BREAK_ALGORITHM = "PERCEPTRON";
  static final int BREAK_ITERATIONS = 100;

  private final int iterations;
  private final int cutoff;

  /** A trainer with the fixed parameters the shipped model is trained with. */
  public RoleTrainer() {
    this(ITERATIONS, CUTOFF);
  }

  /** A trainer with other parameters, for trying them out; the shipped model uses the defaults. */
  public RoleTrainer(int iterations, int cutoff) {
    this.iterations = iterations;
    this.cutoff = cutoff;
  }

  /** Trains on {@code papers} and their generated copies. */
  public LineRoleModel train(List<LabelledPaper> papers) {
    return trainOn(papers.stream().map(RoleTrainer::events).toList());
  }

  /**
   * A trainer for many trainings on subsets of the same papers (leave one family out): each paper's
   * events are computed once, on first use, and kept by the returned function. Not thread-safe.
   */
  public Function<List<LabelledPaper>, LineRoleModel> reusingEvents() {
    Map<String, PaperEvents> byPaper = new HashMap<>();
    return papers -> trainOn(papers.stream().map(paper -> byPaper.computeIfAbsent(paper.id(), id -> events(paper))).toList());
  }

  /** One paper's events: of its lines as printed and in copies, of its run-on copy, of its breaks. */
  private record PaperEvents(List<Event> printed, List<Event> runOn, List<Event> breaks) {}

  private static PaperEvents events(LabelledPaper paper) {
    List<Event> printed = new ArrayList<>();
    for (RoleExample example : RoleVariants.of(paper)) {
      printed.addAll(events(example));
    }
    return new PaperEvents(printed, events(RoleVariants.runOn(paper)), breakEvents(paper));
  }

  private LineRoleModel trainOn(List<PaperEvents> papers) {
    List<Event> printed = new ArrayList<>();
    List<Event> runOn = new ArrayList<>();
    List<Event> breaks = new ArrayList<>();
    for (PaperEvents paper : papers) {
      printed.addAll(paper.printed());
      runOn.addAll(paper.runOn());
      breaks.addAll(paper.breaks());
    }
    if (printed.isEmpty()) {
      throw new IllegalArgumentException("no labelled lines to train the line-role model on");
    }
    boolean bothOutcomes = breaks.stream().map(Event::getOutcome).distinct().count() == 2;
    if (!bothOutcomes) {
      return new LineRoleModel(maxent(printed, "the line-role model"));
    }
    return new LineRoleModel(maxent(printed, "the line-role model"), maxent(runOn, "the run-on line-role model"), new LineBreakModel(model(breaks, BREAK_ALGORITHM, BREAK_ITERATIONS, "the break model")));
  }

  private MaxentModel maxent(List<Event> events, String name) {
    return model(events, ALGORITHM, iterations, name);
  }

  private MaxentModel model(List<Event> events, String algorithm, int rounds, String name) {
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, rounds);
    parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    parameters.put(TrainingParameters.THREADS_PARAM, 1);
    EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
    try (ObjectStream<Event> stream = ObjectStreamUtils.createObjectStream(events)) {
      return trainer.train(stream);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot train " + name, e);
    }
  }

  /** One event per candidate break of each page of {@code paper} run into one line. */
  static List<Event> breakEvents(LabelledPaper paper) {
    List<Event> events = new ArrayList<>();
    for (RunOnPage page : RunOnPage.of(paper)) {
      List<String> words = new ArrayList<>();
      Set<Integer> starts = new HashSet<>();
      for (String unit : page.units()) {
        starts.add(words.size());
        words.addAll(List.of(unit.split(" ")));
      }
      BreakFeatures features = new BreakFeatures(words);
      int last = 0;
      for (int i = 1; i < words.size(); i++) {
        if (features.candidate(i)) {
          events.add(new Event(starts.contains(i) ? LineBreakModel.BREAK : LineBreakModel.ON, features.at(i, i - last)));
        }
        if (starts.contains(i)) {
          last = i;
        }
      }
    }
    return events;
  }

  static List<Event> events(RoleExample example) {
    RoleFeatures features = new RoleFeatures(example.printed());
    List<LineRole> roles = example.roles();
    List<Event> events = new ArrayList<>(roles.size());
    for (int k = 0; k < roles.size(); k++) {
      events.add(new Event(roles.get(k).label(), features.context(k, roles)));
    }
    return events;
  }
}
