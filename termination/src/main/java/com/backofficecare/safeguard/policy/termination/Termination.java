package com.backofficecare.safeguard.policy.termination;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.crypto.KeyManager;
import com.backofficecare.safeguard.crypto.tempstore.DeletionReceipt;
import com.backofficecare.safeguard.crypto.tempstore.ObjectId;
import com.backofficecare.safeguard.crypto.tempstore.ObjectNotFoundException;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.crypto.tempstore.StoredObject;
import com.backofficecare.safeguard.policy.access.GuardState;
import com.backofficecare.safeguard.policy.access.IsolationTarget;
import com.backofficecare.safeguard.policy.audit.AuditEvent;
import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.audit.PinnedKeys;
import com.backofficecare.safeguard.policy.credentials.CredentialVault;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.jspecify.annotations.Nullable;

/**
 * The termination of one agency's services, step by step (policy 10.2 to 10.6):
 *
 * <ol>
 *   <li>isolate the agency in the guard state and revoke its client-system credentials;
 *   <li>return: export every object as an OpenPGP archive (a ZIP inside) to the agency's key;
 *   <li>destroy: sanitize every object, then destroy the agency's key-encryption keys;
 *   <li>record the attestation of physical-document destruction;
 *   <li>issue the signed certificate.
 * </ol>
 *
 * Each completed step (and each deleted object) is written to a journal before the next begins, so
 * a run that crashes anywhere resumes where it stopped, never repeats a harmful step, and never
 * records a deletion twice. Another agency's data is never touched.
 */
public final class Termination {

  /** What the agency asked for: its data returned, destroyed, or both. */
  public enum Mode {
    RETURN,
    DESTROY,
    BOTH
  }

  /** Who destroyed the paper, when and how: recorded, since software cannot shred it. */
  public record PhysicalDestruction(String who, String when, String how) {}

  static final String CRASH_AFTER = "safeguard.termination.crashAfter"; // tests only

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The audit event type of an agency's keys destroyed by its termination. */
  static final String KEYS_DESTROYED = "termination.keys-destroyed";

  private final AgencyId agency;
  private final Mode mode;
  private final SecureTempStore store;
  private final KeyManager keys;
  private final AuditLog audit;
  private final Path journal;
  private final String operator;
  private final Clock clock;
  private final @Nullable GuardState guard;
  private final @Nullable CredentialVault vault;
  private final @Nullable Path recipientKey;
  private final @Nullable Path archive;
  private final @Nullable PhysicalDestruction physical;

  private Termination(Builder b) {
    this.agency = b.agency;
    this.mode = b.mode;
    this.store = requireNonNull(b.store);
    this.keys = requireNonNull(b.keys);
    this.audit = requireNonNull(b.audit);
    this.journal = requireNonNull(b.journalDir).resolve(b.agency.value() + ".jsonl");
    this.operator = requireNonNull(b.operator);
    this.clock = b.clock;
    this.guard = b.guard;
    this.vault = b.vault;
    this.recipientKey = b.recipientKey;
    this.archive = b.archive;
    this.physical = b.physical;
  }

  public static Builder builder(AgencyId agency, Mode mode) {
    return new Builder(agency, mode);
  }

  /**
   * Configures a termination; store, keys, audit log, journal directory and operator are required.
   */
  public static final class Builder {
    private final AgencyId agency;
    private final Mode mode;
    private @Nullable SecureTempStore store;
    private @Nullable KeyManager keys;
    private @Nullable AuditLog audit;
    private @Nullable Path journalDir;
    private @Nullable String operator;
    private Clock clock = Clock.systemUTC();
    private @Nullable GuardState guard;
    private @Nullable CredentialVault vault;
    private @Nullable Path recipientKey;
    private @Nullable Path archive;
    private @Nullable PhysicalDestruction physical;

    private Builder(AgencyId agency, Mode mode) {
      this.agency = requireNonNull(agency, "agency");
      this.mode = requireNonNull(mode, "mode");
    }

    public Builder store(SecureTempStore store, KeyManager keys) {
      this.store = requireNonNull(store, "store");
      this.keys = requireNonNull(keys, "keys");
      return this;
    }

    public Builder audit(AuditLog audit) {
      this.audit = requireNonNull(audit, "audit");
      return this;
    }

    /** Where the resumable journal of each termination is kept. */
    public Builder journal(Path dir) {
      this.journalDir = requireNonNull(dir, "dir");
      return this;
    }

    public Builder operator(String operator) {
      this.operator = requireNonNull(operator, "operator");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The guard state the agency's isolation is recorded in (POL-10.2): persisted and shared
     * ({@link GuardState#over}) so that every guard enforcing it denies the agency at once. Without
     * one, the certificate says access was not revoked.
     */
    public Builder guardState(GuardState state) {
      this.guard = requireNonNull(state, "state");
      return this;
    }

    public Builder vault(CredentialVault vault) {
      this.vault = vault;
      return this;
    }

    /** For RETURN and BOTH: the agency's OpenPGP public key, and where to write the archive. */
    public Builder returnTo(Path recipientKey, Path archive) {
      this.recipientKey = requireNonNull(recipientKey, "recipientKey");
      this.archive = requireNonNull(archive, "archive");
      return this;
    }

    public Builder physicalDestruction(PhysicalDestruction attestation) {
      this.physical = attestation;
      return this;
    }

    public Termination build() {
      if (store == null || audit == null || journalDir == null || operator == null) {
        throw new IllegalStateException("store, keys, audit, journal and operator are required");
      }
      if (mode != Mode.DESTROY && (recipientKey == null || archive == null)) {
        throw new IllegalStateException(
            "returning data needs the agency's public key and an archive path");
      }
      return new Termination(this);
    }
  }

  /** Runs (or resumes) the termination and writes the certificate to {@code certificate}. */
  public DestructionCertificate run(Path certificate) {
    try {
      Files.createDirectories(journal.toAbsolutePath().getParent());
      Journal j = Journal.read(journal);

      if (!j.done("isolated")) {
        if (guard != null) {
          guard.isolate(
              IsolationTarget.agency(agency.value()), "termination", operator, clock.instant());
        }
        int revoked = vault == null ? 0 : vault.revokeAll(agency);
        audit(
            new AuditEvent(
                clock.instant(),
                "termination.isolated",
                operator,
                agency.value(),
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                "done",
                List.of("POL-10.2"),
                null,
                Map.of(
                    "credentialsRevoked",
                    Integer.toString(revoked),
                    "accessRevoked",
                    Boolean.toString(guard != null))));
        // What the certificate may claim is what happened: access is revoked only by a guard.
        j.append(
            line("isolated")
                .put("credentialsRevoked", revoked)
                .put("accessRevoked", guard != null));
        crashPoint("isolated");
      }

      if (!j.done("planned")) {
        ObjectNode plan = line("planned");
        var list = plan.putArray("objects");
        for (StoredObject o : store.list(agency)) {
          list.addObject()
              .put("object", o.id().toString())
              .put("category", o.category().name())
              .put("size", o.size());
        }
        // Objects whose metadata is damaged cannot be returned, but are erased all the same.
        for (ObjectId id : store.damaged(agency)) {
          list.addObject()
              .put("object", id.toString())
              .put("category", "UNKNOWN")
              .put("size", -1)
              .put("damaged", true);
        }
        j.append(plan);
        crashPoint("planned");
      }
      List<JsonNode> planned = new ArrayList<>();
      j.step("planned").path("objects").forEach(planned::add);

      if (mode != Mode.DESTROY && !j.done("exported")) {
        ObjectNode exported = export(planned);
        j.append(exported);
        crashPoint("exported");
      }

      if (mode != Mode.RETURN) {
        Set<String> deleted = j.deletedObjects();
        List<JsonNode> toDelete = new ArrayList<>(planned);
        // Re-planned before the keys go: objects stored since the plan (a service still running,
        // or a run resumed after a crash) are sanitized too, and the certificate lists them.
        Set<String> plannedIds = new java.util.HashSet<>();
        planned.forEach(p -> plannedIds.add(p.path("object").asText()));
        if (!j.done("keys-destroyed")) {
          for (StoredObject o : store.list(agency)) {
            if (!plannedIds.contains(o.id().toString())) {
              toDelete.add(
                  MAPPER
                      .createObjectNode()
                      .put("object", o.id().toString())
                      .put("category", o.category().name())
                      .put("size", o.size())
                      .put("late", true));
            }
          }
          for (ObjectId id : store.damaged(agency)) {
            if (!plannedIds.contains(id.toString())) {
              toDelete.add(
                  MAPPER
                      .createObjectNode()
                      .put("object", id.toString())
                      .put("category", "UNKNOWN")
                      .put("size", -1)
                      .put("late", true)
                      .put("damaged", true));
            }
          }
        }
        for (JsonNode p : toDelete) {
          String id = p.path("object").asText();
          if (deleted.contains(id)) {
            continue;
          }
          ObjectNode record =
              line("deleted")
                  .put("object", id)
                  .put("category", p.path("category").asText())
                  .put("size", p.path("size").asLong())
                  .put("late", p.path("late").asBoolean(false))
                  .put("damaged", p.path("damaged").asBoolean(false));
          if (p.path("damaged").asBoolean(false)) {
            record
                .put("deletedAt", clock.instant().toString())
                .put("verified", store.sanitizeDamaged(ObjectId.parse(id)))
                .put("overwritten", false);
          } else
            try {
              DeletionReceipt r = store.delete(ObjectId.parse(id), "termination");
              record
                  .put("deletedAt", r.deletedAt().toString())
                  .put("verified", r.verified())
                  .put("overwritten", r.ciphertextOverwritten());
            } catch (ObjectNotFoundException gone) {
              // Deleted before a crash, not yet journaled: confirm it is gone, record it once.
              record
                  .put("deletedAt", clock.instant().toString())
                  .put("verified", store.stat(ObjectId.parse(id)).isEmpty())
                  .put("overwritten", false)
                  .put("confirmedOnResume", true);
            }
          audit(
              new AuditEvent(
                  clock.instant(),
                  "termination.deleted",
                  operator,
                  agency.value(),
                  p.path("category").asText(),
                  null,
                  null,
                  List.of(),
                  List.of(),
                  List.of(),
                  "done",
                  List.of("POL-10.3", "POL-10.5"),
                  null,
                  Map.of("object", id)));
          j.append(record);
          crashPoint("deleted");
        }
        if (!j.done("keys-destroyed")) {
          keys.destroyAgencyKeys(agency);
          audit(
              new AuditEvent(
                  clock.instant(),
                  KEYS_DESTROYED,
                  operator,
                  agency.value(),
                  null,
                  null,
                  null,
                  List.of(),
                  List.of(),
                  List.of(),
                  "done",
                  List.of("POL-10.5"),
                  null,
                  Map.of()));
          j.append(line("keys-destroyed"));
          crashPoint("keys-destroyed");
        }
      }

      if (physical != null && !j.done("attested")) {
        audit(
            new AuditEvent(
                clock.instant(),
                "termination.physical-destruction",
                physical.who(),
                agency.value(),
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                "attested",
                List.of("POL-10.4"),
                null,
                Map.of("notes", physical.how(), "when", physical.when())));
        j.append(
            line("attested")
                .put("who", physical.who())
                .put("when", physical.when())
                .put("how", physical.how()));
        crashPoint("attested");
      }

      return certify(j, planned, certificate);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "termination of " + agency + " failed; run it again to resume", e);
    }
  }

  private ObjectNode export(List<JsonNode> planned) throws IOException {
    PGPPublicKey key;
    try (InputStream in = Files.newInputStream(recipientKey)) {
      key = OpenPgpArchive.encryptionKey(in);
    }
    MessageDigest sha = MerkleSha.sha256();
    int count = 0;
    try (OutputStream file =
            Files.newOutputStream(
                archive,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        OutputStream hashed = new DigestOutputStream(file, sha);
        OutputStream pgp = OpenPgpArchive.open(key, agency.value() + "-export.zip", hashed);
        ZipOutputStream zip = new ZipOutputStream(pgp)) {
      ObjectNode manifest =
          MAPPER
              .createObjectNode()
              .put("agency", agency.value())
              .put("exportedAt", clock.instant().toString());
      var files = manifest.putArray("files");
      for (JsonNode p : planned) {
        if (p.path("damaged").asBoolean(false)) {
          continue; // unreadable metadata: nothing can be returned of it
        }
        ObjectId id = ObjectId.parse(p.path("object").asText());
        String name =
            p.path("category").asText().toLowerCase(java.util.Locale.ROOT)
                + "/"
                + id.toString().substring(id.toString().indexOf(':') + 1);
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest fileSha = MerkleSha.sha256();
        try (InputStream in = store.open(id)) {
          byte[] buf = new byte[1 << 16];
          for (int n; (n = in.read(buf)) >= 0; ) {
            zip.write(buf, 0, n);
            fileSha.update(buf, 0, n);
          }
        }
        zip.closeEntry();
        files
            .addObject()
            .put("name", name)
            .put("object", id.toString())
            .put("sha256", HexFormat.of().formatHex(fileSha.digest()));
        count++;
      }
      zip.putNextEntry(new ZipEntry("MANIFEST.json"));
      zip.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
      zip.closeEntry();
    }
    String digest = HexFormat.of().formatHex(sha.digest());
    audit(
        new AuditEvent(
            clock.instant(),
            "termination.returned",
            operator,
            agency.value(),
            null,
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            "done",
            List.of("POL-10.3"),
            null,
            Map.of("archiveSha256", digest, "files", Integer.toString(count))));
    return line("exported")
        .put("sha256", digest)
        .put("files", count)
        .put("recipientFingerprint", OpenPgpArchive.fingerprint(key));
  }

  private DestructionCertificate certify(Journal j, List<JsonNode> planned, Path file)
      throws IOException {
    audit.commit();
    var head = audit.head();
    List<Map<String, Object>> objects = new ArrayList<>();
    Map<String, JsonNode> deletions = j.deletions();
    boolean allVerified = true;
    List<JsonNode> listed = new ArrayList<>(planned);
    for (JsonNode d : deletions.values()) {
      if (d.path("late").asBoolean(false)) {
        listed.add(d); // stored after the plan, sanitized with the rest
      }
    }
    for (JsonNode p : listed) {
      Map<String, Object> o = new LinkedHashMap<>();
      String id = p.path("object").asText();
      o.put("object", id);
      o.put("category", p.path("category").asText());
      o.put("size", p.path("size").asLong());
      JsonNode d = deletions.get(id);
      o.put("sanitized", d != null);
      o.put("returned", j.done("exported") && !p.path("late").asBoolean(false));
      if (p.path("late").asBoolean(false)) {
        o.put("late", true); // stored after the plan, sanitized before the keys went
      }
      if (p.path("damaged").asBoolean(false)) {
        o.put("damaged", true); // metadata unreadable: erased, never returned
        o.put("returned", false);
      }
      if (d != null) {
        o.put("deletedAt", d.path("deletedAt").asText());
        o.put("verified", d.path("verified").asBoolean());
        allVerified &= d.path("verified").asBoolean();
      }
      objects.add(o);
    }
    boolean keysDestroyed = j.done("keys-destroyed");
    if (keysDestroyed) {
      allVerified &= store.list(agency).isEmpty();
    }
    ObjectNode archiveNode = null;
    if (j.done("exported")) {
      JsonNode e = j.step("exported");
      archiveNode =
          MAPPER
              .createObjectNode()
              .put("sha256", e.path("sha256").asText())
              .put("files", e.path("files").asInt())
              .put("recipientFingerprint", e.path("recipientFingerprint").asText());
    }
    ObjectNode physicalNode = null;
    if (j.done("attested")) {
      JsonNode a = j.step("attested");
      physicalNode =
          MAPPER
              .createObjectNode()
              .put("who", a.path("who").asText())
              .put("when", a.path("when").asText())
              .put("how", a.path("how").asText());
    }
    String verification =
        mode == Mode.RETURN
            ? "returned; no local copy was destroyed in this run"
            : allVerified
                ? "every object verified unreadable (no key record, no ciphertext); the agency's"
                    + " key-encryption keys are destroyed"
                : "VERIFICATION FAILED for at least one object";
    DestructionCertificate cert =
        new DestructionCertificate(
            DestructionCertificate.build(
                "CERT-" + agency.value() + "-" + head.size(),
                agency.value(),
                operator,
                mode.name(),
                clock.instant(),
                objects,
                j.done("exported") ? j.step("exported").path("files").asInt() : 0,
                keysDestroyed,
                j.step("isolated").path("credentialsRevoked").asInt(),
                j.step("isolated").path("accessRevoked").asBoolean(false),
                archiveNode,
                physicalNode,
                verification,
                head));
    cert.write(file, audit.identity());
    if (!j.done("certified")) {
      j.append(line("certified").put("certificate", file.toString()));
    }
    return cert;
  }

  private void audit(AuditEvent e) {
    audit.append(e);
    audit.commit();
  }

  private static ObjectNode line(String step) {
    return MAPPER.createObjectNode().put("step", step);
  }

  private static void crashPoint(String step) {
    if (step.equals(System.getProperty(CRASH_AFTER))) {
      Runtime.getRuntime().halt(137); // simulates kill -9 right after this step is journaled
    }
  }

  /** The journal: one JSON line per completed step or deleted object, synced before moving on. */
  /** The termination's journal: one synced JSON line per completed step. */
  static final class Journal {
    private final Path file;
    private final List<JsonNode> lines;

    private Journal(Path file, List<JsonNode> lines) {
      this.file = file;
      this.lines = lines;
    }

    /**
     * Reads the journal. A last line with no line break is torn (a crash mid-write: that step did
     * not complete) and is cut from the file, so the next step is not written onto it; any other
     * unreadable line means the journal was damaged, and is refused.
     */
    static Journal read(Path file) throws IOException {
      List<JsonNode> lines = new ArrayList<>();
      if (Files.exists(file)) {
        com.backofficecare.safeguard.policy.audit.TornLines.cut(file);
        int n = 0;
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          n++;
          if (!l.isBlank()) {
            try {
              lines.add(MAPPER.readTree(l));
            } catch (IOException damaged) {
              throw new IllegalStateException(
                  "termination journal "
                      + file
                      + " line "
                      + n
                      + " is damaged; refusing to resume from it");
            }
          }
        }
      }
      return new Journal(file, lines);
    }

    boolean done(String step) {
      return lines.stream().anyMatch(l -> l.path("step").asText().equals(step));
    }

    JsonNode step(String step) {
      return lines.stream()
          .filter(l -> l.path("step").asText().equals(step))
          .findFirst()
          .orElse(MAPPER.createObjectNode());
    }

    Set<String> deletedObjects() {
      Set<String> out = new LinkedHashSet<>();
      for (JsonNode l : lines) {
        if (l.path("step").asText().equals("deleted")) {
          out.add(l.path("object").asText());
        }
      }
      return out;
    }

    Map<String, JsonNode> deletions() {
      Map<String, JsonNode> out = new LinkedHashMap<>();
      for (JsonNode l : lines) {
        if (l.path("step").asText().equals("deleted")) {
          out.putIfAbsent(l.path("object").asText(), l);
        }
      }
      return out;
    }

    void append(ObjectNode line) throws IOException {
      byte[] bytes = (MAPPER.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
      try (var out = new java.io.FileOutputStream(file.toFile(), true)) {
        out.write(bytes);
        out.getFD().sync();
      }
      lines.add(line);
    }
  }

  /** SHA-256 instances. */
  private static final class MerkleSha {
    static MessageDigest sha256() {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The planned and journaled ids, for tests. */
  static Set<String> journaledDeletions(Path journal) throws IOException {
    return Journal.read(journal).deletedObjects();
  }

  /**
   * Destroys again, in {@code keys}, the keys of every agency whose termination journaled in {@code
   * journalDir} destroyed them but which {@code keys} still holds (a key store restored from before
   * the termination). Run it before anything reads with {@code keys}.
   *
   * @return the agencies whose keys were destroyed again
   */
  public static Set<AgencyId> destroyKeysAgainIfRevived(KeyManager keys, Path journalDir) {
    return destroyKeysAgainIfRevived(keys, keysDestroyedIn(journalDir));
  }

  /**
   * As {@link #destroyKeysAgainIfRevived(KeyManager, Path)}, for the agencies whose key destruction
   * is recorded in {@code journalDir} or in the signed part of the audit trail {@code auditLog}
   * (checked against {@code pinned}). The trail is kept apart from the key store and the journals:
   * a copy of both restored from before a termination is caught by it, and a trail rolled back with
   * them by a tree head witnessed off the host ({@code audit head --witness}).
   */
  public static Set<AgencyId> destroyKeysAgainIfRevived(
      KeyManager keys, Path journalDir, Path auditLog, PinnedKeys pinned) {
    Set<AgencyId> destroyed = keysDestroyedIn(journalDir);
    if (Files.isRegularFile(auditLog)) {
      for (AuditEvent e : AuditLog.signedEvents(auditLog, pinned)) {
        String agency = e.agency();
        if (KEYS_DESTROYED.equals(e.type()) && agency != null) {
          try {
            destroyed.add(AgencyId.of(agency));
          } catch (IllegalArgumentException ignored) {
            // not an agency id: no key of this store belongs to it
          }
        }
      }
    }
    return destroyKeysAgainIfRevived(keys, destroyed);
  }

  private static Set<AgencyId> destroyKeysAgainIfRevived(KeyManager keys, Set<AgencyId> destroyed) {
    Set<AgencyId> revived = new java.util.TreeSet<>();
    for (AgencyId a : destroyed) {
      if (!keys.isDestroyed(a)) {
        keys.destroyAgencyKeys(a);
        revived.add(a);
      }
    }
    return revived;
  }

  static Set<AgencyId> keysDestroyedIn(Path journalDir) {
    Set<AgencyId> out = new java.util.TreeSet<>();
    if (!Files.isDirectory(journalDir)) {
      return out;
    }
    try (var files = Files.list(journalDir)) {
      for (Path f : files.filter(x -> x.getFileName().toString().endsWith(".jsonl")).toList()) {
        String name = f.getFileName().toString();
        try {
          AgencyId agency = AgencyId.of(name.substring(0, name.length() - ".jsonl".length()));
          if (Journal.read(f).done("keys-destroyed")) {
            out.add(agency);
          }
        } catch (IllegalArgumentException | IOException e) {
          // not a journal of this store's naming, or unreadable: it proves nothing
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the termination journals in " + journalDir, e);
    }
    return out;
  }
}
