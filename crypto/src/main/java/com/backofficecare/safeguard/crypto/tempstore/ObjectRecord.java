package com.backofficecare.safeguard.crypto.tempstore;

import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.WrappedKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An object's metadata blob: its catalog entry and its wrapped data key. Writing it commits the
 * object; sanitizing it is the object's cryptographic erase. Lines of {@code name=value}; no value
 * is PHI.
 *
 * <p>Format 2 (every object written now) binds the creation and expiry times into the ciphertext's
 * associated data, so metadata edited to keep an object longer no longer opens; format 1 objects
 * (category only) are still read.
 *
 * @param format 1 or 2
 */
record ObjectRecord(StoredObject object, WrappedKey wrappedKey, int format) {

  static final int CURRENT = 2;
  private static final String FORMAT_PREFIX = "safeguard-object-v";

  ObjectRecord(StoredObject object, WrappedKey wrappedKey) {
    this(object, wrappedKey, CURRENT);
  }

  /** The associated data the object's ciphertext is authenticated with. */
  byte[] associatedData() {
    ObjectId id = object.id();
    String base =
        FORMAT_PREFIX
            + format
            + "|"
            + id.agency().value()
            + "|"
            + id.token()
            + "|"
            + object.category().name();
    return (format == 1
            ? base
            : base + "|" + object.created().toEpochMilli() + "|" + object.expires().toEpochMilli())
        .getBytes(StandardCharsets.UTF_8);
  }

  byte[] encode() {
    StringBuilder sb = new StringBuilder();
    sb.append("format=")
        .append(FORMAT_PREFIX)
        .append(format)
        .append('\n')
        .append("id=")
        .append(object.id())
        .append('\n')
        .append("category=")
        .append(object.category().name())
        .append('\n')
        .append("size=")
        .append(object.size())
        .append('\n')
        .append("created=")
        .append(object.created())
        .append('\n')
        .append("expires=")
        .append(object.expires())
        .append('\n')
        .append("key=")
        .append(wrappedKey.encode())
        .append('\n');
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Parses a metadata blob.
   *
   * @throws IllegalArgumentException naming the field that is wrong
   */
  static ObjectRecord decode(byte[] bytes) {
    Map<String, String> f = new LinkedHashMap<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        f.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    String format = f.get("format");
    int version =
        (FORMAT_PREFIX + "1").equals(format) ? 1 : (FORMAT_PREFIX + "2").equals(format) ? 2 : 0;
    if (version == 0) {
      throw new IllegalArgumentException("object metadata has an unknown format");
    }
    try {
      StoredObject o =
          new StoredObject(
              ObjectId.parse(field(f, "id")),
              DataCategory.valueOf(field(f, "category")),
              Long.parseLong(field(f, "size")),
              Instant.parse(field(f, "created")),
              Instant.parse(field(f, "expires")));
      return new ObjectRecord(o, WrappedKey.decode(field(f, "key")), version);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("object metadata is malformed: " + e.getMessage(), e);
    }
  }

  private static String field(Map<String, String> f, String name) {
    String v = f.get(name);
    if (v == null) {
      throw new IllegalArgumentException("missing field " + name);
    }
    return v;
  }
}
