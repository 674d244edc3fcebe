/**
 * Classifying structured records (policy sections 2 and 3): which fields of a map, record, bean or
 * CSV file hold which identifiers, by name, {@link
 * com.backofficecare.safeguard.core.record.PhiField} annotation and value.
 */
@NullMarked
package com.backofficecare.safeguard.core.record;

import org.jspecify.annotations.NullMarked;
