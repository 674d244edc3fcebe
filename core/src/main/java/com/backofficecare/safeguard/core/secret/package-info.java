/**
 * Secret bytes that can be destroyed, shared by the keys of Safeguard's modules. Exported only to
 * Safeguard's own modules ({@code module-info}): an application holds keys, never their bytes.
 */
@NullMarked
package com.backofficecare.safeguard.core.secret;

import org.jspecify.annotations.NullMarked;
