/**
 * Safeguard policy files: the policy, requests and retention schedules as versioned JSON files,
 * bound by Jackson and checked with Jakarta Validation. Apart from {@code
 * com.backofficecare.safeguard.policy} so that the guard alone does not need a validator.
 */
module com.backofficecare.safeguard.policy.files {
  requires transitive org.jspecify;
  requires transitive com.backofficecare.safeguard.policy;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires jakarta.validation;
  requires org.hibernate.validator;

  exports com.backofficecare.safeguard.policy.config;

  // Policy files are bound by Jackson and checked by Jakarta Validation.
  opens com.backofficecare.safeguard.policy.config to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
}
