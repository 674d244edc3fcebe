package com.backofficecare.safeguard.cli;

import com.backofficecare.safeguard.core.detection.Finding;
import com.backofficecare.safeguard.core.detection.PhiDetector;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code safeguard scan}: one line of findings per input document. */
@Command(
    name = "scan",
    description = {
      "Finds PHI in JSON lines of {\"id\", \"text\"} and writes one JSON line per document:",
      "{\"id\": ..., \"spans\": [{\"start\", \"end\", \"type\", \"confidence\"}]}.",
      "Offsets are Java String (UTF-16) indices, end exclusive."
    },
    mixinStandardHelpOptions = true)
final class ScanCommand implements Callable<Integer> {

  @Mixin DocumentInput input;

  @Override
  public Integer call() throws IOException {
    PhiDetector detector = input.detector();
    if (detector == null) {
      return ExitStatus.BAD_DATA;
    }
    return input.forEach(doc -> render(doc, detector));
  }

  private static String render(JsonLines.Document doc, PhiDetector detector) throws IOException {
    java.io.StringWriter out = new java.io.StringWriter(64);
    JsonGenerator g = JsonLines.generator(out);
    g.writeStartObject();
    JsonLines.writeId(g, doc.id());
    g.writeArrayFieldStart("spans");
    for (Finding f : detector.detect(doc.text())) {
      g.writeStartObject();
      g.writeNumberField("start", f.start());
      g.writeNumberField("end", f.end());
      g.writeStringField("type", f.type().name());
      g.writeNumberField("confidence", Math.round(f.confidence() * 1000) / 1000.0);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    return out.toString();
  }
}
