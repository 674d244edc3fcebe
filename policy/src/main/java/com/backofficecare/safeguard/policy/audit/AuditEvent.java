package com.backofficecare.safeguard.policy.audit;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.redaction.Redactor;
import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.Decision;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One audited event: who did what (agency, category, record ids, fields requested and released),
 * why (purpose, rules), when, and the outcome. Never PHI values: record ids and field names only;
 * {@code detail} is for operational ids (object, incident, certificate) and short free text, which
 * the sinks scrub of PHI ({@link #scrubbed()}).
 *
 * @param time when it happened
 * @param type what kind of event: {@code access}, {@code isolation}, {@code release}, {@code
 *     store.delete}, {@code incident}, ...
 * @param actor the person or system that acted
 * @param agency the agency whose data it concerns, if any
 * @param category the data category, if any
 * @param action the action, if any
 * @param purpose the purpose, if any
 * @param records record ids touched
 * @param fieldsRequested field names asked for
 * @param fieldsReleased field names released
 * @param outcome {@code permit}, {@code deny}, {@code done}, ...
 * @param clauses the policy clauses behind the outcome
 * @param policyVersion the policy version in force
 * @param detail further operational ids, sorted by key
 */
public record AuditEvent(
    Instant time,
    String type,
    String actor,
    @Nullable String agency,
    @Nullable String category,
    @Nullable String action,
    @Nullable String purpose,
    List<String> records,
    List<String> fieldsRequested,
    List<String> fieldsReleased,
    String outcome,
    List<String> clauses,
    @Nullable String policyVersion,
    Map<String, String> detail) {

  public AuditEvent {
    requireNonNull(time, "time");
    requireNonNull(type, "type");
    requireNonNull(actor, "actor");
    records = List.copyOf(records);
    fieldsRequested = List.copyOf(fieldsRequested);
    fieldsReleased = List.copyOf(fieldsReleased);
    requireNonNull(outcome, "outcome");
    clauses = List.copyOf(clauses);
    detail = Map.copyOf(new TreeMap<>(detail));
  }

  /**
   * The event without record ids or free-text details (they may identify a client), so that an
   * event written to an application log by mistake leaks nothing; the trail keeps them whole.
   */
  @Override
  public String toString() {
    return "AuditEvent[time="
        + time
        + ", type="
        + type
        + ", actor="
        + actor
        + ", agency="
        + agency
        + ", category="
        + category
        + ", action="
        + action
        + ", purpose="
        + purpose
        + ", records="
        + records.size()
        + ", fieldsReleased="
        + fieldsReleased
        + ", outcome="
        + outcome
        + ", clauses="
        + clauses
        + ", policyVersion="
        + policyVersion
        + ", detailKeys="
        + detail.keySet()
        + "]";
  }

  private static final Redactor FREE_TEXT = Redactor.typeTags();
  private static final java.util.Set<String> FREE_TEXT_KEYS =
      java.util.Set.of("reason", "holder", "description", "actions", "lessons", "notes");

  /**
   * This event with the PHI the detector finds in its free-text details ({@code reason}, {@code
   * description}, {@code actions}, {@code lessons}, {@code notes}) replaced by type tags. The audit
   * sinks store events this way; ids in other details are kept as they are.
   */
  public AuditEvent scrubbed() {
    TreeMap<String, String> safe = new TreeMap<>(detail);
    for (String k : FREE_TEXT_KEYS) {
      safe.computeIfPresent(k, (key, v) -> FREE_TEXT.redact(v).text());
    }
    return new AuditEvent(
        time,
        type,
        actor,
        agency,
        category,
        action,
        purpose,
        records,
        fieldsRequested,
        fieldsReleased,
        outcome,
        clauses,
        policyVersion,
        safe);
  }

  /**
   * Identifiers in a request's ids (an SSN given as a record id, a phone as a field name), found
   * with high confidence; names are left to the actor check below, since person ids look like names
   * to the detector.
   */
  private static final Redactor REQUEST_IDS =
      Redactor.builder()
          .detector(
              com.backofficecare.safeguard.core.detection.PhiDetector.builder()
                  .minimumConfidence(0.85)
                  .types(
                      java.util.EnumSet.complementOf(
                          java.util.EnumSet.of(
                              com.backofficecare.safeguard.core.PhiType.NAME,
                              com.backofficecare.safeguard.core.PhiType.CITY,
                              com.backofficecare.safeguard.core.PhiType.DATE)))
                  .build())
          .build();

  /**
   * The audit record of an access decision, permit or deny. What the request names is recorded as
   * the policy knows it: field names the policy does not know are recorded as {@code [unknown
   * field]}, record ids holding an identifier are redacted, and an actor who is not personnel of
   * the agency is run through the detector, so a request cannot write PHI into the trail.
   */
  public static AuditEvent of(Decision d) {
    var r = d.request();
    java.util.TreeSet<String> fields = new java.util.TreeSet<>();
    for (String f : r.fields()) {
      fields.add(d.unknownFields().contains(f) ? "[unknown field]" : f);
    }
    List<String> records = r.records().stream().map(x -> REQUEST_IDS.redact(x).text()).toList();
    String actor =
        d.denyingRules().contains(com.backofficecare.safeguard.policy.access.Rule.ASSIGNMENT)
            ? FREE_TEXT.redact(r.person()).text()
            : r.person();
    return new AuditEvent(
        r.at(),
        "access",
        actor,
        r.agency().value(),
        r.category().name(),
        r.action().name(),
        r.purpose().name(),
        records,
        List.copyOf(fields),
        List.copyOf(d.releasedFields()),
        d.permitted() ? "permit" : "deny",
        d.clauses(),
        d.policyVersion(),
        Map.of());
  }

  /** The audit record of a secure-store event: stored, opened, or deleted with its receipt. */
  public static AuditEvent of(
      com.backofficecare.safeguard.crypto.tempstore.StoreEvent e, String actor) {
    Map<String, String> detail = new TreeMap<>();
    detail.put("object", e.object().toString());
    detail.put("size", Long.toString(e.size()));
    var r = e.receipt();
    if (r != null) {
      detail.put("reason", r.reason());
      detail.put("method", r.method());
      detail.put("verified", Boolean.toString(r.verified()));
      detail.put("overwritten", Boolean.toString(r.ciphertextOverwritten()));
    }
    String type = "store." + e.type().name().toLowerCase(java.util.Locale.ROOT);
    List<String> clauses =
        switch (e.type()) {
          case STORED -> List.of("POL-5.1");
          case OPENED -> List.of("POL-9.1");
          case DELETED -> List.of("POL-3.5", "POL-10.5");
        };
    return new AuditEvent(
        e.at(),
        type,
        actor,
        e.object().agency().value(),
        e.category().name(),
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        "done",
        clauses,
        null,
        detail);
  }

  /** The audit record of an isolation or its release. */
  public static AuditEvent of(AccessGuard.Isolation i) {
    return new AuditEvent(
        i.since(),
        i.released() ? "release" : "isolation",
        i.by(),
        i.target().kind() == com.backofficecare.safeguard.policy.access.IsolationTarget.Kind.AGENCY
            ? i.target().id()
            : null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        "done",
        List.of(i.released() ? "POL-7.4" : "POL-7.2"),
        null,
        Map.of(
            "target",
            i.target().kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + i.target().id(),
            "holder",
            i.holder(),
            "reason",
            i.reason()));
  }
}
