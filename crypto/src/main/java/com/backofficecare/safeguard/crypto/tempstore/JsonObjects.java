package com.backofficecare.safeguard.crypto.tempstore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** One-line JSON objects for receipts and stored objects, every string escaped. */
final class JsonObjects {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonObjects() {}

  /** Writes the fields {@code body} adds to a new object. */
  static String write(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      body.fields(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** The fields of one object. */
  interface Body {
    void fields(JsonGenerator g) throws IOException;
  }
}
