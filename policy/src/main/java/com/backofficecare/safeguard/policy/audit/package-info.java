/**
 * The tamper-evident audit trail (policy 9.1; HIPAA 164.312(b)): {@link AuditLog} appends {@link
 * AuditEvent}s (who, what, why, when, outcome; never PHI values) to a Merkle-tree log in the style
 * of RFC 9162, with Ed25519-signed tree heads, inclusion and consistency proofs ({@link
 * MerkleTree}), and offline verification.
 */
@NullMarked
package com.backofficecare.safeguard.policy.audit;

import org.jspecify.annotations.NullMarked;
