/**
 * A store directory on one machine: the layout in which the CLI, the Spring starter, the examples
 * and the test kit keep an installation's key store, encrypted objects, audit trail, incidents,
 * guard state and termination journals (policy sections 5, 7, 9 and 10), and the one place that
 * opens them.
 */
@NullMarked
package com.backofficecare.safeguard.policy.store;

import org.jspecify.annotations.NullMarked;
