/**
 * Multi-factor authentication for applications that have none of their own (policy 3.8): a TOTP
 * verifier (RFC 6238) with time-step windows and replay refusal.
 */
@NullMarked
package com.backofficecare.safeguard.policy.mfa;

import org.jspecify.annotations.NullMarked;
