/**
 * Finding PHI in free text (policy sections 2 and 3): {@link
 * com.backofficecare.safeguard.core.detection.PhiDetector} returns {@link
 * com.backofficecare.safeguard.core.detection.Finding}s with type, offsets, confidence and reason.
 * Implementation classes live in {@code internal} and are not API.
 */
@NullMarked
package com.backofficecare.safeguard.core.detection;

import org.jspecify.annotations.NullMarked;
