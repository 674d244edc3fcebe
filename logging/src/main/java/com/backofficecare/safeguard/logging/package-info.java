/**
 * PHI-safe logging (policy sections 3 and 8): what a caller puts into a log event is run through
 * the detector and what it finds is replaced by type tags, so that {@code log.info("saved {}",
 * client)}, an exception that quotes a client, or an MDC entry cannot leak. What the framework adds
 * (timestamps, levels, logger and thread names, stack frames) is not read.
 *
 * <ul>
 *   <li>Logback patterns: {@link PhiMessageConverter} ({@code %safeMsg}), {@link
 *       PhiThrowableConverter} ({@code %phiEx}), {@link PhiExtendedThrowableConverter}, {@link
 *       PhiMdcConverter} ({@code %phiX}), {@link PhiKeyValueConverter} ({@code %phiKvp}).
 *   <li>logstash-logback-encoder: {@link PhiJsonGeneratorDecorator}.
 *   <li>Log4j2: {@link PhiMessagePatternConverter} ({@code %safeMsg}), {@link
 *       PhiThrowablePatternConverter} ({@code %phiEx}), {@link PhiContextMapPatternConverter}
 *       ({@code %phiX}), {@link PhiRewritePolicy} (any layout), {@link PhiResolverFactory} (JSON
 *       Template Layout).
 *   <li>{@code java.util.logging}: {@link PhiFormatter}.
 * </ul>
 *
 * <p>All share {@link LogRedaction}.
 */
@NullMarked
package com.backofficecare.safeguard.logging;

import org.jspecify.annotations.NullMarked;
