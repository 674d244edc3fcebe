/**
 * Incident response (policy section 7; HIPAA 164.308(a)(6) and the Breach Notification Rule,
 * 164.400-414): an {@link Incident} moves from report to close through {@link IncidentState}s by
 * {@link IncidentEvent}s that {@link IncidentService} checks, persists ({@link IncidentStore}),
 * audits and acts on (isolation through the access guard). {@link ObligationLedger} computes the
 * notification deadlines; {@link Notices} drafts the notices.
 */
@NullMarked
package com.backofficecare.safeguard.policy.incident;

import org.jspecify.annotations.NullMarked;
