/**
 * The policy's PostgreSQL adapters (audit trail, incident events, guard state); the application
 * supplies the {@code DataSource}.
 */
module com.backofficecare.safeguard.policy.postgres {
  requires transitive org.jspecify;
  requires transitive com.backofficecare.safeguard.policy;
  requires transitive java.sql;

  exports com.backofficecare.safeguard.policy.postgres;
}
