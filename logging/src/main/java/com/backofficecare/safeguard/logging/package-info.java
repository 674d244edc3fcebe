/**
 * PHI-safe logging (policy sections 3 and 8): the detector runs over every formatted log message,
 * arguments included, and what it finds is replaced by type tags, so that
 * {@code log.info("saved {}", client)} cannot leak. {@link PhiMessageConverter} for Logback,
 * {@link PhiRewritePolicy} for Log4j2; both share {@link LogRedaction}.
 */
@NullMarked
package com.backofficecare.safeguard.logging;

import org.jspecify.annotations.NullMarked;
