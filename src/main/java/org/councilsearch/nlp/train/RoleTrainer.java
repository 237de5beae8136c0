package org.councilsearch.nlp.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.councilsearch.ingest.structure.LineRole;
import org.councilsearch.ingest.structure.RoleFeatures;
import org.councilsearch.nlp.LineRoleModel;

/**
 * Trains the line-role model: OpenNLP's maximum-entropy trainer (GIS) on one event per labelled
 * line, its features computed by {@link RoleFeatures} with the true roles of the lines before it,
 * over every labelled paper and the copies {@link RoleVariants} makes of it. Fixed iterations,
 * cutoff and one thread, so the same papers always give the same model. Stateless and thread-safe.
 */
public final class RoleTrainer {
  static final int ITERATIONS = 40;
  static final int CUTOFF = 1;
  static final String ALGORITHM = "MAXENT";

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
    List<Event> events = new ArrayList<>();
    for (LabelledPaper paper : papers) {
      events.addAll(events(paper));
    }
    return trainOn(events);
  }

  /**
   * A trainer for many trainings on subsets of the same papers (leave one family out): each paper's
   * events are computed once, on first use, and kept by the returned function. Not thread-safe.
   */
  public Function<List<LabelledPaper>, LineRoleModel> reusingEvents() {
    Map<String, List<Event>> byPaper = new HashMap<>();
    return papers -> {
      List<Event> events = new ArrayList<>();
      for (LabelledPaper paper : papers) {
        events.addAll(byPaper.computeIfAbsent(paper.id(), id -> events(paper)));
      }
      return trainOn(events);
    };
  }

  private static List<Event> events(LabelledPaper paper) {
    List<Event> events = new ArrayList<>();
    for (RoleExample example : RoleVariants.of(paper)) {
      events.addAll(events(example));
    }
    return events;
  }

  private LineRoleModel trainOn(List<Event> events) {
    if (events.isEmpty()) {
      throw new IllegalArgumentException("no labelled lines to train the line-role model on");
    }
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    parameters.put(TrainingParameters.THREADS_PARAM, 1);
    EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
    try (ObjectStream<Event> stream = ObjectStreamUtils.createObjectStream(events)) {
      return new LineRoleModel(trainer.train(stream));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot train the line-role model", e);
    }
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
