package com.backofficecare.safeguard.testing;

import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.AccessPolicy;
import com.backofficecare.safeguard.policy.access.AccessRequest;
import com.backofficecare.safeguard.policy.access.Authentication;
import com.backofficecare.safeguard.policy.audit.AuditEvent;
import com.backofficecare.safeguard.policy.incident.AgencyTerms;
import com.backofficecare.safeguard.policy.incident.IncidentService;
import com.backofficecare.safeguard.policy.store.StoreLayout;
import com.backofficecare.safeguard.storage.InMemoryBlobStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A Safeguard wired for tests: the guard on a given policy, a secure store in memory (keys in a
 * temporary directory, cheap KDF settings), the incident service, all auditing into one {@link
 * RecordingAuditSink} and running on one {@link SteppableClock}.
 */
public final class TestSafeguard implements AutoCloseable {

  private final SteppableClock clock;
  private final RecordingAuditSink audit = new RecordingAuditSink();
  private final AccessGuard guard;
  private final LocalKeyStore keys;
  private final SecureTempStore store;
  private final IncidentService incidents;

  TestSafeguard(Path dir, AccessPolicy policy, SteppableClock clock) {
    this.clock = clock;
    this.guard = AccessGuard.create(policy);
    guard.onDecision(d -> audit.append(AuditEvent.of(d)));
    guard.onIsolation(i -> audit.append(AuditEvent.of(i)));
    this.keys =
        LocalKeyStore.builder(StoreLayout.at(dir).keyStore())
            .passphrase("test-only passphrase".toCharArray())
            .argon2(8192, 1)
            .clock(clock)
            .open();
    this.store =
        SecureTempStore.builder()
            .blobStore(InMemoryBlobStore.create(clock))
            .keyManager(keys)
            .clock(clock)
            .warmUp(false)
            .onEvent(e -> audit.append(AuditEvent.of(e, "test")))
            .build();
    this.incidents =
        IncidentService.builder()
            .store(StoreLayout.at(dir).openIncidents())
            .guard(guard)
            .audit(audit)
            .clock(clock)
            .terms(a -> new AgencyTerms(a, ZoneOffset.UTC, Duration.ofDays(3), "privacy office"))
            .build();
  }

  /** A test Safeguard on {@code policy}, keeping its files in {@code dir}. */
  public static TestSafeguard create(Path dir, AccessPolicy policy, SteppableClock clock) {
    return new TestSafeguard(dir, policy, clock);
  }

  /**
   * As {@link Requests#read}, stamped with this Safeguard's clock: made now, with a second factor
   * verified now. Step the clock and build again to ask later.
   */
  public AccessRequest.Builder read(
      String person, String agency, DataCategory category, String... fields) {
    Instant now = clock.instant();
    return Requests.read(person, agency, category, fields)
        .at(now)
        .authentication(new Authentication(true, now));
  }

  public AccessGuard guard() {
    return guard;
  }

  public SecureTempStore store() {
    return store;
  }

  public LocalKeyStore keys() {
    return keys;
  }

  public IncidentService incidents() {
    return incidents;
  }

  public RecordingAuditSink audit() {
    return audit;
  }

  public SteppableClock clock() {
    return clock;
  }

  @Override
  public void close() {
    store.close();
  }
}
