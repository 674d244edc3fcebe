/** A {@code BlobStore} on PostgreSQL; the application supplies the {@code DataSource}. */
module com.backofficecare.safeguard.storage.postgres {
  requires transitive org.jspecify;
  requires transitive com.backofficecare.safeguard.storage;
  requires transitive java.sql;

  exports com.backofficecare.safeguard.storage.postgres;
}
