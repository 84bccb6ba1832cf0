package org.xiezhi.api.server;

import io.vertx.core.http.HttpServerRequest;
import java.util.List;

/**
 * The API key a request presents: one {@code Authorization: Bearer <key>} header or one
 * {@code X-Api-Key} header. Ambiguous credentials are refused rather than guessed at: two
 * Authorization or two X-Api-Key headers, an Authorization header of another scheme, or both
 * headers carrying different keys.
 */
final class Credentials {
  private Credentials() {}

  /** The key presented, null when none; throws a 400 problem naming the header when ambiguous. */
  static String presentedKey(HttpServerRequest request) {
    List<String> auth = request.headers().getAll("Authorization");
    List<String> apiKey = request.headers().getAll("X-Api-Key");
    if (auth.size() > 1) {
      throw ambiguous("Authorization", "more than one Authorization header");
    }
    if (apiKey.size() > 1) {
      throw ambiguous("X-Api-Key", "more than one X-Api-Key header");
    }
    String bearer = null;
    if (auth.size() == 1) {
      String a = auth.get(0);
      if (!a.regionMatches(true, 0, "Bearer ", 0, 7) || a.substring(7).isBlank()) {
        throw ambiguous("Authorization", "only 'Authorization: Bearer <key>' is accepted");
      }
      bearer = a.substring(7).trim();
    }
    String header = apiKey.isEmpty() ? null : apiKey.get(0).trim();
    if (bearer != null && header != null && !java.security.MessageDigest.isEqual(
        bearer.getBytes(java.nio.charset.StandardCharsets.UTF_8), header.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      throw ambiguous("Authorization", "Authorization and X-Api-Key carry different keys; send one");
    }
    return bearer != null ? bearer : header;
  }

  private static Problem ambiguous(String field, String detail) {
    return new Problem(400, "凭据不明确", field, detail);
  }
}
