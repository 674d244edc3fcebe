/**
 * The storage service-provider interface: {@link BlobStore}, what every backend implements, its
 * exceptions, and the two embedded backends ({@link FileSystemBlobStore}, the default, and {@link
 * InMemoryBlobStore}).
 *
 * <p>A backend stores opaque bytes under keys. It never sees plaintext: the secure temporary store
 * of {@code safeguard-crypto} hands it ciphertext only (policy section 3). Backends are passed to
 * builders explicitly; {@link BlobStoreProvider} discovery is an opt-in convenience.
 */
@NullMarked
package com.backofficecare.safeguard.storage;

import org.jspecify.annotations.NullMarked;
