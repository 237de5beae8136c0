package org.councilsearch.web;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import org.councilsearch.app.UserState;

/** A started server; closing it stops the server and closes the index and the state it serves. */
public final class RunningServer implements AutoCloseable {
  private final Javalin app;
  private final ServedIndex served;
  private final UserState state;

  private RunningServer(Javalin app, ServedIndex served, UserState state) {
    this.app = app;
    this.served = served;
    this.state = state;
  }

  /**
   * Starts serving {@code served} on {@code host}:{@code port} (0 picks a free port), keeping saved
   * and batch searches in {@code state}. On failure the index and the state are closed; otherwise
   * closing the server closes them.
   *
   * @throws PortUnavailableException when it cannot listen there
   */
  public static RunningServer start(
      ServedIndex served, UserState state, AdminToken admin, String host, int port) throws IOException {
    Javalin app = WebServer.create(served, state, admin, StateChanges.loopback(host));
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      app.stop();
      served.close();
      state.close();
      if (e instanceof JavalinBindException) {
        throw new PortUnavailableException(
            "cannot listen on "
                + host
                + ":"
                + port
                + " (in use, or not an address of this machine);"
                + " pick another with --port or --host",
            e);
      }
      throw e;
    }
    return new RunningServer(app, served, state);
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() throws IOException {
    try {
      app.stop();
    } finally {
      try {
        served.close();
      } finally {
        state.close();
      }
    }
  }
}
