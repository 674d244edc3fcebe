/**
 * Policy as configuration (policy section 11): {@link PolicyFiles} reads agencies, engagements,
 * roles and personnel from a versioned JSON file, validated with Jakarta Validation, refusing an
 * invalid file as a whole with problems that name the file, line and path.
 */
@NullMarked
package com.backofficecare.safeguard.policy.config;

import org.jspecify.annotations.NullMarked;
