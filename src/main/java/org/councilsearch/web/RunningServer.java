package org.councilsearch.web;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.IOException;

/** A started server; closing it stops the server and closes the index it serves. */
public final class RunningServer implements AutoCloseable {
  private final Javalin app;
  private final ServedIndex served;

  private RunningServer(Javalin app, ServedIndex served) {
    this.app = app;
    this.served = served;
  }

  /**
   * Starts serving {@code served} on {@code host}:{@code port} (0 picks a free port). On failure
   * the index is closed.
   *
   * @throws PortUnavailableException when it cannot listen there
   */
  public static RunningServer start(ServedIndex served, AdminToken admin, String host, int port)
      throws IOException {
    Javalin app = WebServer.create(served, admin);
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      app.stop();
      served.close();
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
    return new RunningServer(app, served);
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
      served.close();
    }
  }
}
