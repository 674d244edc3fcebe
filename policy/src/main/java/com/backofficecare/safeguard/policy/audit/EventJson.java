package com.backofficecare.safeguard.policy.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one serialization of an {@link AuditEvent}: fields in a fixed order, so that the bytes a leaf
 * hash covers can be recomputed from a parsed entry.
 */
final class EventJson {

  static final JsonFactory JSON = new JsonFactory();

  private EventJson() {}

  static byte[] write(AuditEvent e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("time", e.time().toString());
      g.writeStringField("type", e.type());
      g.writeStringField("actor", e.actor());
      nullable(g, "agency", e.agency());
      nullable(g, "category", e.category());
      nullable(g, "action", e.action());
      nullable(g, "purpose", e.purpose());
      list(g, "records", e.records());
      list(g, "fieldsRequested", e.fieldsRequested());
      list(g, "fieldsReleased", e.fieldsReleased());
      g.writeStringField("outcome", e.outcome());
      list(g, "clauses", e.clauses());
      nullable(g, "policyVersion", e.policyVersion());
      g.writeObjectFieldStart("detail");
      for (Map.Entry<String, String> d : new java.util.TreeMap<>(e.detail()).entrySet()) {
        g.writeStringField(d.getKey(), d.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toByteArray();
  }

  /**
   * The event in a parsed entry.
   *
   * @throws IllegalArgumentException naming the field that is missing or malformed
   */
  static AuditEvent read(JsonNode n) {
    try {
      Map<String, String> detail = new LinkedHashMap<>();
      n.get("detail").properties().forEach(f -> detail.put(f.getKey(), f.getValue().asText()));
      return new AuditEvent(
          Instant.parse(text(n, "time")),
          text(n, "type"),
          text(n, "actor"),
          opt(n, "agency"),
          opt(n, "category"),
          opt(n, "action"),
          opt(n, "purpose"),
          strings(n, "records"),
          strings(n, "fieldsRequested"),
          strings(n, "fieldsReleased"),
          text(n, "outcome"),
          strings(n, "clauses"),
          opt(n, "policyVersion"),
          detail);
    } catch (RuntimeException ex) {
      throw new IllegalArgumentException("event is malformed", ex);
    }
  }

  private static String text(JsonNode n, String f) {
    JsonNode v = n.get(f);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("field " + f + " missing");
    }
    return v.asText();
  }

  private static @Nullable String opt(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode n, String f) {
    List<String> out = new ArrayList<>();
    n.get(f).forEach(x -> out.add(x.asText()));
    return out;
  }

  private static void nullable(JsonGenerator g, String name, @Nullable String value)
      throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, value);
    }
  }

  private static void list(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
