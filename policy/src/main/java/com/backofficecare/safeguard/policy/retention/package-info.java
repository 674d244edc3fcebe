/**
 * Retention (policy 10.1, 5.3): {@link RetentionSchedule} holds per-agency, per-category periods
 * and legal holds, the longest applicable period winning and any hold blocking deletion; {@link
 * RetentionSweep} sanitizes what has outlived its rule.
 */
@NullMarked
package com.backofficecare.safeguard.policy.retention;

import org.jspecify.annotations.NullMarked;
