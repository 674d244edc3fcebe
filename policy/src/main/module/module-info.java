/**
 * Safeguard policy: the minimum-necessary access guard, the audit trail, MFA, the credential vault,
 * incident response and retention. Policy files ({@code safeguard-policy-files}) and termination
 * ({@code safeguard-termination}) are separate modules, so the guard alone does not need Jakarta
 * Validation or OpenPGP.
 */
module com.backofficecare.safeguard.policy {
  requires transitive org.jspecify;
  requires transitive com.backofficecare.safeguard.core;
  requires transitive com.backofficecare.safeguard.crypto;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.bouncycastle.provider;
  requires org.slf4j;

  exports com.backofficecare.safeguard.policy.access;
  exports com.backofficecare.safeguard.policy.audit;
  exports com.backofficecare.safeguard.policy.credentials;
  exports com.backofficecare.safeguard.policy.incident;
  exports com.backofficecare.safeguard.policy.mfa;
  exports com.backofficecare.safeguard.policy.retention;

  // Incident events are bound by Jackson.
  opens com.backofficecare.safeguard.policy.incident to
      com.fasterxml.jackson.databind;
}
