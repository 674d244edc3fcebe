package com.backofficecare.safeguard.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The conformance kit: the contract of {@link BlobStore} as tests that every backend must pass
 * unchanged. A backend's test extends this class and says how to open its store; each test works
 * under its own random key prefix, so a shared server needs no cleaning between tests.
 *
 * <p>Shipped in the {@code safeguard-storage-spi} test-jar ({@code <type>test-jar</type>}).
 */
public abstract class BlobStoreContract {

  /** Opens the backend under test (an empty one, or one shared with other tests). */
  protected abstract BlobStore openStore();

  protected BlobStore store;
  protected String ns;

  @BeforeEach
  void openTheStore() {
    store = openStore();
    ns = "conformance/" + UUID.randomUUID() + "/";
  }

  @AfterEach
  void closeTheStore() {
    for (BlobInfo b : store.list(ns)) {
      store.delete(b.key());
    }
    store.close();
  }

  protected static byte[] bytes(int size, long seed) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    return b;
  }

  protected byte[] read(String key) {
    try (InputStream in = store.get(key)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {0, 1, 4095, 65_536, 1_048_577, 9 * 1024 * 1024 + 7})
  void roundTripsEverySize(int size) {
    byte[] data = bytes(size, size);
    store.put(ns + "blob", new ByteArrayInputStream(data));
    assertThat(read(ns + "blob")).isEqualTo(data);
    assertThat(store.stat(ns + "blob"))
        .hasValueSatisfying(i -> assertThat(i.size()).isEqualTo(size));
  }

  @Test
  void putReplacesWholly() {
    store.put(ns + "k", new ByteArrayInputStream(bytes(5000, 1)));
    byte[] second = bytes(10, 2);
    store.put(ns + "k", new ByteArrayInputStream(second));
    assertThat(read(ns + "k")).isEqualTo(second);
  }

  @Test
  void aMissingKeyIsATypedErrorNamingTheKey() {
    assertThatThrownBy(() -> store.get(ns + "absent"))
        .isInstanceOf(BlobNotFoundException.class)
        .hasMessageContaining(ns + "absent");
    assertThat(store.stat(ns + "absent")).isEmpty();
    assertThat(store.delete(ns + "absent")).isFalse();
    assertThat(store.sanitize(ns + "absent")).isFalse();
  }

  @Test
  void deleteAndSanitizeRemove() {
    store.put(ns + "a", new ByteArrayInputStream(bytes(100, 3)));
    store.put(ns + "b", new ByteArrayInputStream(bytes(100, 4)));
    assertThat(store.delete(ns + "a")).isTrue();
    assertThat(store.sanitize(ns + "b")).isTrue();
    assertThat(store.stat(ns + "a")).isEmpty();
    assertThat(store.stat(ns + "b")).isEmpty();
    assertThatThrownBy(() -> store.get(ns + "b")).isInstanceOf(BlobNotFoundException.class);
  }

  @Test
  void listsByPrefixInKeyOrder() {
    for (String k : List.of("x/2", "x/1", "x/10", "y/1", "x-other")) {
      store.put(ns + k, new ByteArrayInputStream(k.getBytes()));
    }
    assertThat(store.list(ns + "x/"))
        .extracting(BlobInfo::key)
        .containsExactly(ns + "x/1", ns + "x/10", ns + "x/2");
    assertThat(store.list(ns)).hasSize(5);
    assertThat(store.list(ns + "z/")).isEmpty();
  }

  @Test
  void rangedReadsReturnTheWindow() throws IOException {
    byte[] data = bytes(200_000, 5);
    store.put(ns + "r", new ByteArrayInputStream(data));
    try (InputStream in = store.get(ns + "r", 70_000, 1000)) {
      assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(data, 70_000, 71_000));
    }
    try (InputStream in = store.get(ns + "r", 199_990, 1000)) {
      assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(data, 199_990, 200_000));
    }
  }

  @Test
  void aWriteThatFailsMidwayChangesNothing() {
    byte[] before = bytes(3000, 6);
    store.put(ns + "w", new ByteArrayInputStream(before));
    InputStream failing =
        new InputStream() {
          int n;

          @Override
          public int read() throws IOException {
            if (++n > 100_000) {
              throw new IOException("source failed");
            }
            return 7;
          }
        };
    assertThatThrownBy(() -> store.put(ns + "w", failing)).isInstanceOf(StorageException.class);
    assertThatThrownBy(() -> store.put(ns + "fresh", failing)).isInstanceOf(StorageException.class);
    assertThat(read(ns + "w")).isEqualTo(before);
    assertThat(store.stat(ns + "fresh")).isEmpty();
    assertThat(store.list(ns)).extracting(BlobInfo::key).containsExactly(ns + "w");
  }

  @Test
  void concurrentWritersNeitherLoseNorMixBlobs() throws Exception {
    int writers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int id = w;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < 10; i++) {
                    store.put(
                        ns + "own/" + id + "/" + i,
                        new ByteArrayInputStream(bytes(20_000, id * 100 + i)));
                    store.put(ns + "same", new ByteArrayInputStream(bytes(50_000, 1000 + id)));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    for (int w = 0; w < writers; w++) {
      for (int i = 0; i < 10; i++) {
        assertThat(read(ns + "own/" + w + "/" + i)).isEqualTo(bytes(20_000, w * 100 + i));
      }
    }
    byte[] last = read(ns + "same");
    boolean oneWhole = false;
    for (int w = 0; w < writers; w++) {
      oneWhole |= Arrays.equals(last, bytes(50_000, 1000 + w));
    }
    assertThat(oneWhole).as("the shared key holds one writer's whole blob").isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "/abs", "a//b", "a/../b", "..", "a/./b", "trailing/", "sp ace", "ümlaut"})
  void badKeysAreRefusedWithoutEchoingThem(String key) {
    assertThatThrownBy(() -> store.put(key, new ByteArrayInputStream(new byte[1])))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(
            e -> {
              if (key.length() > 2) {
                assertThat(e.getMessage()).doesNotContain(key);
              }
            });
  }
}
