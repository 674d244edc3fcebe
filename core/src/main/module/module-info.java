/**
 * Safeguard core: PHI types, detection, redaction and record classification. Detection internals
 * ({@code core.detection.internal}) are not exported.
 */
module com.backofficecare.safeguard.core {
  requires transitive org.jspecify;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires re2j;

  exports com.backofficecare.safeguard.core;
  exports com.backofficecare.safeguard.core.detection;
  exports com.backofficecare.safeguard.core.record;
  exports com.backofficecare.safeguard.core.redaction;
  exports com.backofficecare.safeguard.core.secret to
      com.backofficecare.safeguard.crypto,
      com.backofficecare.safeguard.policy;
}
