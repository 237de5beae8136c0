package org.councilsearch.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import opennlp.tools.ml.model.MaxentModel;
import org.councilsearch.ingest.structure.BreakModel;

/**
 * The break model: an OpenNLP perceptron over the features of {@code BreakFeatures},
 * trained by {@code train-roles} with the line-role model from the labelled papers' own line ends,
 * and shipped as {@value #RESOURCE}. Immutable and thread-safe.
 */
public final class LineBreakModel implements BreakModel {
  public static final String RESOURCE = "org/councilsearch/nlp/line-breaks.bin";
  /** The outcome of a break; the other is "on". */
  public static final String BREAK = "break";
  public static final String ON = "on";

  private final MaxentModel model;
  private final int breakIndex;

  public LineBreakModel(MaxentModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.breakIndex = model.getIndex(BREAK);
  }

  /** Reads a model written by {@link #bytes()}. */
  public static LineBreakModel read(InputStream in) throws IOException {
    return new LineBreakModel(LineRoleModel.maxentOf(in));
  }

  /** The model in OpenNLP's binary format; equal models give equal bytes. */
  public byte[] bytes() {
    return LineRoleModel.bytesOf(model, "the break model");
  }

  @Override
  public double probability(String[] features) {
    return breakIndex < 0 ? 0 : model.eval(features)[breakIndex];
  }
}
