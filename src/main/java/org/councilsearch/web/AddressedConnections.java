package org.councilsearch.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * HTTP connections that note, from the first bytes of each request, whether it is addressed to
 * the API. When Jetty cannot read a request at all (an address too long, a NUL in it) it has no
 * address to go by; this note lets {@link EarlyErrors} answer in JSON or with a page all the same.
 */
final class AddressedConnections extends HttpConnectionFactory {
  private static final byte[] API = "/api".getBytes(StandardCharsets.US_ASCII);

  AddressedConnections(HttpConfiguration config) {
    super(config);
  }

  /** Puts these connections on every connector of a server as it starts. */
  static LifeCycle.Listener installer() {
    return new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        if (event instanceof org.eclipse.jetty.server.Server server) {
          for (Connector c : server.getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (c instanceof ServerConnector sc && http != null && !(http instanceof AddressedConnections)) {
              sc.setConnectionFactories(
                  java.util.List.of(new AddressedConnections(http.getHttpConfiguration())));
            }
          }
        }
      }
    };
  }

  /**
   * Whether the request {@code connection} is reading is addressed to the API, or null when that
   * cannot be told.
   */
  static Boolean toApi(HttpConnection connection) {
    return connection != null && connection.getParser() instanceof AddressedParser p ? p.api : null;
  }

  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    HttpConnection connection =
        new HttpConnection(getHttpConfiguration(), connector, endPoint, isRecordHttpComplianceViolations()) {
          @Override
          protected HttpParser newHttpParser(HttpCompliance compliance) {
            return new AddressedParser(
                newRequestHandler(), getHttpConfiguration().getRequestHeaderSize(), compliance);
          }
        };
    connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
    connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
    return configure(connection, connector, endPoint);
  }

  /** A parser that looks at a request line's target before reading it. */
  private static final class AddressedParser extends HttpParser {
    private volatile boolean api;

    AddressedParser(RequestHandler handler, int maxHeaderBytes, HttpCompliance compliance) {
      super(handler, maxHeaderBytes, compliance);
    }

    @Override
    public boolean parseNext(ByteBuffer buffer) {
      if (isStart() && buffer.hasRemaining()) {
        api = targetsApi(buffer);
      }
      return super.parseNext(buffer);
    }

    /** "METHOD /api..." at the buffer's position, read without moving it. */
    private static boolean targetsApi(ByteBuffer buffer) {
      int i = buffer.position();
      int end = buffer.limit();
      while (i < end && (buffer.get(i) == '\r' || buffer.get(i) == '\n')) {
        i++;
      }
      while (i < end && buffer.get(i) != ' ') {
        i++;
      }
      i++;
      for (byte b : API) {
        if (i >= end || buffer.get(i) != b) {
          return false;
        }
        i++;
      }
      return i >= end || buffer.get(i) == '/' || buffer.get(i) == '?' || buffer.get(i) == ' ';
    }
  }
}
