/**
 * Spring Boot integration: {@link SafeguardAutoConfiguration} provides the detector, the access
 * guard (policy file from {@code safeguard.policy-file}, reloaded on change), the secure store, the
 * audit trail and the incident service from {@link SafeguardProperties}; {@link Guarded} methods
 * are decided by the guard and their results minimized.
 */
@NullMarked
package com.backofficecare.safeguard.spring;

import org.jspecify.annotations.NullMarked;
