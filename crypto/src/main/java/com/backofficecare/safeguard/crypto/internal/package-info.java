/** Primitives behind the public crypto API. Not API: may change in any release. */
@NullMarked
package com.backofficecare.safeguard.crypto.internal;

import org.jspecify.annotations.NullMarked;
