/**
 * Redacting PHI (policy sections 3 and 8): {@link
 * com.backofficecare.safeguard.core.redaction.Redactor} with per-type {@link
 * com.backofficecare.safeguard.core.redaction.RedactionOperators}: type tags, partial masks, keyed
 * pseudonyms, consistent surrogates, per-client date shifts and Safe Harbor generalization.
 */
@NullMarked
package com.backofficecare.safeguard.core.redaction;

import org.jspecify.annotations.NullMarked;
