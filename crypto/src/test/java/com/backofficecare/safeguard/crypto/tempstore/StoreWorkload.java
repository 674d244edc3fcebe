package com.backofficecare.safeguard.crypto.tempstore;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.IntegrityException;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.storage.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The several-processes test of a store backend, shared by every backend's test: child JVMs that
 * write (put objects, read each back and check it, delete every other one, report the ids kept) and
 * that churn (open the store afresh, so recovery runs, then list, read and reap, in a loop) against
 * one store at once; and the parent's rounds, which check that no kept object is lost or corrupted
 * and nothing else is left. Each backend's test starts the children through its own {@code main},
 * which opens its backend and calls {@link #child}. Shipped in the crypto test-jar.
 */
public final class StoreWorkload {

  private StoreWorkload() {}

  /** What worker {@code worker} stores as its {@code i}-th object. */
  public static byte[] content(int worker, int i) {
    byte[] b = new byte[20_000 + 7919 * i % 150_000];
    new Random(worker * 1000L + i).nextBytes(b);
    return b;
  }

  /** The store both processes open: the given backend and one shared key store file. */
  public static SecureTempStore open(BlobStore blobs, Path keyFile) {
    return SecureTempStore.builder()
        .blobStore(blobs)
        .keyManager(
            LocalKeyStore.builder(keyFile)
                .passphrase("shared passphrase".toCharArray())
                .argon2(8192, 1)
                .open())
        .warmUp(false)
        .build();
  }

  /** Runs the workload; returns {@code "kept <id> <worker> <i>"} lines for the parent to check. */
  public static List<String> run(SecureTempStore store, AgencyId agency, int worker, int rounds)
      throws IOException {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      StoredObject o =
          store.put(agency, DataCategory.SCHEDULING, new ByteArrayInputStream(content(worker, i)));
      try (InputStream in = store.open(o.id())) {
        if (!Arrays.equals(in.readAllBytes(), content(worker, i))) {
          throw new IllegalStateException("object " + o.id() + " read back different bytes");
        }
      }
      if (i % 2 == 1) {
        store.delete(o.id());
      } else {
        kept.add("kept " + o.id() + " " + worker + " " + i);
      }
    }
    return kept;
  }

  /** Writers and churners in each torture round. */
  static final int WRITERS = 4;

  static final int CHURNERS = 2;

  /**
   * A child's work on {@code blobs}: {@code write KEYFILE AGENCY WORKER} prints the kept lines of
   * {@link #run}; {@code churn KEYFILE AGENCY STOPFILE} churns until the stop file exists. An
   * object that lists but does not read as authentic, and still exists afterwards, fails the child.
   */
  public static void child(BlobStore blobs, String... args) throws IOException {
    Path keyFile = Path.of(args[1]);
    AgencyId agency = AgencyId.of(args[2]);
    switch (args[0]) {
      case "write" -> {
        for (String line : run(open(blobs, keyFile), agency, Integer.parseInt(args[3]), 20)) {
          System.out.println(line);
        }
      }
      case "churn" ->
          System.out.println("passes " + churn(blobs, keyFile, agency, Path.of(args[3])));
      default -> throw new IllegalArgumentException("write or churn, not " + args[0]);
    }
  }

  private static int churn(BlobStore blobs, Path keyFile, AgencyId agency, Path stop)
      throws IOException {
    LocalKeyStore keys =
        LocalKeyStore.builder(keyFile)
            .passphrase("shared passphrase".toCharArray())
            .argon2(8192, 1)
            .open();
    int passes = 0;
    while (!Files.exists(stop)) {
      SecureTempStore store =
          SecureTempStore.builder().blobStore(blobs).keyManager(keys).warmUp(false).build();
      for (StoredObject o : store.list(agency)) {
        try (InputStream in = store.open(o.id())) {
          in.readAllBytes();
        } catch (ObjectNotFoundException gone) {
          // a writer deleted it between the listing and the read
        } catch (IntegrityException | RuntimeException e) {
          if (store.stat(o.id()).isPresent()) {
            throw new IllegalStateException(
                "object " + o.id() + " lists but does not read: " + e.getClass().getSimpleName(),
                e);
          }
        }
      }
      store.reapExpired();
      passes++;
      try {
        Thread.sleep(20); // as a service's loop would: leave the writers the CPU
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return passes;
  }

  /**
   * {@code rounds} rounds of {@value #WRITERS} writers and {@value #CHURNERS} churners at once on
   * one store (each a JVM started as {@code child} followed by the child's arguments); after each,
   * every kept object reads back exactly, and once they are deleted nothing of {@code agency} is
   * left.
   *
   * @return the total of objects kept and checked
   * @throws AssertionError at the first loss, corruption, leftover or failed child
   */
  public static int torture(
      List<String> child, Path work, AgencyId agency, BlobStore blobs, int rounds)
      throws IOException, InterruptedException {
    Path keyFile = work.resolve("torture-keys.sgks");
    int checked = 0;
    for (int round = 0; round < rounds; round++) {
      Path stop = work.resolve("stop-" + round);
      List<Process> writers = new ArrayList<>();
      List<Process> churners = new ArrayList<>();
      for (int w = 1; w <= WRITERS; w++) {
        writers.add(start(child, "write", keyFile, agency, Integer.toString(w)));
      }
      for (int c = 0; c < CHURNERS; c++) {
        churners.add(start(child, "churn", keyFile, agency, stop.toString()));
      }
      List<String> kept = new ArrayList<>();
      for (Process p : writers) {
        String out = finish(p, "writer", round);
        out.lines().filter(l -> l.startsWith("kept ")).forEach(kept::add);
      }
      Files.createFile(stop);
      for (Process p : churners) {
        finish(p, "churner", round);
      }
      if (kept.size() != WRITERS * 10) {
        throw new AssertionError("round " + round + ": " + kept.size() + " objects kept, not 40");
      }
      SecureTempStore store = open(blobs, keyFile);
      for (String line : kept) {
        String[] f = line.split(" ");
        ObjectId id = ObjectId.parse(f[1]);
        byte[] expected = content(Integer.parseInt(f[2]), Integer.parseInt(f[3]));
        try (InputStream in = store.open(id)) {
          if (!Arrays.equals(in.readAllBytes(), expected)) {
            throw new AssertionError("round " + round + ": " + line + " reads different bytes");
          }
        } catch (ObjectNotFoundException e) {
          throw new AssertionError("round " + round + ": " + line + " was lost", e);
        }
        store.delete(id);
        checked++;
      }
      List<StoredObject> left = store.list(agency);
      if (!left.isEmpty()) {
        throw new AssertionError("round " + round + ": left over " + left);
      }
    }
    return checked;
  }

  private static Process start(
      List<String> child, String mode, Path keyFile, AgencyId agency, String last)
      throws IOException {
    List<String> cmd = new ArrayList<>(child);
    cmd.addAll(List.of(mode, keyFile.toString(), agency.value(), last));
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static String finish(Process p, String what, int round)
      throws IOException, InterruptedException {
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("round " + round + ": a " + what + " did not finish");
    }
    if (p.exitValue() != 0) {
      throw new AssertionError(
          "round " + round + ": a " + what + " failed (" + p.exitValue() + "): " + out);
    }
    return out;
  }
}
