package com.backofficecare.safeguard.crypto.tempstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.IntegrityException;
import com.backofficecare.safeguard.crypto.KeyUnavailableException;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.storage.BlobInfo;
import com.backofficecare.safeguard.storage.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secure store's behaviour over any backend: a backend module's test extends this and says how
 * to open its {@link BlobStore}. Every test uses its own agencies, so a shared server needs no
 * cleaning. Shipped in the {@code safeguard-crypto} test-jar.
 */
public abstract class SecureTempStoreContract {

  /** A marker that must never reach a backend in the clear. */
  protected static final byte[] MARKER =
      "PHI-MARKER-Z9Q7-Ada-Lovelace-123-45-6789".getBytes(StandardCharsets.US_ASCII);

  protected abstract BlobStore openBlobStore();

  @TempDir protected Path work;
  protected BlobStore blobs;
  protected LocalKeyStore keys;
  protected MutableClock clock;
  protected SecureTempStore store;
  protected AgencyId sunrise;
  protected AgencyId harbor;

  @BeforeEach
  void openStore() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    sunrise = AgencyId.of("sunrise-" + run);
    harbor = AgencyId.of("harbor-" + run);
    clock =
        new MutableClock(
            Instant.now()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)); // backends stamp real time
    blobs = openBlobStore();
    keys =
        LocalKeyStore.builder(work.resolve("keys.sgks"))
            .passphrase("correct horse battery".toCharArray())
            .argon2(8192, 1)
            .open();
    store = SecureTempStore.builder().blobStore(blobs).keyManager(keys).clock(clock).build();
  }

  @AfterEach
  void closeStore() {
    for (AgencyId a : new AgencyId[] {sunrise, harbor}) {
      for (BlobInfo b : blobs.list(a.value() + "/")) {
        blobs.delete(b.key());
      }
    }
    store.close();
  }

  protected static byte[] payload(int size) {
    byte[] b = new byte[size];
    new Random(size).nextBytes(b);
    for (int i = 0; i + MARKER.length <= size; i += 10_000) {
      System.arraycopy(MARKER, 0, b, i, MARKER.length);
    }
    return b;
  }

  protected byte[] read(ObjectId id) throws IOException {
    try (InputStream in = store.open(id)) {
      return in.readAllBytes();
    }
  }

  protected static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  protected byte[] raw(String key) throws IOException {
    try (InputStream in = blobs.get(key)) {
      return in.readAllBytes();
    }
  }

  @Test
  @Tag("POL-5.1")
  void roundTripsAndOnlyCiphertextReachesTheBackend() throws IOException {
    byte[] data = payload(300_000);
    StoredObject o = store.put(sunrise, DataCategory.PAYROLL, new ByteArrayInputStream(data));
    assertThat(o.size()).isEqualTo(data.length);
    assertThat(read(o.id())).isEqualTo(data);
    for (BlobInfo b : blobs.list(sunrise.value() + "/")) {
      assertThat(contains(raw(b.key()), MARKER)).as(b.key()).isFalse();
    }
  }

  @Test
  void listsAndStatsWithoutContents() {
    StoredObject a =
        store.put(sunrise, DataCategory.BILLING, new ByteArrayInputStream(payload(10)));
    StoredObject b = store.put(harbor, DataCategory.PAYROLL, new ByteArrayInputStream(payload(20)));
    assertThat(store.list(sunrise)).containsExactly(a);
    assertThat(store.list(harbor)).containsExactly(b);
    assertThat(store.stat(a.id())).contains(a);
    assertThat(a.toString()).doesNotContain(new String(MARKER, StandardCharsets.US_ASCII));
  }

  @Test
  @Tag("POL-10.5")
  @Tag("POL-10.6")
  void deleteSanitizesAndReturnsAVerifiedReceipt() {
    StoredObject o =
        store.put(sunrise, DataCategory.CLIENT_RECORDS, new ByteArrayInputStream(payload(70_000)));
    DeletionReceipt r = store.delete(o.id());
    assertThat(r.verified()).isTrue();
    assertThat(r.object()).isEqualTo(o.id());
    assertThat(r.size()).isEqualTo(70_000);
    assertThat(r.method()).contains("cryptographic-erase");
    assertThat(r.toJson()).contains("\"verified\":true").contains(o.id().toString());
    assertThat(blobs.list(sunrise.value() + "/")).isEmpty();
    assertThatThrownBy(() -> store.open(o.id())).isInstanceOf(ObjectNotFoundException.class);
    assertThatThrownBy(() -> store.delete(o.id())).isInstanceOf(ObjectNotFoundException.class);
  }

  @Test
  @Tag("POL-3.5")
  @Tag("POL-5.3")
  void expiredObjectsAreReapedAndCannotBeOpened() {
    StoredObject shortLived =
        store.put(
            sunrise,
            DataCategory.SCHEDULING,
            new ByteArrayInputStream(payload(10)),
            Duration.ofHours(1));
    StoredObject longLived =
        store.put(
            sunrise,
            DataCategory.SCHEDULING,
            new ByteArrayInputStream(payload(10)),
            Duration.ofDays(2));
    clock.advance(Duration.ofHours(2));
    assertThat(store.reapExpired())
        .extracting(DeletionReceipt::object)
        .containsExactly(shortLived.id());
    assertThat(store.list(sunrise)).containsExactly(longLived);
    clock.advance(Duration.ofDays(2));
    assertThatThrownBy(() -> store.open(longLived.id()))
        .isInstanceOf(ObjectNotFoundException.class)
        .hasMessageContaining("expired");
    assertThat(store.list(sunrise)).isEmpty();
  }

  @Test
  @Tag("POL-5.3")
  void aTimeToLiveBeyondTheMaximumIsRefused() {
    assertThatThrownBy(
            () ->
                store.put(
                    sunrise,
                    DataCategory.PAYROLL,
                    new ByteArrayInputStream(new byte[1]),
                    Duration.ofDays(31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most");
    assertThat(store.list(sunrise)).isEmpty();
  }

  @Test
  @Tag("POL-9.1")
  void tamperedCiphertextReleasesNothing() throws IOException {
    StoredObject o =
        store.put(sunrise, DataCategory.PAYROLL, new ByteArrayInputStream(payload(200_000)));
    String dataKey = sunrise.value() + "/" + o.id().token() + ".data";
    byte[] ct = raw(dataKey);
    ct[ct.length - 5] ^= 0x10; // last segment: a streaming reader would have released the rest
    blobs.put(dataKey, new ByteArrayInputStream(ct));
    ByteArrayOutputStream released = new ByteArrayOutputStream();
    assertThatThrownBy(
            () -> {
              try (InputStream in = store.open(o.id())) {
                in.transferTo(released);
              }
            })
        .isInstanceOf(IntegrityException.class);
    assertThat(released.size()).isZero();
  }

  @Test
  void streamingOpenAuthenticatesEachSegmentAndFailsOnTampering() throws IOException {
    byte[] data = payload(200_000);
    StoredObject o = store.put(sunrise, DataCategory.PAYROLL, new ByteArrayInputStream(data));
    try (InputStream in = store.openStreaming(o.id())) {
      assertThat(in.readAllBytes()).isEqualTo(data);
    }
    String dataKey = sunrise.value() + "/" + o.id().token() + ".data";
    byte[] ct = raw(dataKey);
    blobs.put(dataKey, new ByteArrayInputStream(java.util.Arrays.copyOf(ct, ct.length - 70_000)));
    assertThatThrownBy(
            () -> {
              try (InputStream in = store.openStreaming(o.id())) {
                in.readAllBytes();
              }
            })
        .isInstanceOf(IntegrityException.class);
  }

  /**
   * A backend that edits an object's metadata to keep it longer (a later expiry, an earlier
   * creation) or to file it under another category gets an object that no longer opens.
   */
  @Test
  @Tag("POL-5.3")
  void metadataEditedToKeepAnObjectLongerNoLongerOpens() throws IOException {
    for (String[] edit :
        new String[][] {
          {"expires=", "2099-01-01T00:00:00Z"},
          {"created=", "2099-01-01T00:00:00Z"},
          {"category=", "ADMINISTRATIVE"}
        }) {
      StoredObject o =
          store.put(sunrise, DataCategory.PAYROLL, new ByteArrayInputStream(payload(1000)));
      String key = sunrise.value() + "/" + o.id().token() + ".meta";
      StringBuilder edited = new StringBuilder();
      for (String line : new String(raw(key), StandardCharsets.UTF_8).split("\n")) {
        edited.append(line.startsWith(edit[0]) ? edit[0] + edit[1] : line).append('\n');
      }
      blobs.put(key, new ByteArrayInputStream(edited.toString().getBytes(StandardCharsets.UTF_8)));
      assertThatThrownBy(() -> read(o.id())).as(edit[0]).isInstanceOf(IntegrityException.class);
      assertThatThrownBy(
              () -> {
                try (InputStream in = store.openStreaming(o.id())) {
                  in.readAllBytes();
                }
              })
          .as(edit[0])
          .isInstanceOf(IntegrityException.class);
    }
  }

  /**
   * Damaged metadata neither hides an object silently nor stops the listing of the others: the
   * object is reported as damaged, and can be erased.
   */
  @Test
  @Tag("POL-10.5")
  void anObjectWithDamagedMetadataIsReportedAndErasable() throws IOException {
    StoredObject good =
        store.put(sunrise, DataCategory.PAYROLL, new ByteArrayInputStream(payload(100)));
    StoredObject bad =
        store.put(sunrise, DataCategory.PAYROLL, new ByteArrayInputStream(payload(100)));
    StoredObject copied =
        store.put(sunrise, DataCategory.PAYROLL, new ByteArrayInputStream(payload(100)));
    String badMeta = sunrise.value() + "/" + bad.id().token() + ".meta";
    blobs.put(
        badMeta,
        new ByteArrayInputStream(
            new String(raw(badMeta), StandardCharsets.UTF_8)
                .replace("object-v2", "object-v3")
                .getBytes(StandardCharsets.UTF_8)));
    // another object's metadata copied over this one's
    blobs.put(
        sunrise.value() + "/" + copied.id().token() + ".meta",
        new ByteArrayInputStream(raw(sunrise.value() + "/" + good.id().token() + ".meta")));
    assertThat(store.list(sunrise)).extracting(StoredObject::id).containsExactly(good.id());
    assertThat(store.damaged(sunrise)).containsExactlyInAnyOrder(bad.id(), copied.id());
    assertThat(store.sanitizeDamaged(bad.id())).isTrue();
    assertThat(blobs.stat(sunrise.value() + "/" + bad.id().token() + ".data")).isEmpty();
    assertThat(store.damaged(sunrise)).containsExactly(copied.id());
  }

  @Test
  void ciphertextSwappedBetweenObjectsOrAgenciesFails() throws IOException {
    StoredObject a =
        store.put(sunrise, DataCategory.PAYROLL, new ByteArrayInputStream(payload(1000)));
    StoredObject b =
        store.put(sunrise, DataCategory.PAYROLL, new ByteArrayInputStream(payload(1000)));
    blobs.put(
        sunrise.value() + "/" + a.id().token() + ".data",
        new ByteArrayInputStream(raw(sunrise.value() + "/" + b.id().token() + ".data")));
    assertThatThrownBy(() -> read(a.id())).isInstanceOf(IntegrityException.class);
  }

  @Test
  @Tag("POL-10.3")
  @Tag("POL-10.5")
  void destroyingAnAgencysKeysErasesAllItsObjectsAndNoOtherAgencys() throws IOException {
    StoredObject s =
        store.put(sunrise, DataCategory.CLIENT_RECORDS, new ByteArrayInputStream(payload(100)));
    StoredObject h =
        store.put(harbor, DataCategory.CLIENT_RECORDS, new ByteArrayInputStream(payload(100)));
    keys.destroyAgencyKeys(sunrise);
    assertThatThrownBy(() -> read(s.id()))
        .isInstanceOf(KeyUnavailableException.class)
        .hasMessageContaining("destroyed");
    assertThat(read(h.id())).isEqualTo(payload(100));
    assertThatThrownBy(
            () -> store.put(sunrise, DataCategory.PAYROLL, new ByteArrayInputStream(new byte[1])))
        .isInstanceOf(KeyUnavailableException.class);
    assertThat(store.deleteAll(sunrise))
        .singleElement()
        .satisfies(r -> assertThat(r.verified()).isTrue());
  }

  @Test
  void rotationKeepsOldObjectsReadableAndNewOnesUseTheNewKey() throws IOException {
    StoredObject before =
        store.put(sunrise, DataCategory.PAYROLL, new ByteArrayInputStream(payload(50)));
    String newKek = keys.rotate(sunrise);
    StoredObject after =
        store.put(sunrise, DataCategory.PAYROLL, new ByteArrayInputStream(payload(60)));
    assertThat(newKek).endsWith("/k2");
    assertThat(read(before.id())).isEqualTo(payload(50));
    assertThat(read(after.id())).isEqualTo(payload(60));
    assertThat(
            new String(
                raw(sunrise.value() + "/" + after.id().token() + ".meta"), StandardCharsets.UTF_8))
        .contains(newKek);
  }

  @Test
  @Tag("POL-3.5")
  void aScopedTempFileIsSanitizedOnClose() throws IOException {
    ObjectId id;
    try (ScopedTempFile f =
        store.createTempFile(sunrise, DataCategory.BILLING, Duration.ofHours(1))) {
      id = f.write(new ByteArrayInputStream(payload(5000))).id();
      try (InputStream in = f.open()) {
        assertThat(in.readAllBytes()).isEqualTo(payload(5000));
      }
      assertThat(store.stat(id)).isPresent();
    }
    assertThat(store.stat(id)).isEmpty();
    assertThat(blobs.list(sunrise.value() + "/")).isEmpty();
  }

  @Test
  void aCrashedPutIsSanitizedAfterTheGracePeriod() {
    String orphan = sunrise.value() + "/0123456789abcdef0123456789abcdef.data";
    blobs.put(orphan, new ByteArrayInputStream(new byte[100]));
    SecureTempStore.builder().blobStore(blobs).keyManager(keys).clock(clock).build();
    assertThat(blobs.stat(orphan))
        .as("within the grace period: maybe another process's write")
        .isPresent();
    clock.advance(Duration.ofHours(2));
    SecureTempStore.builder().blobStore(blobs).keyManager(keys).clock(clock).build();
    assertThat(blobs.stat(orphan)).isEmpty();
  }

  /** Recovery deletes only what this store names: other files in a shared bucket stay. */
  @Test
  void recoveryLeavesObjectsThatAreNotTheStoresAlone() {
    List<String> foreign =
        List.of(
            sunrise.value() + "/backup.data",
            "exports/2026-11.data",
            sunrise.value() + "/0123456789ABCDEF0123456789ABCDEF.data",
            "report.data");
    for (String key : foreign) {
      blobs.put(key, new ByteArrayInputStream(new byte[10]));
    }
    blobs.put("notes.meta", new ByteArrayInputStream(new byte[] {'m'}));
    clock.advance(Duration.ofDays(2));
    SecureTempStore s =
        SecureTempStore.builder()
            .blobStore(blobs)
            .keyManager(keys)
            .clock(clock)
            .orphanGracePeriod(Duration.ofSeconds(1))
            .build();
    for (String key : foreign) {
      assertThat(blobs.stat(key)).as(key).isPresent();
    }
    // A stray .meta of another name does not break listing, and nothing foreign is listed as an
    // object (other tests' objects on a shared server may be listed: only this test's agencies).
    assertThat(s.list()).noneMatch(o -> o.id().agency().equals(sunrise));
  }
}
