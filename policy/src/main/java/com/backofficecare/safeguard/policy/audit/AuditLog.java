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
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The file-backed audit trail: an append-only Merkle-tree log of {@link AuditEvent}s as JSON lines.
 *
 * <p>Each entry records its index and a hash chain over every leaf so far; at every commit (each
 * {@code groupSize} events, or on {@link #commit()}) a tree head line signs the size, the RFC 9162
 * Merkle root and the chain with the log's Ed25519 key, then the file is synced. So
 * {@link #verify} names the first entry that was modified, deleted, inserted or reordered, and,
 * given a tree head saved earlier, also catches truncation and wholesale rewriting. Events stay
 * in the file for as long as the operator keeps it (six years at least, HIPAA 164.316).
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
  private final PrivateKey signingKey;
  private final String publicKey;
  private final Clock clock;
  private final int groupSize;
  private final List<byte[]> leaves = new ArrayList<>();
  private final MerkleTree.Frontier frontier = new MerkleTree.Frontier();
  private byte[] chain = new byte[32];
  private int sinceCommit;
  private @Nullable TreeHead lastHead;

  private AuditLog(Path file, KeyPair keys, Clock clock, int groupSize) throws IOException {
    this.file = file;
    this.signingKey = keys.getPrivate();
    this.publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    this.clock = clock;
    this.groupSize = groupSize;
    boolean fresh = !Files.exists(file) || Files.size(file) == 0;
    if (!fresh) {
      restore();
    }
    // A stream, not a FileChannel: an interrupted appending thread must not close the log for all.
    this.file0 = new java.io.FileOutputStream(file.toFile(), true);
    restrict(file);
    this.out = new java.io.BufferedOutputStream(file0, 1 << 16);
    if (fresh) {
      line(headerLine(publicKey));
      out.flush();
      file0.getFD().sync();
    }
  }

  /**
   * Opens the log in {@code file} for appending, creating it (and its signing key in
   * {@code file.key}, owner-only) if missing. An existing log is verified first.
   *
   * @throws IllegalStateException if the existing log fails verification
   */
  public static AuditLog open(Path file) {
    return open(file, Clock.systemUTC(), 1000);
  }

  /** As {@link #open(Path)}, with a clock for tree heads and the group-commit size. */
  public static AuditLog open(Path file, Clock clock, int groupSize) {
    requireNonNull(file, "file");
    if (groupSize < 1) {
      throw new IllegalArgumentException("group size must be at least 1");
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return new AuditLog(file, keys(file.resolveSibling(file.getFileName() + ".key")), clock, groupSize);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open audit log " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot load the audit signing key of " + file, e);
    }
  }

  /** Appends every decision, isolation and release of {@code guard} to this log from now on. */
  public void attach(com.backofficecare.safeguard.policy.access.AccessGuard guard) {
    guard.onDecision(d -> append(AuditEvent.of(d)));
    guard.onIsolation(i -> append(AuditEvent.of(i)));
  }

  @Override
  public synchronized void append(AuditEvent event) {
    byte[] e = EventJson.write(requireNonNull(event, "event").scrubbed());
    byte[] leaf = MerkleTree.leafHash(e);
    MessageDigest d = MerkleTree.sha256();
    d.update(chain);
    chain = d.digest(leaf);
    leaves.add(leaf);
    frontier.append(leaf);
    try {
      line(entryLine(leaves.size() - 1, e, HEX.formatHex(chain)));
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot append to audit log " + file, ex);
    }
    if (++sinceCommit >= groupSize) {
      commit();
    }
  }

  @Override
  public synchronized void commit() {
    if (sinceCommit == 0 && lastHead != null) {
      return;
    }
    TreeHead head = sign(frontier.size(), HEX.formatHex(frontier.root()), HEX.formatHex(chain),
        clock.instant());
    try {
      line(headLine(head));
      out.flush();
      file0.getFD().sync();
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot commit audit log " + file, ex);
    }
    lastHead = head;
    sinceCommit = 0;
  }

  /** Commits, and returns the signed head of the log as it is now. */
  public synchronized TreeHead head() {
    commit();
    return requireNonNull(lastHead);
  }

  /** The log's Ed25519 public key (base64 X.509): the identity its heads and certificates carry. */
  public String publicKey() {
    return publicKey;
  }

  /** A detached Ed25519 signature (base64) over {@code data} with the log's key. */
  public String sign(byte[] data) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(signingKey);
      s.update(data);
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign", e);
    }
  }

  /** Whether {@code signature} (base64) is a valid Ed25519 signature of {@code data} by {@code publicKey}. */
  public static boolean verifyDetached(String publicKey, byte[] data, String signature) {
    PublicKey key = publicKey(publicKey);
    try {
      return key != null && verifySignature(key, data, strictBase64(signature));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Number of entries. */
  public synchronized long size() {
    return leaves.size();
  }

  /** The inclusion proof of entry {@code index} in the tree of the first {@code size} entries. */
  public synchronized List<byte[]> inclusionProof(int index, int size) {
    return MerkleTree.inclusionProof(leaves, index, size);
  }

  /** The consistency proof between the trees of sizes {@code oldSize} and {@code newSize}. */
  public synchronized List<byte[]> consistencyProof(int oldSize, int newSize) {
    return MerkleTree.consistencyProof(leaves, oldSize, newSize);
  }

  /** The leaf hash of entry {@code index}. */
  public synchronized byte[] leaf(int index) {
    return leaves.get(index).clone();
  }

  @Override
  public synchronized void close() {
    commit();
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close audit log " + file, e);
    }
  }

  @Override
  public String toString() {
    return "AuditLog[" + file + "]";
  }

  /** The one way each kind of line is written: verification demands exactly these bytes. */
  static String headerLine(String publicKey) {
    return "{\"kind\":\"header\",\"format\":\"" + FORMAT + "\",\"publicKey\":\"" + publicKey + "\"}";
  }

  static String entryLine(long index, byte[] event, String chainHex) {
    return "{\"kind\":\"entry\",\"index\":" + index + ",\"event\":"
        + new String(event, StandardCharsets.UTF_8) + ",\"chain\":\"" + chainHex + "\"}";
  }

  static String headLine(TreeHead h) {
    return "{\"kind\":\"head\",\"size\":" + h.size() + ",\"root\":\"" + h.root() + "\",\"chain\":\""
        + h.chain() + "\",\"time\":\"" + h.time() + "\",\"signature\":\"" + h.signature() + "\"}";
  }

  private void line(String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.UTF_8));
    out.write('\n');
  }

  private TreeHead sign(long size, String root, String chainHex, Instant time) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(signingKey);
      s.update(TreeHead.signedBytes(size, root, chainHex, time));
      return new TreeHead(size, root, chainHex, time, publicKey,
          Base64.getEncoder().encodeToString(s.sign()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign the tree head", e);
    }
  }

  /** Rebuilds the in-memory state from an existing, verified file. */
  private void restore() throws IOException {
    dropPartialLastLine();
    Verification v = verify(file, null);
    if (!v.intact()) {
      throw new IllegalStateException("audit log " + file + " fails verification: " + v.problem());
    }
    if (!publicKey.equals(v.publicKey())) {
      throw new IllegalStateException("audit log " + file + " was signed with another key");
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
  }

  /** A crash mid-append can leave half a line: it was never committed, so it is dropped. */
  private void dropPartialLastLine() throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = ch.size();
      long end = size;
      java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
      while (end > 0) {
        one.clear();
        ch.read(one, end - 1);
        if (one.get(0) == '\n') {
          break;
        }
        end--;
      }
      if (end < size) {
        ch.truncate(end);
        ch.force(true);
      }
    }
  }

  /**
   * The outcome of {@link #verify}: intact or not, and if not, the first bad entry (or -1 when the
   * problem is not one entry's) and what is wrong.
   */
  public record Verification(boolean intact, long entries, long firstBadEntry,
      @Nullable String problem, @Nullable String publicKey, @Nullable TreeHead lastHead) {}

  /**
   * The events of the entries in {@code file}, in order. Reads only: call {@link #verify} first
   * to know they are what was signed.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if an entry's event is malformed
   */
  public static List<AuditEvent> events(Path file) {
    List<AuditEvent> out = new java.util.ArrayList<>();
    try (java.io.BufferedReader r = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
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
   * Checks {@code file} offline: every entry's index, hash chain and event, every tree head's
   * root, chain and signature; and, when {@code trusted} (a head saved earlier) is given, that
   * the log still holds exactly what it covered, under the same key.
   */
  public static Verification verify(Path file, @Nullable TreeHead trusted) {
    LogChecker check = null;
    long lineNo = 0;
    try (LineReader r = new LineReader(file)) {
      for (String line = r.next(); line != null && (check == null || !check.failed());
          line = r.next()) {
        lineNo++;
        JsonNode n;
        try {
          n = MAPPER.readTree(line);
        } catch (IOException e) {
          n = null;
        }
        if (lineNo == 1) {
          if (n == null || !"header".equals(n.path("kind").asText())
              || !FORMAT.equals(n.path("format").asText())) {
            return new Verification(false, 0, -1, "line 1 is not a " + FORMAT + " header", null, null);
          }
          String key = n.path("publicKey").asText();
          if (!line.equals(headerLine(key))) {
            return new Verification(false, 0, -1, "line 1 is not a " + FORMAT + " header", null, null);
          }
          check = new LogChecker(key, publicKey(key));
          continue;
        }
        String kind = n == null ? "" : n.path("kind").asText();
        if (kind.equals("entry")) {
          byte[] event;
          try {
            event = EventJson.write(EventJson.read(n.get("event")));
          } catch (RuntimeException e) {
            check.malformed("entry at line " + lineNo + " is malformed");
            break;
          }
          long index = n.path("index").asLong(-1);
          if (!line.equals(entryLine(index, event, n.path("chain").asText()))) {
            check.malformed("entry at line " + lineNo + " is not in canonical form (modified)");
            break;
          }
          check.entry(index, event, n.path("chain").asText());
        } else if (kind.equals("head")) {
          try {
            TreeHead h = new TreeHead(n.path("size").asLong(), n.path("root").asText(),
                n.path("chain").asText(), Instant.parse(n.path("time").asText()),
                check.key(), n.path("signature").asText());
            if (!line.equals(headLine(h))) {
              check.malformed("tree head at line " + lineNo + " is not in canonical form (modified)");
            } else {
              check.head(h, "at line " + lineNo);
            }
          } catch (RuntimeException e) {
            check.malformed("tree head at line " + lineNo + " is malformed");
          }
        } else {
          check.malformed("line " + lineNo + " is not a log line");
        }
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      if (check == null) {
        return new Verification(false, 0, -1, "line 1 is not valid UTF-8", null, null);
      }
      check.malformed("line " + (lineNo + 1) + " is not valid UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read audit log " + file, e);
    }
    if (check == null) {
      return new Verification(false, 0, -1, "the log is empty", null, null);
    }
    if (partialLastLine(file)) {
      check.malformed("the log ends with an incomplete line");
    }
    check.trusted(trusted);
    return check.result();
  }

  /** Ed25519 verification, as every tree head is checked (tested with Wycheproof's vectors). */
  static boolean verifySignature(PublicKey key, byte[] message, byte[] signature) {
    if (signature.length != 64) {
      return false; // the JDK accepts trailing bytes after a valid signature (Wycheproof tcId 37)
    }
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(key);
      s.update(message);
      return s.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

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
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(line.toByteArray())).toString();
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
   * Decodes base64 that is in its one canonical form. The plain decoder ignores the unused low
   * bits of the last character, so several spellings of one signature would verify, and a changed
   * byte in the log would go unnoticed.
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

  static KeyPair keys(Path keyFile) throws IOException, GeneralSecurityException {
    KeyFactory kf = KeyFactory.getInstance("Ed25519");
    if (Files.exists(keyFile)) {
      String[] parts = Files.readString(keyFile, StandardCharsets.US_ASCII).trim().split("\n");
      PrivateKey priv = kf.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(parts[0])));
      PublicKey pub = kf.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(parts[1])));
      return new KeyPair(pub, priv);
    }
    KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Path temp = Files.createTempFile(keyFile.toAbsolutePath().getParent(), ".audit-key", ".tmp");
    restrict(temp);
    Files.writeString(temp, Base64.getEncoder().encodeToString(kp.getPrivate().getEncoded()) + "\n"
        + Base64.getEncoder().encodeToString(kp.getPublic().getEncoded()) + "\n", StandardCharsets.US_ASCII);
    try {
      Files.createLink(keyFile, temp); // atomic, and unlike rename it never replaces a key
    } catch (java.nio.file.FileAlreadyExistsException e) {
      return keys(keyFile); // another process created it first: use theirs
    } finally {
      Files.delete(temp);
    }
    return kp;
  }

  private static void restrict(Path p) {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system
    }
  }
}
