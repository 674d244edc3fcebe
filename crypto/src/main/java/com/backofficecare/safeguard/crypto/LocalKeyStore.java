package com.backofficecare.safeguard.crypto;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.crypto.internal.Gcm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import javax.crypto.AEADBadTagException;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded {@link KeyManager}: per-agency key-encryption keys in one file, encrypted with
 * AES-256-GCM under a key derived from a passphrase by Argon2id (memory-hard, RFC 9106).
 *
 * <p>Several processes may share the file: every change is made under an exclusive file lock, on
 * the latest contents. Each write goes to a temporary file that is synced and renamed over the old
 * one, after the old one has been overwritten with zeros; so destroying an agency's keys leaves no
 * copy in this file. Copies elsewhere (backups of the file, SSD remapping) are still protected by
 * the passphrase; where that is not enough, keep KEKs in an HSM ({@link Pkcs11KeyManager}).
 */
public final class LocalKeyStore implements KeyManager {

  /** Operational events: ids and counts, never PHI or key bytes. */
  private static final Logger LOG = LoggerFactory.getLogger(LocalKeyStore.class);

  private static final byte[] MAGIC = {'S', 'G', 'K', 'S'};
  private static final byte VERSION = 1;
  private static final int HEADER = 4 + 1 + 12 + 16 + Gcm.NONCE_LENGTH;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Map<Path, ReentrantLock> LOCAL_LOCKS = new ConcurrentHashMap<>();

  private final Path file;
  private final Path temp;
  private final Clock clock;
  private final Argon2 kdf;
  private final byte[] salt;
  private final byte[] fileKey;
  private Map<String, AgencyKeys> agencies; // guarded by this

  /** The file's identity, time and size when this process last read or wrote it. */
  private @Nullable List<Object> stamp; // guarded by this

  private record Argon2(int memoryKiB, int iterations, int parallelism) {}

  /**
   * The most Argon2id cost a key store may ask for. The header is only authenticated after the key
   * is derived, so whoever can write the file chooses the cost: bounded here (and by half the heap)
   * so that a doctored header cannot exhaust memory or hold a CPU for hours.
   */
  static final int MAX_MEMORY_KIB = 1024 * 1024;

  static final int MAX_ITERATIONS = 10;

  private static final class AgencyKeys {
    final List<Kek> keks = new ArrayList<>();
    boolean destroyed;
    @Nullable Instant destroyedAt;
  }

  @SuppressWarnings("ArrayRecordComponent") // never compared or hashed
  private record Kek(String id, byte[] key, Instant created) {}

  private LocalKeyStore(
      Path file,
      Clock clock,
      Argon2 kdf,
      byte[] salt,
      byte[] fileKey,
      Map<String, AgencyKeys> agencies) {
    this.file = file;
    this.temp = file.resolveSibling(file.getFileName() + ".tmp");
    this.clock = clock;
    this.kdf = kdf;
    this.salt = salt;
    this.fileKey = fileKey;
    this.agencies = agencies;
  }

  /** Starts opening or creating the key store in {@code file}. */
  public static Builder builder(Path file) {
    return new Builder(requireNonNull(file, "file"));
  }

  /** Configures and opens a {@link LocalKeyStore}. */
  public static final class Builder {
    private final Path file;
    private char @Nullable [] passphrase;
    private int memoryKiB = 64 * 1024;
    private int iterations = 3;
    private Clock clock = Clock.systemUTC();

    private Builder(Path file) {
      this.file = file;
    }

    /** The passphrase; copied, and the copy zeroed once the file key is derived. */
    public Builder passphrase(char[] passphrase) {
      requireNonNull(passphrase, "passphrase");
      if (passphrase.length < 8) {
        throw new IllegalArgumentException("passphrase must have at least 8 characters");
      }
      this.passphrase = passphrase.clone();
      return this;
    }

    /**
     * Argon2id cost for a new file (an existing file keeps its own): memory in KiB (at least 8192)
     * and passes (at least 1). Defaults: 64 MiB, 3 passes.
     */
    public Builder argon2(int memoryKiB, int iterations) {
      if (memoryKiB < 8192
          || iterations < 1
          || memoryKiB > MAX_MEMORY_KIB
          || iterations > MAX_ITERATIONS) {
        throw new IllegalArgumentException(
            "Argon2 takes 8 MiB to 1 GiB and 1 to " + MAX_ITERATIONS + " passes");
      }
      this.memoryKiB = memoryKiB;
      this.iterations = iterations;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Opens the file, or creates an empty key store there.
     *
     * @throws KeyUnavailableException if the passphrase is wrong or the file is damaged
     */
    public LocalKeyStore open() {
      char[] pass = passphrase;
      if (pass == null) {
        throw new IllegalStateException("passphrase is required");
      }
      try (Held lock = lock(file)) {
        Path existing =
            Files.exists(file) ? file : Files.exists(tempOf(file)) ? tempOf(file) : null;
        if (existing == null) {
          byte[] salt = new byte[16];
          RANDOM.nextBytes(salt);
          Argon2 kdf = new Argon2(memoryKiB, iterations, 1);
          LocalKeyStore ks =
              new LocalKeyStore(
                  file, clock, kdf, salt, derive(pass, kdf, salt), new LinkedHashMap<>());
          ks.save();
          return ks;
        }
        return load(file, existing, pass, clock);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open key store " + file, e);
      } finally {
        Arrays.fill(pass, '\0');
        passphrase = null;
      }
    }
  }

  /**
   * Reads the store under the lock. A file this version could not have left (zeroed, or missing
   * with a whole temporary beside it: an older version's crash mid-save) is completed from the
   * temporary, which is then renamed into place so that later changes find it.
   */
  private static LocalKeyStore load(Path file, Path source, char[] pass, Clock clock)
      throws IOException {
    LocalKeyStore ks;
    Path temp = tempOf(file);
    try {
      ks = decode(file, Files.readAllBytes(source), pass, clock);
    } catch (KeyUnavailableException e) {
      if (source.equals(temp) || !Files.exists(temp)) {
        throw e;
      }
      ks = decode(file, Files.readAllBytes(temp), pass, clock);
      source = temp;
    }
    if (source.equals(temp)) {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      syncDirectory(requireNonNull(file.toAbsolutePath().getParent()));
    }
    synchronized (ks) {
      ks.stamp = stampOf(file);
    }
    return ks;
  }

  /** The file's identity (a rename replaces it), modification time and size; null if absent. */
  private static @Nullable List<Object> stampOf(Path file) throws IOException {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      Object key = a.fileKey();
      return List.of(key == null ? "" : key, a.lastModifiedTime(), a.size());
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /**
   * Re-reads the store if another process changed it since this one last did (one file stat): a key
   * another process destroyed is never used here afterwards.
   */
  private synchronized void refresh() {
    try {
      if (!Objects.equals(stamp, stampOf(file))) {
        reload();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read key store " + file, e);
    }
  }

  private static LocalKeyStore decode(Path file, byte[] bytes, char[] pass, Clock clock) {
    if (bytes.length < HEADER + Gcm.TAG_LENGTH
        || !Arrays.equals(Arrays.copyOf(bytes, 4), MAGIC)
        || bytes[4] != VERSION) {
      throw new KeyUnavailableException("key store " + file + " is not a Safeguard key store");
    }
    ByteBuffer b = ByteBuffer.wrap(bytes, 5, HEADER - 5);
    Argon2 kdf = new Argon2(b.getInt(), b.getInt(), b.getInt());
    if (kdf.memoryKiB < 8192
        || kdf.memoryKiB > MAX_MEMORY_KIB
        || kdf.iterations < 1
        || kdf.iterations > MAX_ITERATIONS
        || kdf.parallelism != 1) {
      throw new KeyUnavailableException("key store " + file + " has impossible KDF parameters");
    }
    if (kdf.memoryKiB * 1024L > Runtime.getRuntime().maxMemory() / 2) {
      throw new KeyUnavailableException(
          "key store " + file + " asks for more KDF memory than" + " half this JVM's heap");
    }
    byte[] salt = new byte[16];
    b.get(salt);
    byte[] nonce = new byte[Gcm.NONCE_LENGTH];
    b.get(nonce);
    byte[] fileKey = derive(pass, kdf, salt);
    Gcm gcm = new Gcm(fileKey);
    byte[] plain = new byte[bytes.length - HEADER - Gcm.TAG_LENGTH];
    try {
      gcm.decrypt(
          nonce, Arrays.copyOf(bytes, HEADER), bytes, HEADER, bytes.length - HEADER, plain, 0);
      return new LocalKeyStore(file, clock, kdf, salt, fileKey, parse(plain));
    } catch (AEADBadTagException e) {
      Arrays.fill(fileKey, (byte) 0);
      throw new KeyUnavailableException(
          "key store " + file + " cannot be opened: wrong passphrase, or the file was modified");
    } finally {
      gcm.destroy();
      Arrays.fill(plain, (byte) 0);
    }
  }

  @SuppressWarnings("ByteBufferBackingArray") // zeroes the whole buffer the secret was encoded in
  private static byte[] derive(char[] pass, Argon2 kdf, byte[] salt) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(pass));
    byte[] passBytes = new byte[encoded.remaining()];
    encoded.get(passBytes);
    if (encoded.hasArray()) {
      Arrays.fill(encoded.array(), (byte) 0);
    }
    Argon2BytesGenerator g = new Argon2BytesGenerator();
    g.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(kdf.memoryKiB)
            .withIterations(kdf.iterations)
            .withParallelism(kdf.parallelism)
            .withSalt(salt)
            .build());
    byte[] key = new byte[32];
    g.generateBytes(passBytes, key);
    Arrays.fill(passBytes, (byte) 0);
    return key;
  }

  // Table: one line per KEK "agency\tkekId\tcreatedEpochSecond\tbase64", and per destroyed agency
  // "agency\t-\tdestroyedEpochSecond\t-".
  private static Map<String, AgencyKeys> parse(byte[] plain) {
    Map<String, AgencyKeys> out = new LinkedHashMap<>();
    String text = new String(plain, StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new KeyUnavailableException("key store table is malformed");
      }
      AgencyKeys a = out.computeIfAbsent(f[0], k -> new AgencyKeys());
      if (f[1].equals("-")) {
        a.destroyed = true;
        a.destroyedAt = Instant.ofEpochSecond(Long.parseLong(f[2]));
      } else {
        a.keks.add(
            new Kek(
                f[1],
                Base64.getDecoder().decode(f[3]),
                Instant.ofEpochSecond(Long.parseLong(f[2]))));
      }
    }
    return out;
  }

  private byte[] serialize() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, AgencyKeys> e : agencies.entrySet()) {
      AgencyKeys a = e.getValue();
      if (a.destroyed) {
        sb.append(e.getKey())
            .append("\t-\t")
            .append(requireNonNull(a.destroyedAt).getEpochSecond())
            .append("\t-\n");
        continue;
      }
      for (Kek k : a.keks) {
        sb.append(e.getKey())
            .append('\t')
            .append(k.id)
            .append('\t')
            .append(k.created.getEpochSecond())
            .append('\t')
            .append(Base64.getEncoder().encodeToString(k.key))
            .append('\n');
      }
    }
    byte[] plain = sb.toString().getBytes(StandardCharsets.UTF_8);
    sb.setLength(0);
    return plain;
  }

  private void save() throws IOException {
    byte[] plain = serialize();
    byte[] nonce = new byte[Gcm.NONCE_LENGTH];
    RANDOM.nextBytes(nonce);
    ByteBuffer out = ByteBuffer.allocate(HEADER + plain.length + Gcm.TAG_LENGTH);
    out.put(MAGIC)
        .put(VERSION)
        .putInt(kdf.memoryKiB)
        .putInt(kdf.iterations)
        .putInt(kdf.parallelism)
        .put(salt)
        .put(nonce);
    byte[] bytes = out.array();
    Gcm gcm = new Gcm(fileKey);
    try {
      gcm.encrypt(nonce, Arrays.copyOf(bytes, HEADER), plain, 0, plain.length, bytes, HEADER);
    } finally {
      gcm.destroy();
      Arrays.fill(plain, (byte) 0);
    }
    try (FileChannel ch =
        FileChannel.open(
            temp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      restrict(temp, "rw-------");
      ch.write(ByteBuffer.wrap(bytes));
      ch.force(true);
    }
    // The old version may hold keys destroyed since: it is zeroed through a handle kept open
    // across the rename, after the new one is in place, so a crash at any point leaves the old
    // store or the new one whole under the file's name, never a zeroed file.
    try (FileChannel old =
        Files.exists(file)
            ? FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)
            : null) {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      syncDirectory(requireNonNull(file.toAbsolutePath().getParent()));
      if (old != null) {
        overwriteWithZeros(old);
      }
    }
    stamp = stampOf(file);
  }

  /** Applies {@code change} to the latest table under the file lock, and saves. */
  private synchronized <T> T mutate(Function<Map<String, AgencyKeys>, T> change) {
    try (Held lock = lock(file)) {
      reloadLocked();
      T result = change.apply(agencies);
      save();
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update key store " + file, e);
    }
  }

  private void reloadLocked() throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return;
    }
    byte[] nonce = Arrays.copyOfRange(bytes, HEADER - Gcm.NONCE_LENGTH, HEADER);
    byte[] plain = new byte[Math.max(0, bytes.length - HEADER - Gcm.TAG_LENGTH)];
    Gcm gcm = new Gcm(fileKey);
    try {
      gcm.decrypt(
          nonce, Arrays.copyOf(bytes, HEADER), bytes, HEADER, bytes.length - HEADER, plain, 0);
      Map<String, AgencyKeys> fresh = parse(plain);
      zero(agencies);
      agencies = fresh;
      stamp = stampOf(file);
    } catch (AEADBadTagException e) {
      throw new KeyUnavailableException("key store " + file + " was modified by someone else");
    } finally {
      gcm.destroy();
      Arrays.fill(plain, (byte) 0);
    }
  }

  private synchronized void reload() {
    try (Held lock = lock(file)) {
      reloadLocked();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read key store " + file, e);
    }
  }

  @Override
  public WrappedKey wrap(AgencyId agency, SymmetricKey dataKey) {
    requireNonNull(agency, "agency");
    refresh();
    Kek kek = current(agency);
    if (kek == null) {
      mutate(
          t -> {
            AgencyKeys a = t.computeIfAbsent(agency.value(), k -> new AgencyKeys());
            if (!a.destroyed && a.keks.isEmpty()) {
              a.keks.add(newKek(agency, 1));
            }
            return null;
          });
      kek = current(agency);
      if (kek == null) {
        throw new KeyUnavailableException("keys of agency " + agency + " were destroyed");
      }
    }
    byte[] out =
        seal(
            kek.key,
            KeyWrapping.associatedData(agency, kek.id, dataKey.id()),
            dataKey.material(),
            SymmetricKey.LENGTH);
    return new WrappedKey(kek.id, dataKey.idBytes(), out);
  }

  @Override
  public SymmetricKey unwrap(AgencyId agency, WrappedKey wrapped) {
    requireNonNull(agency, "agency");
    requireNonNull(wrapped, "wrapped");
    if (!KeyWrapping.belongsTo(wrapped.kekId(), agency)) {
      throw new KeyUnavailableException(
          "key " + wrapped.kekId() + " is not agency " + agency + "'s");
    }
    refresh(); // another process may have created or destroyed it
    Kek kek = find(agency, wrapped.kekId());
    if (kek == null) {
      throw new KeyUnavailableException(
          isDestroyed(agency)
              ? "keys of agency " + agency + " were destroyed (crypto-erased)"
              : "unknown key-encryption key " + wrapped.kekId());
    }
    byte[] body = wrapped.ciphertext();
    if (body.length != Gcm.NONCE_LENGTH + SymmetricKey.LENGTH + Gcm.TAG_LENGTH) {
      throw new KeyUnavailableException("wrapped key " + wrapped.dataKeyId() + " is malformed");
    }
    byte[] material =
        open(kek.key, KeyWrapping.associatedData(agency, kek.id, wrapped.dataKeyId()), body);
    if (material == null) {
      throw new KeyUnavailableException(
          "wrapped key " + wrapped.dataKeyId() + " is not authentic for agency " + agency);
    }
    return SymmetricKey.adopt(material, wrapped.dataKeyIdBytes());
  }

  @Override
  public String rotate(AgencyId agency) {
    return mutate(
        t -> {
          AgencyKeys a = t.computeIfAbsent(agency.value(), k -> new AgencyKeys());
          if (a.destroyed) {
            throw new KeyUnavailableException("keys of agency " + agency + " were destroyed");
          }
          Kek k = newKek(agency, a.keks.size() + 1);
          a.keks.add(k);
          return k.id;
        });
  }

  @Override
  public void destroyAgencyKeys(AgencyId agency) {
    mutate(
        t -> {
          AgencyKeys a = t.computeIfAbsent(agency.value(), k -> new AgencyKeys());
          for (Kek k : a.keks) {
            Arrays.fill(k.key, (byte) 0);
          }
          a.keks.clear();
          if (!a.destroyed) {
            a.destroyed = true;
            a.destroyedAt = clock.instant();
          }
          return null;
        });
    LOG.warn("keys of agency {} destroyed: its objects can no longer be decrypted", agency.value());
  }

  @Override
  public synchronized boolean isDestroyed(AgencyId agency) {
    refresh();
    AgencyKeys a = agencies.get(agency.value());
    return a != null && a.destroyed;
  }

  @Override
  public byte[] sealOperatorSecret(String context, byte[] secret) {
    requireNonNull(context, "context");
    requireNonNull(secret, "secret");
    refresh();
    Kek kek = operatorKek();
    if (kek == null) {
      mutate(
          t -> {
            AgencyKeys a = t.computeIfAbsent(KeyWrapping.OPERATOR, k -> new AgencyKeys());
            if (a.keks.isEmpty()) {
              a.keks.add(newKek(KeyWrapping.OPERATOR_KEK));
            }
            return null;
          });
      kek = requireNonNull(operatorKek(), "operator KEK");
    }
    return seal(kek.key, KeyWrapping.operatorAssociatedData(context), secret, secret.length);
  }

  @Override
  public byte[] openOperatorSecret(String context, byte[] sealed) {
    requireNonNull(context, "context");
    requireNonNull(sealed, "sealed");
    refresh();
    Kek kek = operatorKek();
    if (kek == null) {
      throw new KeyUnavailableException("key store " + file + " holds no operator key");
    }
    if (sealed.length < Gcm.NONCE_LENGTH + Gcm.TAG_LENGTH) {
      throw new KeyUnavailableException("a sealed operator secret is malformed");
    }
    byte[] plain = open(kek.key, KeyWrapping.operatorAssociatedData(context), sealed);
    if (plain == null) {
      throw new KeyUnavailableException(
          "a sealed operator secret is not authentic for key store " + file);
    }
    return plain;
  }

  /** {@code nonce || AES-256-GCM(key, aad, plain[0, length))}: how a KEK seals what it holds. */
  private static byte[] seal(byte[] key, byte[] aad, byte[] plain, int length) {
    byte[] out = new byte[Gcm.NONCE_LENGTH + length + Gcm.TAG_LENGTH];
    byte[] nonce = new byte[Gcm.NONCE_LENGTH];
    RANDOM.nextBytes(nonce);
    System.arraycopy(nonce, 0, out, 0, nonce.length);
    Gcm gcm = new Gcm(key);
    try {
      gcm.encrypt(nonce, aad, plain, 0, length, out, Gcm.NONCE_LENGTH);
    } finally {
      gcm.destroy();
    }
    return out;
  }

  /** What {@link #seal} sealed under {@code key} and {@code aad}; null when not authentic. */
  private static byte @Nullable [] open(byte[] key, byte[] aad, byte[] sealed) {
    byte[] plain = new byte[sealed.length - Gcm.NONCE_LENGTH - Gcm.TAG_LENGTH];
    Gcm gcm = new Gcm(key);
    try {
      gcm.decrypt(
          Arrays.copyOf(sealed, Gcm.NONCE_LENGTH),
          aad,
          sealed,
          Gcm.NONCE_LENGTH,
          sealed.length - Gcm.NONCE_LENGTH,
          plain,
          0);
      return plain;
    } catch (AEADBadTagException e) {
      Arrays.fill(plain, (byte) 0);
      return null;
    } finally {
      gcm.destroy();
    }
  }

  private synchronized @Nullable Kek operatorKek() {
    AgencyKeys a = agencies.get(KeyWrapping.OPERATOR);
    return a == null || a.keks.isEmpty() ? null : a.keks.get(0);
  }

  /** The ids of {@code agency}'s KEKs, oldest first (none once destroyed). */
  public synchronized List<String> kekIds(AgencyId agency) {
    refresh();
    AgencyKeys a = agencies.get(agency.value());
    return a == null ? List.of() : a.keks.stream().map(Kek::id).toList();
  }

  /** Zeroes the keys held in memory. The file is unchanged. */
  @Override
  public synchronized void close() {
    zero(agencies);
    agencies = new LinkedHashMap<>();
    Arrays.fill(fileKey, (byte) 0);
  }

  @Override
  public String toString() {
    return "LocalKeyStore[" + file + "]";
  }

  private synchronized @Nullable Kek current(AgencyId agency) {
    AgencyKeys a = agencies.get(agency.value());
    return a == null || a.destroyed || a.keks.isEmpty() ? null : a.keks.get(a.keks.size() - 1);
  }

  private synchronized @Nullable Kek find(AgencyId agency, String kekId) {
    AgencyKeys a = agencies.get(agency.value());
    if (a == null) {
      return null;
    }
    for (Kek k : a.keks) {
      if (k.id.equals(kekId)) {
        return k;
      }
    }
    return null;
  }

  private Kek newKek(AgencyId agency, int version) {
    return newKek(agency.value() + "/k" + version);
  }

  private Kek newKek(String id) {
    byte[] key = new byte[SymmetricKey.LENGTH];
    RANDOM.nextBytes(key);
    return new Kek(id, key, clock.instant());
  }

  private static void zero(Map<String, AgencyKeys> table) {
    for (AgencyKeys a : table.values()) {
      for (Kek k : a.keks) {
        Arrays.fill(k.key, (byte) 0);
      }
    }
  }

  private static Path tempOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".tmp");
  }

  /** An exclusive lock on the key store, across threads of this JVM and across processes. */
  private record Held(ReentrantLock local, FileChannel channel, FileLock lock)
      implements AutoCloseable {
    @Override
    public void close() throws IOException {
      try {
        lock.release();
        channel.close();
      } finally {
        local.unlock();
      }
    }
  }

  private static Held lock(Path file) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    if (!Files.isDirectory(requireNonNull(abs.getParent()))) {
      Files.createDirectories(requireNonNull(abs.getParent()));
      restrict(requireNonNull(abs.getParent()), "rwx------");
    }
    ReentrantLock local = LOCAL_LOCKS.computeIfAbsent(abs, k -> new ReentrantLock());
    local.lock();
    FileChannel ch = null;
    try {
      Path lockPath = abs.resolveSibling(abs.getFileName() + ".lock");
      ch = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      restrict(lockPath, "rw-------");
      return new Held(local, ch, ch.lock());
    } catch (IOException | RuntimeException e) {
      if (ch != null) {
        ch.close();
      }
      local.unlock();
      throw e;
    }
  }

  private static void restrict(Path p, String permissions) {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(permissions));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system
    }
  }

  private static void overwriteWithZeros(FileChannel ch) throws IOException {
    long size = ch.size();
    ByteBuffer zeros = ByteBuffer.allocate(4096);
    for (long pos = 0; pos < size; ) {
      zeros.clear();
      zeros.limit((int) Math.min(zeros.capacity(), size - pos));
      pos += ch.write(zeros, pos);
    }
    ch.force(true);
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // not supported here; the rename is atomic regardless
    }
  }
}
