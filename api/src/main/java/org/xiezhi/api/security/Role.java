package org.xiezhi.api.security;

import java.util.Locale;

/** Who calls the service; an endpoint names the roles it admits. */
public enum Role {
  JUDGE,
  PROSECUTOR,
  PLATFORM,
  ADMIN;

  /** Parses {@code judge}, {@code prosecutor}, {@code platform} or {@code admin}. */
  public static Role parse(String s) {
    try {
      return Role.valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown role '" + s + "' (judge, prosecutor, platform, admin)");
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
