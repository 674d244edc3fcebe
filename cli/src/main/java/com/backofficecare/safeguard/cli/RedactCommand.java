package com.backofficecare.safeguard.cli;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.PhiDetector;
import com.backofficecare.safeguard.core.redaction.PseudonymKey;
import com.backofficecare.safeguard.core.redaction.RedactionMode;
import com.backofficecare.safeguard.core.redaction.RedactionOperators;
import com.backofficecare.safeguard.core.redaction.Redactor;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code safeguard redact}: the same input as scan, written back with PHI replaced. */
@Command(
    name = "redact",
    description = {
      "Redacts PHI in JSON lines of {\"id\", \"text\"}; writes {\"id\", \"text\"} per line.",
      "Modes: tag ([NAME]), mask (last four of SSN, card and account; tags for the rest),",
      "pseudonym (keyed HMAC tokens, stable per agency), surrogate (fake values of the same",
      "shape), safe-harbor (ages 90+, ZIP3, years; tags for the rest).",
      "pseudonym and --shift-dates read a secret of at least 32 bytes from the environment",
      "variable SAFEGUARD_PSEUDONYM_SECRET (never from a flag) and need --agency."
    },
    mixinStandardHelpOptions = true)
final class RedactCommand implements Callable<Integer> {

  static final String SECRET_ENV = "SAFEGUARD_PSEUDONYM_SECRET";

  @Spec CommandSpec spec;
  @Mixin DocumentInput input;

  @Option(
      names = "--mode",
      defaultValue = "tag",
      paramLabel = "MODE",
      converter = ModeConverter.class,
      description = "tag, mask, pseudonym, surrogate or safe-harbor (default: ${DEFAULT-VALUE}).")
  RedactionMode mode;

  @Option(
      names = "--agency",
      paramLabel = "AGENCY",
      description = "The agency whose pseudonym key is used (pseudonym, --shift-dates).")
  String agency;

  @Option(
      names = "--shift-dates",
      paramLabel = "DAYS",
      description = "Shift dates by up to DAYS, consistently per document id.")
  Integer shiftDays;

  static final class ModeConverter implements picocli.CommandLine.ITypeConverter<RedactionMode> {
    @Override
    public RedactionMode convert(String value) {
      return RedactionMode.parse(value);
    }
  }

  @Override
  public Integer call() throws IOException {
    PhiDetector detector = input.detector();
    if (detector == null) {
      return ExitStatus.BAD_DATA;
    }
    Redactor redactor = redactor(detector);
    return input.forEach(
        doc -> {
          String subject = doc.id().toString();
          java.io.StringWriter out = new java.io.StringWriter(doc.text().length() + 32);
          JsonGenerator g = JsonLines.generator(out);
          g.writeStartObject();
          JsonLines.writeId(g, doc.id());
          g.writeStringField("text", redactor.redact(doc.text(), subject).text());
          g.writeEndObject();
          g.flush();
          return out.toString();
        });
  }

  private Redactor redactor(PhiDetector detector) {
    PseudonymKey key = mode.needsKey() || shiftDays != null ? key() : null;
    Redactor.Builder b = Redactor.builder().detector(detector).mode(mode, key);
    if (shiftDays != null) {
      b.operator(PhiType.DATE, RedactionOperators.dateShift(key, shiftDays));
    }
    return b.build();
  }

  private PseudonymKey key() {
    return secretKey(spec.commandLine(), agency);
  }

  /**
   * The agency's pseudonym key derived from the secret in {@value #SECRET_ENV}.
   *
   * @throws ParameterException if the agency or the secret is missing
   */
  static PseudonymKey secretKey(picocli.CommandLine commandLine, String agency) {
    if (agency == null) {
      throw new ParameterException(commandLine, "--agency is required for this mode");
    }
    String secret = Environment.get(SECRET_ENV);
    if (secret == null || secret.length() < 32) {
      throw new ParameterException(
          commandLine, SECRET_ENV + " must hold a secret of at least 32 characters");
    }
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    try {
      return PseudonymKey.derive(bytes, AgencyId.of(agency));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, e.getMessage());
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }
}
