/**
 * Safeguard termination: termination of services with its OpenPGP return archive and signed
 * destruction certificate, and the store directory layout that opens a store (and destroys again
 * the keys of a terminated agency if a backup revives them). Apart from {@code
 * com.backofficecare.safeguard.policy} so that the guard alone does not need OpenPGP.
 */
module com.backofficecare.safeguard.termination {
  requires transitive org.jspecify;
  requires transitive com.backofficecare.safeguard.policy;
  requires com.fasterxml.jackson.databind;
  requires org.bouncycastle.pg;
  requires org.bouncycastle.provider;

  exports com.backofficecare.safeguard.policy.store;
  exports com.backofficecare.safeguard.policy.termination;
}
