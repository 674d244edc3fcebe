package com.backofficecare.safeguard.policy.incident;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.policy.incident.IncidentEvent.Assessed;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Drafts of the notices an incident owes, in plain language, as Markdown and JSON: to the agency
 * (164.410(c): what is known, the individuals affected as far as identified) and to individuals
 * (164.404(c): what happened with the dates, the kinds of PHI involved, steps to take, what is
 * being done, how to get in touch). Record ids come from the assessment (taken from the audit
 * trail); no PHI values.
 */
public final class Notices {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

  private Notices() {}

  /** A notice: its audience and its text. */
  public record Notice(ObligationKind audience, String markdown, String json) {}

  public static Notice agency(Incident i, AgencyTerms t) {
    Assessed a = i.assessment();
    StringBuilder md = new StringBuilder();
    md.append("# Security incident notice: ").append(i.id()).append("\n\n");
    md.append("To: ").append(i.agency()).append("\n\n");
    md.append("## What happened\n\n").append(description(i)).append("\n\n");
    md.append("- Reported: ").append(date(i.reportedAt(), t.zone())).append('\n');
    md.append("- Discovered: ").append(date(i.discoveredAt(), t.zone())).append('\n');
    md.append("- Status: ")
        .append(i.state().name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .append('\n');
    md.append("- Breach of unsecured PHI: ")
        .append(
            a == null
                ? "assessment pending"
                : i.breach() ? "yes" : "no (" + notBreachReason(a) + ")")
        .append("\n\n");
    md.append("## Information involved\n\n").append(kinds(a)).append("\n\n");
    md.append("## Individuals affected\n\n");
    if (a == null || a.affectedRecords().isEmpty()) {
      md.append("Not yet identified.\n\n");
    } else {
      md.append(a.affected())
          .append(" individual(s); records: ")
          .append(String.join(", ", a.affectedRecords()))
          .append("\n\n");
    }
    md.append("## What we are doing\n\n").append(actions(i)).append("\n\n");
    md.append("## Contact\n\n").append(t.contact()).append('\n');
    return new Notice(ObligationKind.AGENCY, md.toString(), json(i, t, ObligationKind.AGENCY));
  }

  public static Notice individuals(Incident i, AgencyTerms t) {
    StringBuilder md = new StringBuilder();
    md.append("# Notice of a data breach\n\n");
    md.append("## What happened\n\n")
        .append(description(i))
        .append(" The incident was discovered on ")
        .append(date(i.discoveredAt(), t.zone()))
        .append(".\n\n");
    md.append("## What information was involved\n\n").append(kinds(i.assessment())).append("\n\n");
    md.append("## What you can do\n\n")
        .append(
            "- Review statements from your health plan and providers for services you did not receive.\n")
        .append(
            "- Watch your financial accounts, and consider a free credit freeze or fraud alert.\n")
        .append("- Be wary of calls or e-mails asking for your information.\n\n");
    md.append("## What we are doing\n\n").append(actions(i)).append("\n\n");
    md.append("## For more information\n\n").append(t.contact()).append('\n');
    return new Notice(
        ObligationKind.INDIVIDUALS, md.toString(), json(i, t, ObligationKind.INDIVIDUALS));
  }

  private static String json(Incident i, AgencyTerms t, ObligationKind audience) {
    ObjectNode n = EventCodec.MAPPER.createObjectNode();
    n.put("incident", i.id())
        .put("agency", i.agency())
        .put("audience", audience.name())
        .put("state", i.state().name())
        .put("description", description(i))
        .put("reported", String.valueOf(i.reportedAt()))
        .put("discovered", String.valueOf(i.discoveredAt()))
        .put("breach", i.breach())
        .put("contact", t.contact());
    Assessed a = i.assessment();
    ArrayNode kinds = n.putArray("phiTypes");
    ArrayNode records = n.putArray("affectedRecords");
    if (a != null) {
      a.phiTypes().stream().map(PhiType::name).sorted().forEach(kinds::add);
      if (audience == ObligationKind.AGENCY) {
        a.affectedRecords().forEach(records::add);
      }
      n.put("affected", a.affected());
    }
    ArrayNode steps = n.putArray("correctiveActions");
    i.correctiveActions().forEach(steps::add);
    try {
      return EventCodec.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String description(Incident i) {
    return i.events().stream()
        .filter(e -> e instanceof IncidentEvent.Reported)
        .map(e -> ((IncidentEvent.Reported) e).description())
        .findFirst()
        .orElse("");
  }

  private static String kinds(@Nullable Assessed a) {
    if (a == null || a.phiTypes().isEmpty()) {
      return "Still being determined.";
    }
    return a.phiTypes().stream()
            .sorted()
            .map(p -> p.name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .collect(Collectors.joining(", "))
        + ".";
  }

  private static String actions(Incident i) {
    List<String> a = i.correctiveActions();
    return a.isEmpty()
        ? "Access was restricted and the affected systems isolated while we investigate."
        : a.stream().map(s -> "- " + s).collect(Collectors.joining("\n"));
  }

  private static String notBreachReason(Assessed a) {
    if (a.exception() != null) {
      return "exception: " + a.exception().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    if (a.securedByEncryption()) {
      return "the information was encrypted and the key was not compromised";
    }
    return "risk assessment found a low probability of compromise";
  }

  private static String date(java.time.@Nullable Instant t, ZoneId zone) {
    return t == null ? "not yet determined" : DATE.format(t.atZone(zone));
  }
}
