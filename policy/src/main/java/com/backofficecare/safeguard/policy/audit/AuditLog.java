package com.backofficecare.safeguard.policy.audit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.jspecify.annotations.Nullable;

/**
 * The file-backed audit trail: an append-only Merkle-tree log of {@link AuditEvent}s as JSON lines.
 *
 * <p>Each entry records its index and a hash chain over every leaf so far; at every commit (each
 * {@code groupSize} events, or on {@link #commit()}) a tree head line signs the size, the RFC 9162
 * Merkle root and the chain with the log's Ed25519 key, then the file is synced. So {@link #verify}
 * names the first entry that was modified, deleted, inserted or reordered, and, given a tree head
 * saved earlier, also catches truncation and wholesale rewriting. Events stay in the file for as
 * long as the operator keeps it (six years at least, HIPAA 164.316).
 *
 * <pre>
 * {"kind":"header","format":"safeguard-audit-v1","publicKey":"..."}
 * {"kind":"entry","index":0,"event":{...},"chain":"hex"}
 * {"kind":"head","size":1,"root":"hex","chain":"hex","time":"...","signature":"..."}
 * </pre>
 */
public final class AuditLog implements AuditSink {

  static final String FORMAT = "safeguard-audit-v1";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HexFormat HEX = HexFormat.of();

  private final Path file;
  private final java.io.FileOutputStream file0;
  private final OutputStream out;
  private final SigningIdentity identity;
  private final Clock clock;

  /** 0: durable (every append synced and signed before it returns); else the batch size. */
  private final int groupSize;

  private final java.util.concurrent.locks.ReentrantLock lock =
      new java.util.concurrent.locks.ReentrantLock();
  private final java.util.concurrent.locks.Condition synced = lock.newCondition();

  /** Entries known to be on disk under a signed head. */
  private long durableSize;

  /** A leader is signing, writing and syncing a group outside the lock. */
  private boolean syncing;

  /** Signalled at each entry appended, for a leader gathering its group. */
  private final java.util.concurrent.locks.Condition arrived = lock.newCondition();

  /** Entries in the last durable group, and the log's size when it was taken. */
  private long lastGroup;

  private long groupStart;

  /** How long a durable group's leader waits at most for as many callers as the last group had. */
  private static final long GATHER_NANOS = 500_000;

  /** Entry lines not yet written to the file: the next group. */
  private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream(1 << 16);

  /** Past this many pending bytes a batched log writes them out before its commit. */
  private static final int PENDING_LIMIT = 1 << 20;

  private final FileChannel lockChannel;
  private final java.nio.channels.FileLock processLock;
  private int quarantined;
  private final List<byte[]> leaves = new ArrayList<>();
  private final MerkleTree.Frontier frontier = new MerkleTree.Frontier();
  private byte[] chain = new byte[32];
  private int sinceCommit;
  private @Nullable TreeHead lastHead;

  private AuditLog(Path file, SigningIdentity identity, Clock clock, int groupSize)
      throws IOException {
    this.file = file;
    this.identity = identity;
    this.clock = clock;
    this.groupSize = groupSize;
    this.lockChannel =
        FileChannel.open(
            file.resolveSibling(file.getFileName() + ".lock"),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
    this.processLock = acquire(lockChannel, file);
    boolean fresh = !Files.exists(file) || Files.size(file) == 0;
    if (!fresh) {
      restore();
    }
    // A stream, not a FileChannel: an interrupted appending thread must not close the log for all.
    this.file0 = new java.io.FileOutputStream(file.toFile(), true);
    restrict(file);
    this.out = new java.io.BufferedOutputStream(file0, 1 << 16);
    if (fresh) {
      line(out, headerLine(identity.publicKey()));
      out.flush();
      file0.getFD().sync();
    }
  }

  /**
   * Opens the log in {@code file} for appending, durable: every {@link #append} returns only once
   * its entry is on disk under a tree head signed by {@code identity} (concurrent appends share one
   * sync). The log is created if missing. An existing log is verified first, against the identity's
   * keys (current and retired); entries a crashed writer left after its last signed head are moved
   * to a quarantine file beside it, never signed by this process ({@link #quarantined()}). One
   * process appends at a time: another waits up to 30 s for the lock, then fails.
   *
   * @throws IllegalStateException if the existing log fails verification, or another process keeps
   *     it
   */
  public static AuditLog open(Path file, SigningIdentity identity) {
    return open(file, identity, Clock.systemUTC(), 0);
  }

  /** As {@link #open(Path, SigningIdentity)}, durable, with a clock for tree heads. */
  public static AuditLog open(Path file, SigningIdentity identity, Clock clock) {
    return open(file, identity, clock, 0);
  }

  /**
   * As {@link #open(Path, SigningIdentity)}, batched: entries are signed and synced every {@code
   * groupSize} appends and at {@link #commit()}; a crash loses at most the last {@code groupSize -
   * 1} entries, which were never acknowledged as committed. {@code groupSize} 0 is durable.
   */
  public static AuditLog open(Path file, SigningIdentity identity, Clock clock, int groupSize) {
    requireNonNull(file, "file");
    requireNonNull(identity, "identity");
    requireNonNull(clock, "clock");
    if (groupSize < 0) {
      throw new IllegalArgumentException("group size must be 0 (durable) or more");
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return new AuditLog(file, identity, clock, groupSize);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open audit log " + file, e);
    }
  }

  /** Appends every decision, isolation and release of {@code guard} to this log from now on. */
  public void attach(com.backofficecare.safeguard.policy.access.AccessGuard guard) {
    guard.onDecision(d -> append(AuditEvent.of(d)));
    guard.onIsolation(i -> append(AuditEvent.of(i)));
  }

  /** Waits for the process lock on the log (30 s at most): two writers would fork the chain. */
  private static java.nio.channels.FileLock acquire(FileChannel channel, Path file)
      throws IOException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      java.nio.channels.FileLock l;
      try {
        l = channel.tryLock();
      } catch (java.nio.channels.OverlappingFileLockException e) {
        channel.close();
        throw new IllegalStateException("audit log " + file + " is already open in this process");
      }
      if (l != null) {
        return l;
      }
      if (System.nanoTime() > deadline) {
        channel.close();
        throw new IllegalStateException("audit log " + file + " is kept by another process");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        channel.close();
        throw new IllegalStateException("interrupted waiting for audit log " + file);
      }
    }
  }

  /**
   * Appends {@code event}. Durable logs return once it is on disk under a signed tree head; batched
   * logs sign and sync every group.
   */
  @Override
  public void append(AuditEvent event) {
    byte[] e = EventJson.write(requireNonNull(event, "event").scrubbed());
    lock.lock();
    try {
      byte[] leaf = MerkleTree.leafHash(e);
      MessageDigest d = MerkleTree.sha256();
      d.update(chain);
      chain = d.digest(leaf);
      leaves.add(leaf);
      frontier.append(leaf);
      line(pending, entryLine(leaves.size() - 1, e, HEX.formatHex(chain)));
      arrived.signal();
      sinceCommit++;
      if (groupSize == 0 || sinceCommit >= groupSize) {
        awaitDurable(leaves.size());
      } else if (pending.size() >= PENDING_LIMIT && !syncing) {
        pending.writeTo(out); // a large batch need not wait in memory; it is still unsigned
        pending.reset();
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot append to audit log " + file, ex);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Group commit: the first caller that finds its entry not yet durable takes every entry so far
   * and the tree state over them, then, outside the lock (others keep appending to the next group),
   * signs a head, writes the entries and the head and syncs the file; the rest wait for that sync
   * or lead the next one. One leader at a time writes, so groups reach the file in order.
   */
  private void awaitDurable(long upTo) throws IOException {
    while (durableSize < upTo) {
      if (syncing) {
        synced.awaitUninterruptibly();
        continue;
      }
      syncing = true;
      try {
        if (groupSize == 0) {
          // The callers the last group released are likely on their way back: wait a little for
          // as many, so that one sync serves them all rather than one each.
          long deadline = System.nanoTime() + GATHER_NANOS;
          for (long left = GATHER_NANOS;
              leaves.size() - groupStart < lastGroup && left > 0;
              left = deadline - System.nanoTime()) {
            try {
              arrived.awaitNanos(left);
            } catch (InterruptedException ex) {
              Thread.currentThread().interrupt(); // commit what there is; the caller sees the flag
              break;
            }
          }
        }
        long size = leaves.size();
        lastGroup = size - groupStart;
        groupStart = size;
        byte[] entries = pending.toByteArray();
        pending.reset();
        sinceCommit = 0;
        byte[] root = frontier.root();
        byte[] chainNow = chain.clone();
        Instant time = clock.instant();
        TreeHead head;
        lock.unlock();
        try {
          head = sign(size, HEX.formatHex(root), HEX.formatHex(chainNow), time);
          out.write(entries);
          line(out, headLine(head));
          out.flush();
          file0.getFD().sync();
        } finally {
          lock.lock();
        }
        lastHead = head;
        durableSize = Math.max(durableSize, size);
      } finally {
        syncing = false;
        synced.signalAll();
      }
    }
  }

  /** Signs, writes and syncs a tree head over every entry so far (an empty log gets one too). */
  @Override
  public void commit() {
    lock.lock();
    try {
      if (lastHead == null && leaves.isEmpty()) {
        TreeHead head =
            sign(0, HEX.formatHex(frontier.root()), HEX.formatHex(chain), clock.instant());
        line(out, headLine(head));
        out.flush();
        file0.getFD().sync();
        lastHead = head;
        return;
      }
      awaitDurable(leaves.size());
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot commit audit log " + file, ex);
    } finally {
      lock.unlock();
    }
  }

  /** Entries a crashed writer left uncommitted, moved to quarantine when this log was opened. */
  public int quarantined() {
    return quarantined;
  }

  /** Commits, and returns the signed head of the log as it is now. */
  public TreeHead head() {
    lock.lock();
    try {
      commit();
      return requireNonNull(lastHead);
    } finally {
      lock.unlock();
    }
  }

  /** The identity that signs this log's tree heads (and the certificates of its store). */
  public SigningIdentity identity() {
    return identity;
  }

  /**
   * Whether {@code signature} (base64) is a valid Ed25519 signature of {@code data} by {@code
   * publicKey}.
   */
  public static boolean verifyDetached(String publicKey, byte[] data, String signature) {
    PublicKey key = publicKey(publicKey);
    try {
      return key != null && verifySignature(key, data, strictBase64(signature));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Number of entries. */
  public long size() {
    lock.lock();
    try {
      return leaves.size();
    } finally {
      lock.unlock();
    }
  }

  /** The inclusion proof of entry {@code index} in the tree of the first {@code size} entries. */
  public List<byte[]> inclusionProof(int index, int size) {
    lock.lock();
    try {
      return MerkleTree.inclusionProof(leaves, index, size);
    } finally {
      lock.unlock();
    }
  }

  /** The consistency proof between the trees of sizes {@code oldSize} and {@code newSize}. */
  public List<byte[]> consistencyProof(int oldSize, int newSize) {
    lock.lock();
    try {
      return MerkleTree.consistencyProof(leaves, oldSize, newSize);
    } finally {
      lock.unlock();
    }
  }

  /** The leaf hash of entry {@code index}. */
  public byte[] leaf(int index) {
    lock.lock();
    try {
      return leaves.get(index).clone();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      commit();
      out.close();
      processLock.release();
      lockChannel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close audit log " + file, e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    return "AuditLog[" + file + "]";
  }

  /** The one way each kind of line is written: verification demands exactly these bytes. */
  static String headerLine(String publicKey) {
    return "{\"kind\":\"header\",\"format\":\""
        + FORMAT
        + "\",\"publicKey\":\""
        + publicKey
        + "\"}";
  }

  static String entryLine(long index, byte[] event, String chainHex) {
    return "{\"kind\":\"entry\",\"index\":"
        + index
        + ",\"event\":"
        + new String(event, StandardCharsets.UTF_8)
        + ",\"chain\":\""
        + chainHex
        + "\"}";
  }

  static String headLine(TreeHead h) {
    return "{\"kind\":\"head\",\"size\":"
        + h.size()
        + ",\"root\":\""
        + h.root()
        + "\",\"chain\":\""
        + h.chain()
        + "\",\"time\":\""
        + h.time()
        + "\",\"signature\":\""
        + h.signature()
        + "\"}";
  }

  private static void line(OutputStream to, String s) throws IOException {
    to.write(s.getBytes(StandardCharsets.UTF_8));
    to.write('\n');
  }

  private TreeHead sign(long size, String root, String chainHex, Instant time) {
    return new TreeHead(
        size,
        root,
        chainHex,
        time,
        identity.publicKey(),
        identity.sign(TreeHead.signedBytes(size, root, chainHex, time)));
  }

  /** Rebuilds the in-memory state from an existing, verified file. */
  private void restore() throws IOException {
    TornLines.cut(file); // half a line from a crash mid-append: never committed
    quarantineUnsignedTail();
    Verification v = verify(file, identity.pinnedKeys(), null, true);
    if (!v.intact()) {
      throw new IllegalStateException(
          "audit log "
              + file
              + (v.outcome() == Verification.Outcome.ISSUER_NOT_VERIFIED
                  ? " was signed with a key that is not this identity's"
                  : " fails verification: " + v.problem()));
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n = MAPPER.readTree(line);
        if ("entry".equals(n.path("kind").asText())) {
          byte[] leaf = MerkleTree.leafHash(EventJson.write(EventJson.read(n.get("event"))));
          leaves.add(leaf);
          frontier.append(leaf);
          chain = HEX.parseHex(n.get("chain").asText());
        }
      }
    }
    lastHead = v.lastHead();
    sinceCommit = (int) (leaves.size() - (lastHead == null ? 0 : lastHead.size()));
    durableSize = lastHead == null ? 0 : lastHead.size();
    groupStart = leaves.size();
  }

  /**
   * Moves the lines after the last signed tree head (entries a writer appended but never committed)
   * to {@code file.quarantine-TIME}, so that this process never signs what it did not write. The
   * quarantined lines are kept for whoever investigates.
   */
  private void quarantineUnsignedTail() throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int keep = 0; // end of the header or of the last head line
    int lineStart = 0;
    int entriesAfter = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != '\n') {
        continue;
      }
      String line = new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8);
      if (line.startsWith("{\"kind\":\"head\"") || line.startsWith("{\"kind\":\"header\"")) {
        keep = i + 1;
        entriesAfter = 0;
      } else {
        entriesAfter++;
      }
      lineStart = i + 1;
    }
    if (keep >= bytes.length) {
      return;
    }
    Path q =
        file.resolveSibling(
            file.getFileName() + ".quarantine-" + clock.instant().toString().replace(':', '-'));
    Files.write(
        q,
        java.util.Arrays.copyOfRange(bytes, keep, bytes.length),
        StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE,
        StandardOpenOption.SYNC);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(keep);
      ch.force(true);
    }
    quarantined = entriesAfter;
  }

  /**
   * The outcome of {@link #verify}: whether the log is intact and signed by pinned keys, and if
   * not, the first bad entry (or -1 when the problem is not one entry's) and what is wrong.
   *
   * @param outcome verified, intact but signed by no pinned key, or tampered
   * @param entries entries read
   * @param firstBadEntry the first entry that was changed, or -1
   * @param problem what is wrong; null when verified
   * @param signers the pinned keys that signed the log's heads, in the order they first did
   * @param lastHead the last tree head that verified
   */
  public record Verification(
      Outcome outcome,
      long entries,
      long firstBadEntry,
      @Nullable String problem,
      List<String> signers,
      @Nullable TreeHead lastHead) {

    /** What a verification found. */
    public enum Outcome {
      /** Every entry and head checks out, every head signed by a pinned key. */
      VERIFIED,
      /**
       * Every entry and head checks out under the key the log names, but that key is not pinned:
       * anyone can make such a log. Not evidence.
       */
      ISSUER_NOT_VERIFIED,
      /** Something was changed, removed, added or never signed. */
      TAMPERED
    }

    public Verification {
      requireNonNull(outcome, "outcome");
      signers = List.copyOf(signers);
    }

    /** Whether the log is evidence: intact and signed by pinned keys only. */
    public boolean intact() {
      return outcome == Outcome.VERIFIED;
    }

    static Verification tampered(String problem) {
      return new Verification(Outcome.TAMPERED, 0, -1, problem, List.of(), null);
    }
  }

  /**
   * The events of the entries in {@code file}, in order. Reads only: call {@link #verify} first to
   * know they are what was signed.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if an entry's event is malformed
   */
  public static List<AuditEvent> events(Path file) {
    List<AuditEvent> out = new java.util.ArrayList<>();
    try (java.io.BufferedReader r =
        Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n;
        try {
          n = MAPPER.readTree(line);
        } catch (IOException e) {
          continue; // verification reports malformed lines
        }
        if (n != null && "entry".equals(n.path("kind").asText())) {
          out.add(EventJson.read(n.get("event")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read audit log " + file, e);
    }
    return out;
  }

  /**
   * The events {@code file} holds under its last tree head signed by one of the {@code pinned}
   * keys, checked as a writer reopening the log checks it (every entry and head, the last head's
   * signature, which covers the rest through the chain and the Merkle root); empty if the log fails
   * that check, so an edited log proves nothing.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<AuditEvent> signedEvents(Path file, PinnedKeys pinned) {
    Verification v = verify(file, pinned, null, true);
    TreeHead head = v.lastHead();
    if (!v.intact() || head == null) {
      return List.of();
    }
    List<AuditEvent> all = events(file);
    return List.copyOf(all.subList(0, (int) Math.min(all.size(), head.size())));
  }

  /**
   * Checks {@code file} offline: every entry's index, hash chain and event, every tree head's root,
   * chain and signature, each head by one of the {@code pinned} keys (the key the log names is only
   * a hint); and, when {@code trusted} (a head saved earlier, signed by a pinned key) is given,
   * that the log still holds exactly what it covered.
   */
  public static Verification verify(Path file, PinnedKeys pinned, @Nullable TreeHead trusted) {
    return verify(file, pinned, trusted, false);
  }

  /**
   * As {@link #verify(Path, PinnedKeys, TreeHead)}; with {@code lastSignatureOnly}, every head is
   * checked against the entries it covers but only the last one's signature is verified: what the
   * writer needs when it reopens its own log (that head's signature covers every entry through the
   * chain and the Merkle root), in time that does not grow with the number of heads a durable log
   * accumulates, one per group commit.
   */
  private static Verification verify(
      Path file, PinnedKeys pinned, @Nullable TreeHead trusted, boolean lastSignatureOnly) {
    requireNonNull(pinned, "pinned");
    LogChecker check = null;
    long lineNo = 0;
    try (LineReader r = new LineReader(file)) {
      for (String line = r.next();
          line != null && (check == null || !check.failed());
          line = r.next()) {
        lineNo++;
        JsonNode n;
        try {
          n = MAPPER.readTree(line);
        } catch (IOException e) {
          n = null;
        }
        if (lineNo == 1) {
          if (n == null
              || !"header".equals(n.path("kind").asText())
              || !FORMAT.equals(n.path("format").asText())) {
            return Verification.tampered("line 1 is not a " + FORMAT + " header");
          }
          String key = n.path("publicKey").asText();
          if (!line.equals(headerLine(key))) {
            return Verification.tampered("line 1 is not a " + FORMAT + " header");
          }
          check = new LogChecker(key, pinned, lastSignatureOnly);
          continue;
        }
        LogChecker c = requireNonNull(check); // line 1 made it, or verify returned
        String kind = n == null ? "" : n.path("kind").asText();
        if (n == null) {
          c.malformed("line " + lineNo + " is not a log line");
        } else if (kind.equals("entry")) {
          byte[] event;
          try {
            event = EventJson.write(EventJson.read(n.get("event")));
          } catch (RuntimeException e) {
            c.malformed("entry at line " + lineNo + " is malformed");
            break;
          }
          long index = n.path("index").asLong(-1);
          if (!line.equals(entryLine(index, event, n.path("chain").asText()))) {
            c.malformed("entry at line " + lineNo + " is not in canonical form (modified)");
            break;
          }
          c.entry(index, event, n.path("chain").asText());
        } else if (kind.equals("head")) {
          try {
            TreeHead h =
                new TreeHead(
                    n.path("size").asLong(),
                    n.path("root").asText(),
                    n.path("chain").asText(),
                    Instant.parse(n.path("time").asText()),
                    c.key(),
                    n.path("signature").asText());
            if (!line.equals(headLine(h))) {
              c.malformed("tree head at line " + lineNo + " is not in canonical form (modified)");
            } else {
              c.head(h, "at line " + lineNo);
            }
          } catch (RuntimeException e) {
            c.malformed("tree head at line " + lineNo + " is malformed");
          }
        } else {
          c.malformed("line " + lineNo + " is not a log line");
        }
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      if (check == null) {
        return Verification.tampered("line 1 is not valid UTF-8");
      }
      check.malformed("line " + (lineNo + 1) + " is not valid UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read audit log " + file, e);
    }
    if (check == null) {
      return Verification.tampered("the log is empty");
    }
    if (partialLastLine(file)) {
      check.malformed("the log ends with an incomplete line");
    }
    check.trusted(trusted);
    return check.result();
  }

  /**
   * Ed25519 verification, as every tree head is checked (tested with Wycheproof's vectors). Bouncy
   * Castle's RFC 8032 code, which is several times faster than the JDK 17 provider: a durable log
   * has one signed head per group commit, and an auditor verifies every one.
   */
  static boolean verifySignature(PublicKey key, byte[] message, byte[] signature) {
    byte[] x509 = key.getEncoded();
    if (signature.length != Ed25519.SIGNATURE_SIZE
        || x509 == null
        || x509.length != X509_PREFIX + Ed25519.PUBLIC_KEY_SIZE) {
      return false;
    }
    try {
      return Ed25519.verify(signature, 0, x509, X509_PREFIX, message, 0, message.length);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Bytes before the raw key in an Ed25519 X.509 SubjectPublicKeyInfo. */
  private static final int X509_PREFIX = 12;

  /** Lines split on '\\n' only, decoded as strict UTF-8. */
  private static final class LineReader implements AutoCloseable {
    private final java.io.InputStream in;
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(512);

    LineReader(Path file) throws IOException {
      in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    @Nullable String next() throws IOException {
      line.reset();
      for (int b = in.read(); b >= 0; b = in.read()) {
        if (b == '\n') {
          return decode();
        }
        line.write(b);
      }
      return line.size() == 0 ? null : decode();
    }

    private String decode() throws java.nio.charset.CharacterCodingException {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(line.toByteArray()))
          .toString();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private static boolean partialLastLine(Path file) {
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "r")) {
      if (f.length() == 0) {
        return false;
      }
      f.seek(f.length() - 1);
      return f.read() != '\n';
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read audit log " + file, e);
    }
  }

  /**
   * Decodes base64 that is in its one canonical form. The plain decoder ignores the unused low bits
   * of the last character, so several spellings of one signature would verify, and a changed byte
   * in the log would go unnoticed.
   *
   * @throws IllegalArgumentException if {@code base64} is not canonical
   */
  static byte[] strictBase64(String base64) {
    byte[] bytes = Base64.getDecoder().decode(base64);
    if (!Base64.getEncoder().encodeToString(bytes).equals(base64)) {
      throw new IllegalArgumentException("base64 not in canonical form");
    }
    return bytes;
  }

  static @Nullable PublicKey publicKey(String base64) {
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePublic(new X509EncodedKeySpec(strictBase64(base64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return null;
    }
  }

  private static void restrict(Path p) {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system
    }
  }
}
