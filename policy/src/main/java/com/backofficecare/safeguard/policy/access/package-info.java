/**
 * The minimum-necessary access guard (policy sections 3, 4, 6, 8 and 9; HIPAA 164.502(b) and
 * 164.514(d)): {@link AccessGuard} decides each {@link AccessRequest} against an {@link
 * AccessPolicy}, denying by default, and explains every {@link Decision} by the clause ids ({@code
 * POL-x.y}) of the rules behind it. {@link MinimizedView} applies a decision to a record.
 */
@NullMarked
package com.backofficecare.safeguard.policy.access;

import org.jspecify.annotations.NullMarked;
