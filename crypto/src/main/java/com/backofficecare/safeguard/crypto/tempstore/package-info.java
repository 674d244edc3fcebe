/**
 * The secure temporary store (policy sections 3, 5 and 10): {@link SecureTempStore} keeps payroll
 * exports, billing batches and scanned credentials encrypted under a key of their own, deletes them
 * when they expire, and deletes by sanitization that it can prove with a {@link DeletionReceipt}.
 */
@NullMarked
package com.backofficecare.safeguard.crypto.tempstore;

import org.jspecify.annotations.NullMarked;
