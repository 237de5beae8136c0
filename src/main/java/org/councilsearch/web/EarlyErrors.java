package org.councilsearch.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The errors Jetty raises before a request reaches a route (an encoded slash or a NUL in the
 * path, a broken percent escape, an address or headers too long), answered like every other
 * error: {@link ApiError} JSON under /api, the error page elsewhere, worded for a person rather than
 * with Jetty's reason. Where Jetty could not read the address at all, {@link AddressedConnections}
 * has noted whether the request line pointed into /api.
 */
final class EarlyErrors extends ErrorHandler {
  private final ErrorBodies bodies;

  EarlyErrors(ErrorBodies bodies) {
    this.bodies = bodies;
  }

  /** Errors on a request Jetty could read far enough to know its address. */
  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status = response.getStatus();
    Object reason = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    HttpURI uri = baseRequest.getHttpURI();
    boolean api = uri == null || ErrorBodies.isApi(uri.getPath());
    SecurityHeaders.HEADERS.forEach(response::setHeader);
    response.setHeader(HttpHeader.CACHE_CONTROL.asString(), "no-store");
    response.setContentType(api ? ErrorBodies.JSON_TYPE : ErrorBodies.HTML_TYPE);
    response.getOutputStream().write(body(status, reason == null ? null : reason.toString(), api));
    baseRequest.setHandled(true);
  }

  /** Errors on a request Jetty could not parse: no route or servlet has seen it. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    Boolean toApi = AddressedConnections.toApi(HttpConnection.getCurrentConnection());
    boolean api = toApi == null || toApi;
    SecurityHeaders.HEADERS.forEach(fields::put);
    fields.put(HttpHeader.CONTENT_TYPE, api ? ErrorBodies.JSON_TYPE : ErrorBodies.HTML_TYPE);
    return ByteBuffer.wrap(body(status, reason, api));
  }

  private byte[] body(int status, String reason, boolean api) {
    String error = HttpStatus.getMessage(status).toLowerCase(Locale.ROOT);
    String detail = detail(status, reason == null ? "" : reason);
    return api ? bodies.json(new ApiError(error, detail)) : bodies.htmlBytes(status, error, detail);
  }

  /** Jetty's reason in the words of someone who typed or followed the address. */
  static String detail(int status, String reason) {
    String r = reason.toLowerCase(Locale.ROOT);
    if (status == HttpStatus.URI_TOO_LONG_414) {
      return "the address is too long for the server to read; a query of up to 1,000 characters"
          + " fits";
    }
    if (status == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431) {
      return "the request's headers are too large for the server to read; send fewer or shorter"
          + " headers (cookies, for one)";
    }
    if (r.contains("separator")) {
      return "the address has an encoded slash (%2F) inside a name; ask for the name without it";
    }
    if (r.contains("ambiguous")) {
      return "the address has an encoded character (such as %2F, %2E or %25) that could change"
          + " where it points; ask for it without";
    }
    if (status == HttpStatus.BAD_REQUEST_400) {
      return "the address or the request cannot be read: it has a character that cannot be in an"
          + " address (a NUL, a control character) or a broken % escape";
    }
    return "the request cannot be answered (" + HttpStatus.getMessage(status) + ")";
  }
}
