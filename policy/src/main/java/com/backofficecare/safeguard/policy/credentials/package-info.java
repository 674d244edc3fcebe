/**
 * Client-system credentials (policy 3.6, 3.7, 10.2): {@link CredentialVault} keeps each client
 * system's credentials encrypted, refuses a secret already used for another system, lends a secret
 * only for the moment it is used, and revokes every credential of an agency at once.
 */
@NullMarked
package com.backofficecare.safeguard.policy.credentials;

import org.jspecify.annotations.NullMarked;
