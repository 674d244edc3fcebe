/**
 * The policy's vocabulary: identifier types ({@link com.backofficecare.safeguard.core.PhiType}),
 * data categories ({@link com.backofficecare.safeguard.core.DataCategory}) and the agency that owns
 * the data ({@link com.backofficecare.safeguard.core.AgencyId}).
 */
@NullMarked
package com.backofficecare.safeguard.core;

import org.jspecify.annotations.NullMarked;
