package com.backofficecare.safeguard.cli;

import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.audit.PinnedKeys;
import com.backofficecare.safeguard.policy.audit.TreeHead;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code safeguard audit}: verify, pin and read the tamper-evident audit trail. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Verifies and reads an audit log.",
    subcommands = {AuditCommand.Verify.class, AuditCommand.Head.class, AuditCommand.Show.class})
final class AuditCommand {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AuditCommand() {}

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Checks every entry and signed tree head of LOG, offline, and that LOG is",
        "signed by a key you pinned earlier (--key: the output of 'safeguard signing-key').",
        "With --tree-head (saved earlier by 'audit head'), also detects truncation and rewriting.",
        "Exit status: 0 intact and signed by a pinned key, 1 tampered or issuer not verified,",
        "65 malformed key or tree head file, 66 no such log."
      })
  static final class Verify implements Callable<Integer> {
    @Parameters(paramLabel = "LOG")
    Path log;

    @Option(
        names = "--key",
        paramLabel = "KEYS",
        description = "The pinned signing keys (pinned-keys format).")
    Path key;

    @Option(names = "--tree-head", paramLabel = "HEAD", description = "A tree head saved earlier.")
    Path head;

    @Override
    public Integer call() throws java.io.IOException {
      PinnedKeys pinned = SigningKeyCommand.readPinned(key);
      TreeHead trusted =
          head == null ? null : TreeHead.fromJson(Files.readString(head, StandardCharsets.UTF_8));
      if (!Files.isRegularFile(log)) {
        System.err.println("safeguard: no audit log at " + log);
        return ExitStatus.NO_SUCH_INPUT;
      }
      AuditLog.Verification v = AuditLog.verify(log, pinned, trusted);
      switch (v.outcome()) {
        case VERIFIED -> {
          System.out.println(
              "intact: "
                  + v.entries()
                  + " entries, signed by pinned key(s) "
                  + String.join(", ", v.signers().stream().map(PinnedKeys::fingerprint).toList())
                  + (trusted == null
                      ? ""
                      : ", consistent with the tree head of " + trusted.size()));
          return ExitStatus.DONE;
        }
        case ISSUER_NOT_VERIFIED -> {
          System.out.println(
              "ISSUER NOT VERIFIED: "
                  + v.entries()
                  + " entries intact, but signed by "
                  + (pinned.isEmpty()
                      ? "a key you have not pinned (give --key)"
                      : "a key that is not among the pinned ones"));
          return ExitStatus.DENIED_OR_INVALID;
        }
        default -> {
          System.out.println(
              "TAMPERED: "
                  + v.problem()
                  + (v.firstBadEntry() >= 0
                      ? " (first bad entry: " + v.firstBadEntry() + ")"
                      : ""));
          return ExitStatus.DENIED_OR_INVALID;
        }
      }
    }
  }

  @Command(
      name = "head",
      mixinStandardHelpOptions = true,
      description = {
        "Prints the signed tree head of LOG as JSON, once LOG verifies against the",
        "pinned keys (--key), to keep for a later 'verify --tree-head'.",
        "--witness FILE: keep heads off this host (a file on another machine's mount, or",
        "shipped on): LOG must first be consistent with the last head in FILE (nothing",
        "it covered was truncated or rewritten since), then the new head is appended.",
        "Exit status: 0 printed (and witnessed), 1 tampered, not signed by a pinned",
        "key, or inconsistent with the witness; 65 malformed key or witness file."
      })
  static final class Head implements Callable<Integer> {
    @Parameters(paramLabel = "LOG")
    Path log;

    @Option(
        names = "--key",
        paramLabel = "KEYS",
        required = true,
        description = "The pinned signing keys (pinned-keys format).")
    Path key;

    @Option(names = "--witness", paramLabel = "FILE", description = "Heads kept so far.")
    Path witness;

    @Override
    public Integer call() throws Exception {
      PinnedKeys pinned = SigningKeyCommand.readPinned(key);
      if (!Files.isRegularFile(log)) {
        throw ExitStatus.Failure.noSuchInput("no audit log at " + log);
      }
      TreeHead last = witness == null ? null : lastWitnessed(witness);
      AuditLog.Verification v = AuditLog.verify(log, pinned, last);
      if (!v.intact() || v.lastHead() == null) {
        System.err.println(
            "safeguard: "
                + (v.intact() ? "the log has no committed tree head" : v.problem())
                + (witness == null ? "" : "; nothing was witnessed"));
        return ExitStatus.DENIED_OR_INVALID;
      }
      String json = v.lastHead().toJson();
      if (witness != null) {
        Files.writeString(
            witness,
            json + "\n",
            StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.APPEND,
            java.nio.file.StandardOpenOption.SYNC);
      }
      System.out.println(json);
      return ExitStatus.DONE;
    }

    /** The last head in a witness file, or null if it has none yet; malformed lines exit 65. */
    private static @org.jspecify.annotations.Nullable TreeHead lastWitnessed(Path file)
        throws java.io.IOException {
      if (!Files.exists(file)) {
        return null;
      }
      TreeHead last = null;
      int n = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          last = TreeHead.fromJson(line);
        } catch (com.backofficecare.safeguard.policy.audit.AuditFormatException e) {
          throw new com.backofficecare.safeguard.policy.audit.AuditFormatException(
              file + ", line " + n + ": " + e.getMessage());
        }
      }
      return last;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Prints the events of LOG as JSON lines (index, then the event).")
  static final class Show implements Callable<Integer> {
    @Parameters(paramLabel = "LOG")
    Path log;

    @Override
    public Integer call() throws Exception {
      try (BufferedReader r = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          JsonNode n = MAPPER.readTree(line);
          if ("entry".equals(n.path("kind").asText())) {
            ObjectNode out = MAPPER.createObjectNode();
            out.put("index", n.get("index").asLong());
            out.setAll((ObjectNode) n.get("event"));
            System.out.println(MAPPER.writeValueAsString(out));
          }
        }
      }
      return 0;
    }
  }
}
