package com.backofficecare.safeguard.policy.access;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where the guard's state lasts: an append-only sequence of records (isolations, releases,
 * downloads) shared by every process and instance that enforces the same policy. A {@link
 * GuardState} writes and reads the records; a store only keeps them, in one total order.
 *
 * <p>Implementations: {@link FileGuardStateStore} (a file beside a store directory, for the
 * processes of one host) and, in {@code safeguard-policy-postgres}, {@code PostgresGuardStateStore}
 * (for several instances). Records are single-line strings. The sequence only grows until {@link
 * #compact} replaces it with a snapshot.
 */
public interface GuardStateStore extends AutoCloseable {

  /**
   * Passes {@code sink}, in order, every record committed since this handle last read; the first
   * call passes them all.
   *
   * @throws GuardStateException if the store cannot be read
   */
  void read(Consumer<String> sink);

  /**
   * Runs {@code section} while no other writer of this store, in any process, runs one: first
   * passes {@code catchUp} the records committed since this handle last read, then gives {@code
   * section} an appender. What it appended is durable (synced or committed) when this returns, and
   * is not passed to a later {@link #read}: the caller applied it already.
   *
   * @throws GuardStateException if the store cannot be read or written; nothing appended then
   *     counts
   */
  <T> T write(Consumer<String> catchUp, Function<Consumer<String>, T> section);

  /**
   * Replaces every record with a snapshot, while no other writer runs: first passes {@code catchUp}
   * the records committed since this handle last read, then makes the records {@code snapshot}
   * returns the whole store, durably, before returning them. The snapshot's first record must tell
   * a reader to start over: a handle, here or in another process, that had read records of before
   * reads the snapshot from its first record at its next {@link #read} or {@link #write}, then what
   * was appended after it. A crash leaves either the old records or the snapshot.
   *
   * @return the snapshot's records
   * @throws GuardStateException if the store cannot be read or rewritten; it is then unchanged
   */
  List<String> compact(Consumer<String> catchUp, Supplier<List<String>> snapshot);

  @Override
  void close();
}
