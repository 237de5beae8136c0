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
import org.councilsearch.ingest.structure.BreakModel;
import org.councilsearch.ingest.structure.LineRole;
import org.councilsearch.ingest.structure.RoleModel;

/**
 * The line-role model: an OpenNLP maximum-entropy model over the features of {@code
 * RoleFeatures}, trained by {@code train-roles} from the labelled papers and shipped as {@value
 * #RESOURCE}. Beside it are trained the break model ({@link LineBreakModel}), which cuts lines whose
 * breaks were lost, and a model of the roles of the lines so cut ({@value #RUN_ON_RESOURCE}): such
 * lines are a title or a paragraph whole, not the lines it was printed on, so they are learned
 * apart, and what either model learns leaves the other as it was. Immutable and thread-safe.
 */
public final class LineRoleModel implements RoleModel {
  public static final String RESOURCE = "org/councilsearch/nlp/line-roles.bin";
  public static final String RUN_ON_RESOURCE = "org/councilsearch/nlp/line-roles-run-on.bin";

  private final MaxentModel model;
  private final LineRole[] roles;
  private final BreakModel breaks;
  private final LineRoleModel runOn;

  /** A model of roles that reads lines whose breaks were lost whole, as it reads any line. */
  public LineRoleModel(MaxentModel model) {
    this(model, BreakModel.NONE, null);
  }

  /**
   * @param model the roles of lines as printed
   * @param runOn the roles of lines cut out of lines whose breaks were lost
   * @param breaks where such lines are cut
   */
  public LineRoleModel(MaxentModel model, MaxentModel runOn, BreakModel breaks) {
    this(model, breaks, new LineRoleModel(runOn, breaks, null));
  }

  private LineRoleModel(MaxentModel model, BreakModel breaks, LineRoleModel runOn) {
    this.model = Objects.requireNonNull(model, "model");
    this.breaks = Objects.requireNonNull(breaks, "breaks");
    this.runOn = runOn;
    this.roles = new LineRole[model.getNumOutcomes()];
    for (int i = 0; i < roles.length; i++) {
      roles[i] = LineRole.of(model.getOutcome(i));
    }
  }

  /** The model shipped in the jar. */
  public static LineRoleModel shipped() {
    return Shipped.MODEL;
  }

  /** Reads models written by {@link #bytes()} and {@link #runOnBytes()}, with the break model {@code breaks}. */
  public static LineRoleModel read(InputStream in, InputStream runOn, BreakModel breaks) throws IOException {
    return new LineRoleModel(maxentOf(in), maxentOf(runOn), breaks);
  }

  /** The model of roles of lines as printed in OpenNLP's binary format; equal models give equal bytes. */
  public byte[] bytes() {
    return bytesOf(model, "the line-role model");
  }

  /** The model of roles of run-on lines, as {@link #bytes()}; the printed model's when there is none. */
  public byte[] runOnBytes() {
    return forRunOn() == this ? bytes() : runOn.bytes();
  }

  @Override
  public BreakModel breaks() {
    return breaks;
  }

  @Override
  public RoleModel forRunOn() {
    return runOn == null ? this : runOn;
  }

  static MaxentModel maxentOf(InputStream in) throws IOException {
    return new GenericModelReader(new BinaryFileDataReader(in)).getModel();
  }

  static byte[] bytesOf(MaxentModel model, String name) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (DataOutputStream data = new DataOutputStream(out)) {
        new GenericModelWriter((AbstractModel) model, data).persist();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name, e);
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
      return new LineRoleModel(resource(RESOURCE), resource(RUN_ON_RESOURCE), new LineBreakModel(resource(LineBreakModel.RESOURCE)));
    }

    private static MaxentModel resource(String name) {
      try (InputStream in = LineRoleModel.class.getClassLoader().getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("a model is missing from the classpath: " + name + " (run council-search train-roles)");
        }
        return maxentOf(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the model " + name, e);
      }
    }
  }
}
