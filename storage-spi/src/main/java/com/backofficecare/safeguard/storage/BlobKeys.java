package com.backofficecare.safeguard.storage;

import static java.util.Objects.requireNonNull;

/** The syntax of blob keys, checked the same way by every backend. */
public final class BlobKeys {

  /** The longest key. */
  public static final int MAX_LENGTH = 512;

  private BlobKeys() {}

  /**
   * Returns {@code key} if it is a valid key.
   *
   * @throws IllegalArgumentException naming what is wrong (not echoing the key)
   */
  public static String check(String key) {
    requireNonNull(key, "key");
    if (key.isEmpty() || key.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "blob key must be 1 to " + MAX_LENGTH + " characters, was " + key.length());
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-'
              || c == ':'
              || c == '/';
      if (!ok) {
        throw new IllegalArgumentException(
            "blob key has a character outside [A-Za-z0-9._:/-] at " + "index " + i);
      }
    }
    for (String segment : key.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException(
            "blob key has an empty, '.' or '..' segment (or a leading or trailing '/')");
      }
    }
    return key;
  }

  /**
   * Returns {@code prefix} if it can start a key: empty, or a valid key, or one followed by '/'.
   */
  public static String checkPrefix(String prefix) {
    requireNonNull(prefix, "prefix");
    if (prefix.isEmpty()) {
      return prefix;
    }
    check(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
    return prefix;
  }
}
