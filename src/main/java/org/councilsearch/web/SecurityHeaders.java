package org.councilsearch.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Headers on every response that keep a page from being framed, sniffed or made to run script it
 * did not ship: the pages load their one script and style sheet from /static and have no inline
 * script, so the policy can forbid inline script outright.
 */
final class SecurityHeaders implements Handler {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self';"
          + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  @Override
  public void handle(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
  }
}
