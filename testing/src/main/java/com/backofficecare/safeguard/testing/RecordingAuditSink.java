package com.backofficecare.safeguard.testing;

import com.backofficecare.safeguard.policy.audit.AuditEvent;
import com.backofficecare.safeguard.policy.audit.AuditSink;
import java.util.ArrayList;
import java.util.List;

/** An audit sink that keeps events in memory, scrubbed as the real sinks store them. */
public final class RecordingAuditSink implements AuditSink {

  private final List<AuditEvent> events = new ArrayList<>();

  /** An empty recording. */
  public RecordingAuditSink() {}

  @Override
  public synchronized void append(AuditEvent event) {
    events.add(event.scrubbed());
  }

  @Override
  public void commit() {}

  @Override
  public void close() {}

  /** Every event so far. */
  public synchronized List<AuditEvent> events() {
    return List.copyOf(events);
  }

  /** The events of one type, e.g. {@code "access"} or {@code "store.deleted"}. */
  public synchronized List<AuditEvent> events(String type) {
    return events.stream().filter(e -> e.type().equals(type)).toList();
  }
}
