/**
 * {@link PostgresBlobStore}: blobs in PostgreSQL, chunked so that memory stays bounded for any
 * size, with the module's own versioned schema migrations. Several application instances may share
 * one database.
 */
@NullMarked
package com.backofficecare.safeguard.storage.postgres;

import org.jspecify.annotations.NullMarked;
