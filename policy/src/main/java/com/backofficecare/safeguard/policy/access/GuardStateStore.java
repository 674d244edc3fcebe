package com.backofficecare.safeguard.policy.access;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where the guard's state lasts: an append-only sequence of records (isolations, releases,
 * downloads) shared by every process and instance that enforces the same policy. A {@link
 * GuardState} writes and reads the records; a store only keeps them, in one total order.
 *
 * <p>Implementations: {@link FileGuardStateStore} (a file beside a store directory, for the
 * processes of one host) and {@link PostgresGuardStateStore} (for several instances). Records are
 * single-line strings.
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

  @Override
  void close();
}
