package com.backofficecare.safeguard.crypto.tempstore;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.IntegrityException;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.storage.BlobStore;
import com.backofficecare.safeguard.storage.StorageException;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

  /** The key store every process opens: one shared file. */
  public static LocalKeyStore keys(Path keyFile) {
    return LocalKeyStore.builder(keyFile)
        .passphrase("shared passphrase".toCharArray())
        .argon2(8192, 1)
        .open();
  }

  /** A store on {@code blobs} and {@code keys}, opened afresh: its recovery runs. */
  public static SecureTempStore open(BlobStore blobs, LocalKeyStore keys) {
    return SecureTempStore.builder().blobStore(blobs).keyManager(keys).warmUp(false).build();
  }

  /**
   * Runs the workload; returns {@code "kept <id> <worker> <i>"} lines for the parent to check, and
   * {@code "refused <worker> <i>"} for a put the backend refused: only acknowledged puts must
   * survive, and nothing of a refused one may remain.
   */
  public static List<String> run(SecureTempStore store, AgencyId agency, int worker, int rounds)
      throws IOException {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      StoredObject o;
      try {
        o =
            store.put(
                agency, DataCategory.SCHEDULING, new ByteArrayInputStream(content(worker, i)));
      } catch (StorageException e) {
        // Refused, not acknowledged: the backend failed (an overloaded server). Nothing of it may
        // remain, which the parent checks when it finds no object it was not told of.
        kept.add("refused " + worker + " " + i);
        continue;
      }
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

  /** Objects each writer puts in a round; it deletes every other one. */
  static final int PUTS = 20;

  /**
   * Rounds each generation of child JVMs serves: a writer opens a fresh store for every round, so
   * recovery runs in it as in a restarted process, without paying a JVM start per round.
   */
  static final int ROUNDS_PER_GENERATION = 10;

  /**
   * Rounds of the several-processes tests: 2 in CI, more with {@code -Dsafeguard.tortureRounds}.
   */
  public static final int ROUNDS = Integer.getInteger("safeguard.tortureRounds", 2);

  /**
   * A child's work on {@code blobs}: {@code write KEYFILE AGENCY WORKER} reads {@code round N}
   * lines from its standard input and answers each, on a freshly opened store, with the kept lines
   * of {@link #run} and {@code done N}; {@code churn KEYFILE AGENCY STOPFILE} churns until the stop
   * file exists. An object that lists but does not read as authentic, and still exists afterwards,
   * fails the child.
   */
  public static void child(BlobStore blobs, String... args) throws IOException {
    Path keyFile = Path.of(args[1]);
    AgencyId agency = AgencyId.of(args[2]);
    switch (args[0]) {
      case "write" -> write(blobs, keyFile, agency, Integer.parseInt(args[3]));
      case "churn" ->
          System.out.println("passes " + churn(blobs, keyFile, agency, Path.of(args[3])));
      default -> throw new IllegalArgumentException("write or churn, not " + args[0]);
    }
  }

  private static void write(BlobStore blobs, Path keyFile, AgencyId agency, int worker)
      throws IOException {
    LocalKeyStore keys = keys(keyFile);
    BufferedReader commands =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = commands.readLine(); line != null; line = commands.readLine()) {
      String round = line.substring("round ".length());
      for (String kept : run(open(blobs, keys), agency, worker, PUTS)) {
        System.out.println(kept);
      }
      System.out.println("done " + round);
      System.out.flush();
    }
  }

  private static int churn(BlobStore blobs, Path keyFile, AgencyId agency, Path stop)
      throws IOException {
    LocalKeyStore keys = keys(keyFile);
    int passes = 0;
    while (!Files.exists(stop)) {
      SecureTempStore store = open(blobs, keys);
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
   * one store (each a JVM running {@code worker}'s {@code main} with {@code workerArgs} and then
   * {@link #child}'s, a new generation of them every {@value #ROUNDS_PER_GENERATION} rounds); after
   * each round, every kept object reads back exactly, and once they are deleted nothing of {@code
   * agency} is left.
   *
   * @return the total of objects kept, checked, or refused by the backend and checked gone: 40 a
   *     round
   * @throws AssertionError at the first loss, corruption, leftover or failed child
   */
  public static int torture(
      Class<?> worker,
      List<String> workerArgs,
      Path work,
      AgencyId agency,
      BlobStore blobs,
      int rounds)
      throws IOException, InterruptedException {
    List<String> child = new ArrayList<>();
    child.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    child.addAll(List.of("-cp", System.getProperty("java.class.path"), worker.getName()));
    child.addAll(workerArgs);
    Path keyFile = work.resolve("torture-keys.sgks");
    LocalKeyStore keys = keys(keyFile);
    int checked = 0;
    for (int first = 0; first < rounds; first += ROUNDS_PER_GENERATION) {
      Path stop = work.resolve("stop-" + first);
      List<Process> writers = new ArrayList<>();
      List<Process> churners = new ArrayList<>();
      for (int w = 1; w <= WRITERS; w++) {
        writers.add(start(child, "write", keyFile, agency, Integer.toString(w)));
      }
      for (int c = 0; c < CHURNERS; c++) {
        churners.add(start(child, "churn", keyFile, agency, stop.toString()));
      }
      try {
        List<BufferedReader> answers = new ArrayList<>();
        for (Process p : writers) {
          answers.add(
              new BufferedReader(
                  new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
        }
        for (int round = first; round < Math.min(rounds, first + ROUNDS_PER_GENERATION); round++) {
          for (Process p : writers) {
            p.getOutputStream().write(("round " + round + "\n").getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().flush();
          }
          List<String> kept = new ArrayList<>();
          for (BufferedReader answer : answers) {
            kept.addAll(keptLines(answer, round));
          }
          checked += check(open(blobs, keys), agency, kept, round);
        }
        for (Process p : writers) {
          p.getOutputStream().close();
          finish(p, "writer", first);
        }
        Files.createFile(stop);
        for (Process p : churners) {
          finish(p, "churner", first);
        }
      } finally {
        writers.forEach(Process::destroyForcibly); // after a failure: leave no JVM behind
        churners.forEach(Process::destroyForcibly);
      }
    }
    return checked;
  }

  /** A writer's kept lines for {@code round}, up to its {@code done} line. */
  private static List<String> keptLines(BufferedReader answer, int round) throws IOException {
    List<String> kept = new ArrayList<>();
    for (String line = answer.readLine(); ; line = answer.readLine()) {
      if (line == null) {
        throw new AssertionError("round " + round + ": a writer ended without answering");
      }
      if (line.equals("done " + round)) {
        return kept;
      }
      if (line.startsWith("kept ") || line.startsWith("refused ")) {
        kept.add(line);
      }
    }
  }

  /**
   * Reads back and deletes the kept objects; then nothing of {@code agency} may be left. Returns
   * the objects kept and those whose put was refused (checked gone).
   */
  private static int check(SecureTempStore store, AgencyId agency, List<String> kept, int round)
      throws IOException {
    int wanted = WRITERS * PUTS / 2;
    int objects = 0;
    for (String line : kept) {
      String[] f = line.split(" ");
      if (f[0].equals("refused")) {
        System.out.println("round " + round + ": a put refused by the backend");
        wanted -= Integer.parseInt(f[2]) % 2 == 0 ? 1 : 0;
      } else {
        objects++;
      }
    }
    if (objects != wanted) {
      throw new AssertionError("round " + round + ": " + objects + " objects kept, not " + wanted);
    }
    for (String line : kept) {
      String[] f = line.split(" ");
      if (f[0].equals("refused")) {
        continue;
      }
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
    }
    List<StoredObject> left = store.list(agency);
    if (!left.isEmpty()) {
      throw new AssertionError("round " + round + ": left over " + left);
    }
    return WRITERS * PUTS / 2 - wanted + objects;
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
