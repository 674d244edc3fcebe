package com.backofficecare.safeguard.policy.audit;

/**
 * Where audit events go. {@link AuditLog} (a file) is the default; implementations must keep events
 * at least six years (HIPAA 164.316(b)(2)) and make tampering evident.
 */
public interface AuditSink extends AutoCloseable {

  /** Appends {@code event}; durable at the next {@link #commit()}. */
  void append(AuditEvent event);

  /** Makes every appended event durable and covered by a signed tree head. */
  void commit();

  @Override
  void close();
}
