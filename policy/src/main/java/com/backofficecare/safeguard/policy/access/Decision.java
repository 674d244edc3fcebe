package com.backofficecare.safeguard.policy.access;

import com.fasterxml.jackson.core.JsonGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The guard's answer to one request: permit or deny; on a permit, exactly which fields are
 * released, which of them masked, and which requested fields are withheld; the obligations
 * attached; the rules behind it with their clause ids; the policy version it was made under.
 * Immutable; holds field names, never values.
 */
public final class Decision {

  private static final Rule[] RULES = Rule.values();

  private final AccessRequest request;
  private final boolean permitted;
  private final long failed;
  private final long passed;
  private final String[] fieldNames;
  private final long released;
  private final long masked;
  private final long requested;
  private final Set<String> unknownFields;
  private final Set<Obligation> obligations;
  private final String policyVersion;
  private final Instant expiresAt;

  Decision(
      AccessRequest request,
      boolean permitted,
      long failed,
      long passed,
      String[] fieldNames,
      long released,
      long masked,
      long requested,
      Set<String> unknownFields,
      Set<Obligation> obligations,
      String policyVersion,
      Instant expiresAt) {
    this.request = request;
    this.permitted = permitted;
    this.failed = failed;
    this.passed = passed;
    this.fieldNames = fieldNames;
    this.released = released;
    this.masked = masked;
    this.requested = requested;
    this.unknownFields = unknownFields;
    this.obligations = obligations;
    this.policyVersion = policyVersion;
    this.expiresAt = expiresAt;
  }

  /** The request decided. */
  public AccessRequest request() {
    return request;
  }

  public boolean permitted() {
    return permitted;
  }

  public boolean denied() {
    return !permitted;
  }

  /** The rules that denied (empty on a permit). */
  public Set<Rule> denyingRules() {
    return rules(failed);
  }

  /** The rules checked and passed. */
  public Set<Rule> passedRules() {
    return rules(passed);
  }

  /** The clause ids behind the decision: the denying ones, or on a permit every one passed. */
  public List<String> clauses() {
    Set<String> out = new LinkedHashSet<>();
    for (Rule r : permitted ? passedRules() : denyingRules()) {
      out.add(r.clause());
    }
    if (permitted) {
      out.add("POL-9.1");
    }
    return new ArrayList<>(out);
  }

  /** The fields released: requested, granted and needed (empty on a deny). */
  public Set<String> releasedFields() {
    return names(released);
  }

  /** The released fields to show masked. */
  public Set<String> maskedFields() {
    return names(masked);
  }

  /** Requested field names the policy does not know (typos, or values where names belong). */
  public Set<String> unknownFields() {
    return java.util.Collections.unmodifiableSet(unknownFields);
  }

  /** Requested fields not released: not granted to the role, or unknown to the policy. */
  public Set<String> withheldFields() {
    Set<String> out = names(requested & ~released);
    out.addAll(unknownFields);
    return out;
  }

  public Set<Obligation> obligations() {
    return obligations;
  }

  /** The version of the policy the decision was made under (POL-11.1). */
  public String policyVersion() {
    return policyVersion;
  }

  /** When a permit stops being valid. */
  public Instant expiresAt() {
    return expiresAt;
  }

  /** The decision in words: outcome, clauses and reasons, field counts. */
  public String explain() {
    StringBuilder sb = new StringBuilder(permitted ? "PERMIT" : "DENY");
    sb.append(" under policy ").append(policyVersion).append(": ");
    if (permitted) {
      sb.append("passed ")
          .append(clauses())
          .append("; released ")
          .append(releasedFields().size())
          .append(" of ")
          .append(request.fields().size())
          .append(" requested fields");
      if (masked != 0) {
        sb.append(", ").append(Long.bitCount(masked)).append(" masked");
      }
    } else {
      sb.append(
          denyingRules().stream()
              .map(r -> r.clause() + " " + r.denial())
              .collect(Collectors.joining("; ")));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "Decision["
        + (permitted ? "permit" : "deny")
        + ", "
        + clauses()
        + ", policy "
        + policyVersion
        + "]";
  }

  private Set<String> names(long mask) {
    Set<String> out = new LinkedHashSet<>();
    for (long m = mask; m != 0; m &= m - 1) {
      out.add(fieldNames[Long.numberOfTrailingZeros(m)]);
    }
    return out;
  }

  private static Set<Rule> rules(long mask) {
    EnumSet<Rule> out = EnumSet.noneOf(Rule.class);
    for (long m = mask; m != 0; m &= m - 1) {
      out.add(RULES[Long.numberOfTrailingZeros(m)]);
    }
    return out;
  }

  /**
   * The decision as one JSON object, what {@code safeguard guard check} prints: the outcome, the
   * clauses and reasons, the released, masked and withheld fields, obligations, policy version,
   * expiry and explanation. Field names only, never record values.
   */
  public String toJson() {
    java.io.StringWriter w = new java.io.StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("decision", permitted() ? "permit" : "deny");
      array(g, "clauses", clauses());
      g.writeArrayFieldStart("reasons");
      for (Rule r : denyingRules()) {
        g.writeString(r.clause() + ": " + r.denial());
      }
      g.writeEndArray();
      array(g, "released", releasedFields());
      array(g, "masked", maskedFields());
      array(g, "withheld", withheldFields());
      array(g, "obligations", obligations().stream().map(Enum::name).sorted().toList());
      g.writeStringField("policyVersion", policyVersion());
      g.writeStringField("expiresAt", expiresAt().toString());
      g.writeStringField("explanation", explain());
      g.writeEndObject();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }

  private static void array(JsonGenerator g, String name, java.util.Collection<String> values)
      throws java.io.IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static final com.fasterxml.jackson.core.JsonFactory JSON =
      new com.fasterxml.jackson.core.JsonFactory();
}
