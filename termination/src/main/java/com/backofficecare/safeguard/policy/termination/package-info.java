/**
 * Termination of services (policy section 10; HIPAA 164.504(e)(2)(ii)(J)): {@link Termination}
 * isolates the agency, returns its data as an OpenPGP archive and/or destroys it (cryptographic
 * erase), records physical destruction, and issues a signed {@link DestructionCertificate} that an
 * auditor verifies offline. Resumable and idempotent.
 */
@NullMarked
package com.backofficecare.safeguard.policy.termination;

import org.jspecify.annotations.NullMarked;
