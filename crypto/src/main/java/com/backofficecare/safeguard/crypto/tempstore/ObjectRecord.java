package com.backofficecare.safeguard.crypto.tempstore;

import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.WrappedKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An object's metadata blob: its catalog entry and its wrapped data key. Writing it commits the
 * object; sanitizing it is the object's cryptographic erase. Lines of {@code name=value}; no
 * value is PHI.
 */
record ObjectRecord(StoredObject object, WrappedKey wrappedKey) {

  private static final String FORMAT = "safeguard-object-v1";

  byte[] encode() {
    StringBuilder sb = new StringBuilder();
    sb.append("format=").append(FORMAT).append('\n')
        .append("id=").append(object.id()).append('\n')
        .append("category=").append(object.category().name()).append('\n')
        .append("size=").append(object.size()).append('\n')
        .append("created=").append(object.created()).append('\n')
        .append("expires=").append(object.expires()).append('\n')
        .append("key=").append(wrappedKey.encode()).append('\n');
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
    if (!FORMAT.equals(f.get("format"))) {
      throw new IllegalArgumentException("object metadata has an unknown format");
    }
    try {
      StoredObject o = new StoredObject(ObjectId.parse(field(f, "id")),
          DataCategory.valueOf(field(f, "category")), Long.parseLong(field(f, "size")),
          Instant.parse(field(f, "created")), Instant.parse(field(f, "expires")));
      return new ObjectRecord(o, WrappedKey.decode(field(f, "key")));
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
