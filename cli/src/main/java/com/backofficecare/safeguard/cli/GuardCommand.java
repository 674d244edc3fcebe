package com.backofficecare.safeguard.cli;

import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.Decision;
import com.backofficecare.safeguard.policy.audit.AuditEvent;
import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.config.PolicyFileException;
import com.backofficecare.safeguard.policy.config.PolicyFiles;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code safeguard guard}: the access guard, for policy authors and their tests. */
@Command(name = "guard", mixinStandardHelpOptions = true,
    description = "Decides access requests against a policy file.",
    subcommands = GuardCommand.Check.class)
final class GuardCommand {

  private GuardCommand() {}

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {"Prints the decision on a request as JSON; with --audit, appends it to that log.",
          "Exit status: 0 permit, 1 deny, 2 invalid policy or request file."})
  static final class Check implements Callable<Integer> {
    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "Policy file (JSON).")
    Path policy;

    @Option(names = "--request", required = true, paramLabel = "FILE", description = "Request file (JSON).")
    Path request;

    @Option(names = "--audit", paramLabel = "LOG", description = "Audit log to append the decision to.")
    Path audit;

    @Override
    public Integer call() throws IOException {
      Decision d;
      try {
        d = AccessGuard.create(PolicyFiles.load(policy)).decide(PolicyFiles.loadRequest(request));
      } catch (PolicyFileException e) {
        System.err.println("error: " + e.getMessage());
        return 2;
      }
      if (audit != null) {
        try (AuditLog log = AuditLog.open(audit)) {
          log.append(AuditEvent.of(d));
        }
      }
      System.out.println(json(d));
      return d.permitted() ? 0 : 1;
    }
  }

  static String json(Decision d) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JsonLines.generator(w)) {
      g.writeStartObject();
      g.writeStringField("decision", d.permitted() ? "permit" : "deny");
      array(g, "clauses", d.clauses());
      g.writeArrayFieldStart("reasons");
      for (var r : d.denyingRules()) {
        g.writeString(r.clause() + ": " + r.denial());
      }
      g.writeEndArray();
      array(g, "released", d.releasedFields());
      array(g, "masked", d.maskedFields());
      array(g, "withheld", d.withheldFields());
      array(g, "obligations", d.obligations().stream().map(Enum::name).sorted().toList());
      g.writeStringField("policyVersion", d.policyVersion());
      g.writeStringField("expiresAt", d.expiresAt().toString());
      g.writeStringField("explanation", d.explain());
      g.writeEndObject();
    }
    return w.toString();
  }

  private static void array(JsonGenerator g, String name, Collection<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
