/** Detector internals: not API, may change in any release. */
@NullMarked
package com.backofficecare.safeguard.core.detection.internal;

import org.jspecify.annotations.NullMarked;
