package org.councilsearch.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers on every response that keep a page from being framed, sniffed or made to run script it
 * did not ship: the pages load their one script and style sheet from /static and have no inline
 * script, so the policy can forbid inline script outright.
 */
final class SecurityHeaders implements Handler {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self';"
          + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /** The headers and their values, in the order they are sent. */
  static final Map<String, String> HEADERS = headers();

  @Override
  public void handle(Context ctx) {
    HEADERS.forEach(ctx::header);
  }

  private static Map<String, String> headers() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("X-Frame-Options", "DENY");
    h.put("Referrer-Policy", "no-referrer");
    h.put("Cross-Origin-Opener-Policy", "same-origin");
    return Collections.unmodifiableMap(h);
  }
}
