/**
 * Test support for applications that embed Safeguard, and for the unit tests of their policy logic:
 * {@link SafeguardExtension} hands each test a ready {@link TestSafeguard} (in-memory store, key
 * store in a temporary directory, recording audit sink, steppable clock); {@link Requests} and
 * {@link Policies} build the model with sensible defaults; and {@link SafeguardAssertions} reads
 * like the policy:
 *
 * <pre>{@code
 * assertThat(guard).denies(Requests.read("u-ana", "sunrise", CLIENT_RECORDS, "diagnosis")
 *     .purpose(SCHEDULING)).citing("POL-3.2");
 * }</pre>
 */
@NullMarked
package com.backofficecare.safeguard.testing;

import org.jspecify.annotations.NullMarked;
