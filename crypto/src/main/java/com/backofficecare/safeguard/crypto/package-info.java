/**
 * Encryption at rest (policy section 5) and the keys behind it: {@link StreamingAead}, a segmented
 * AES-256-GCM format (see {@code crypto/FORMAT.md}); {@link SymmetricKey}, a key that can be
 * destroyed; {@link KeyManager}, which wraps each object's data key under an agency's
 * key-encryption key, with {@link LocalKeyStore} as the embedded default.
 *
 * <p>Raw key bytes never leave this package: callers hold {@link SymmetricKey} and {@link
 * WrappedKey} objects, whose {@code toString()} shows ids only.
 */
@NullMarked
package com.backofficecare.safeguard.crypto;

import org.jspecify.annotations.NullMarked;
