/**
 * The policy's state in PostgreSQL, for several application instances sharing one database: {@link
 * PostgresAuditSink} (the audit trail), {@link PostgresIncidentStore} (incident events) and {@link
 * PostgresGuardStateStore} (isolations and downloads). Their tables share one schema and one
 * numbered migration scheme, applied when any of them opens; failures are {@link
 * PolicyDatabaseException}s.
 */
@NullMarked
package com.backofficecare.safeguard.policy.postgres;

import org.jspecify.annotations.NullMarked;
