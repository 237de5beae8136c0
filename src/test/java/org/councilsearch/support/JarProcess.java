package org.councilsearch.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The shaded jar running in a process of its own, as a user starts it: a hang or a crash then shows
 * as a process that does not end or ends badly, and the process can be killed like a real one.
 *
 * <p>Output goes to files rather than pipes, so that a chatty process never blocks on a full pipe
 * while the test is busy elsewhere. The jar is built in the package phase, before failsafe runs.
 */
public final class JarProcess {
  /** Where Maven builds the jar, relative to the project root that failsafe runs in. */
  public static final Path JAR = Path.of("target/council-search.jar").toAbsolutePath();

  /** Enough for the torture folder with room to spare; also keeps a shared CI box's memory in check. */
  private static final String MAX_HEAP = "-Xmx1g";

  private final Process process;
  private final Path out;
  private final Path err;

  private JarProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /**
   * Starts {@code java -jar council-search.jar args} in {@code workDir}, its output kept in files
   * named after {@code name} there.
   */
  public static JarProcess start(Path workDir, String name, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("java", MAX_HEAP, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = workDir.resolve(name + ".out");
    Path err = workDir.resolve(name + ".err");
    Process process =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    return new JarProcess(process, out, err);
  }

  /** Runs the jar to its end, killing it and failing if it takes longer than {@code limit}. */
  public static Result run(Path workDir, String name, Duration limit, String... args)
      throws IOException, InterruptedException {
    return start(workDir, name, args).await(limit);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Waits for the process to end.
   *
   * @throws AssertionError when it is still running after {@code limit}; it is killed first
   */
  public Result await(Duration limit) throws IOException, InterruptedException {
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError(
          "still running after " + limit.toSeconds() + " s; its error output:\n" + read(err));
    }
    return new Result(process.exitValue(), read(out), read(err));
  }

  /**
   * Kills the process the hard way (SIGKILL on Unix): no shutdown hooks, no finally blocks, as a
   * power cut or the OOM killer would.
   *
   * @return true when the process was still running when it was killed
   */
  public boolean kill() throws InterruptedException {
    boolean wasAlive = process.isAlive();
    process.destroyForcibly().waitFor();
    return wasAlive;
  }

  /** Stops the process as Ctrl-C would (SIGTERM), and kills it if it has not ended within {@code grace}. */
  public void stop(Duration grace) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** What the process has written to its standard output so far. */
  public String output() throws IOException {
    return read(out);
  }

  /** What the process has written to its standard error so far. */
  public String errorOutput() throws IOException {
    return read(err);
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  /** How a finished process ended and what it printed. */
  public record Result(int exitCode, String out, String err) {}
}
