package org.councilsearch.nlp;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.councilsearch.ingest.structure.LineRole;
import org.councilsearch.ingest.structure.RoleModel;

/**
 * The line-role model: an OpenNLP maximum-entropy model over the features of {@code
 * RoleFeatures}, trained by {@code train-roles} from the labelled papers and shipped as {@value
 * #RESOURCE}. Immutable and thread-safe.
 */
public final class LineRoleModel implements RoleModel {
  public static final String RESOURCE = "org/councilsearch/nlp/line-roles.bin";

  private final MaxentModel model;
  private final LineRole[] roles;

  public LineRoleModel(MaxentModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.roles = new LineRole[model.getNumOutcomes()];
    for (int i = 0; i < roles.length; i++) {
      roles[i] = LineRole.of(model.getOutcome(i));
    }
  }

  /** The model shipped in the jar. */
  public static LineRoleModel shipped() {
    return Shipped.MODEL;
  }

  /** Reads a model written by {@link #bytes()}. */
  public static LineRoleModel read(InputStream in) throws IOException {
    return new LineRoleModel(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
  }

  /** The model in OpenNLP's binary format; equal models give equal bytes. */
  public byte[] bytes() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (DataOutputStream data = new DataOutputStream(out)) {
        new GenericModelWriter((AbstractModel) model, data).persist();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the line-role model", e);
    }
  }

  @Override
  public LineRole best(String[] features) {
    double[] p = model.eval(features);
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return roles[best];
  }

  @Override
  public double[] probabilities(String[] features) {
    double[] p = model.eval(features);
    double[] byRole = new double[LineRole.values().length];
    for (int i = 0; i < p.length; i++) {
      byRole[roles[i].ordinal()] = p[i];
    }
    return byRole;
  }

  /** Loaded on first use, once: the model is immutable. */
  private static final class Shipped {
    static final LineRoleModel MODEL = load();

    private static LineRoleModel load() {
      try (InputStream in = LineRoleModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the line-role model is missing from the classpath: " + RESOURCE + " (run council-search train-roles)");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the line-role model " + RESOURCE, e);
      }
    }
  }
}
