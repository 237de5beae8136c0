package org.councilsearch.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The secret that allows administrative requests (a reindex). Without one, they are refused to
 * everyone. Immutable.
 */
public final class AdminToken {
  /** No token: administrative requests are always refused. */
  public static final AdminToken NONE = new AdminToken(null);

  private final byte[] token;

  private AdminToken(byte[] token) {
    this.token = token;
  }

  /** A token, or {@link #NONE} when {@code token} is null or blank. */
  public static AdminToken of(String token) {
    return token == null || token.isBlank()
        ? NONE
        : new AdminToken(token.strip().getBytes(StandardCharsets.UTF_8));
  }

  /** True when a token was configured and {@code given} is it. */
  boolean allows(String given) {
    if (token == null || given == null) {
      return false;
    }
    // Constant-time, so the response time does not tell how much of a guess was right.
    return MessageDigest.isEqual(token, given.strip().getBytes(StandardCharsets.UTF_8));
  }
}
