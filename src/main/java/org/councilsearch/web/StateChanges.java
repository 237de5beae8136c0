package org.councilsearch.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Decides whether a request may change what the server keeps (save or delete a search, start a
 * batch). On a server that listens on this machine only, anyone who can reach it may; beyond it,
 * only a holder of the admin token, sent as {@code Authorization: Bearer TOKEN} or, from the
 * page's forms, as the {@code token} field. Either way a browser request sent from another site
 * is refused, so a page elsewhere cannot make a visitor's browser change anything here. Immutable.
 */
final class StateChanges {
  /** The form field that carries the token from the pages. */
  static final String TOKEN_FIELD = "token";

  private final AdminToken admin;
  private final boolean localOnly;

  StateChanges(AdminToken admin, boolean localOnly) {
    this.admin = admin;
    this.localOnly = localOnly;
  }

  /** Whether the server listens on a loopback address only. */
  static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Whether the pages must ask for the token. */
  boolean tokenNeeded() {
    return !localOnly;
  }

  /** Whether an API request carries the admin token. */
  boolean bearerAllowed(Context ctx) {
    String auth = ctx.header("Authorization");
    String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7) : null;
    return admin.allows(given);
  }

  /**
   * Refuses the request unless it may change state.
   *
   * @throws Refused with the reason, for a 403
   */
  void require(Context ctx) {
    if (crossSite(ctx)) {
      throw new Refused("this request came from another site; changes are taken only from this server's own pages");
    }
    if (localOnly || bearerAllowed(ctx)) {
      return;
    }
    if (!ctx.isMultipartFormData() && !isForm(ctx)) {
      throw new Refused(
          "this server listens beyond this machine, so changes need its admin token, sent as"
              + " 'Authorization: Bearer TOKEN'");
    }
    if (!admin.allows(ctx.formParam(TOKEN_FIELD))) {
      throw new Refused("this server listens beyond this machine, so changes need its admin token; enter it in the form");
    }
  }

  private static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null && type.startsWith("application/x-www-form-urlencoded");
  }

  /**
   * A browser says where a request comes from: Sec-Fetch-Site where it sends it (every current
   * browser), else Origin. The pages are served with "Referrer-Policy: no-referrer", under which a
   * browser sends "Origin: null" even for this server's own forms, so "null" decides nothing; a
   * request without either header is not a browser's.
   */
  private static boolean crossSite(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null) {
      return !site.equals("same-origin") && !site.equals("none");
    }
    String origin = ctx.header("Origin");
    if (origin == null || origin.equals("null")) {
      return false;
    }
    try {
      String authority = URI.create(origin).getRawAuthority();
      return authority == null || !authority.equalsIgnoreCase(ctx.host());
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  /** A state change the request may not make; answered 403 with the message. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }
}
