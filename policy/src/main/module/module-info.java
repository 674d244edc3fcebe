/**
 * Safeguard policy: the minimum-necessary access guard, the audit trail, MFA, the credential vault,
 * incident response, retention and termination with its destruction certificate.
 */
module com.backofficecare.safeguard.policy {
  requires transitive org.jspecify;
  requires transitive com.backofficecare.safeguard.core;
  requires transitive com.backofficecare.safeguard.crypto;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires jakarta.validation;
  requires org.hibernate.validator;
  requires org.bouncycastle.pg;
  requires org.bouncycastle.provider;
  requires org.slf4j;

  exports com.backofficecare.safeguard.policy.access;
  exports com.backofficecare.safeguard.policy.audit;
  exports com.backofficecare.safeguard.policy.config;
  exports com.backofficecare.safeguard.policy.credentials;
  exports com.backofficecare.safeguard.policy.incident;
  exports com.backofficecare.safeguard.policy.mfa;
  exports com.backofficecare.safeguard.policy.retention;
  exports com.backofficecare.safeguard.policy.store;
  exports com.backofficecare.safeguard.policy.termination;

  // Policy files and incident events are bound by Jackson and checked by Jakarta Validation.
  opens com.backofficecare.safeguard.policy.config to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens com.backofficecare.safeguard.policy.incident to
      com.fasterxml.jackson.databind;
}
