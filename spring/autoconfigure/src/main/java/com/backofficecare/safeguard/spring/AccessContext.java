package com.backofficecare.safeguard.spring;

import com.backofficecare.safeguard.policy.access.AccessRequest;

/**
 * The application's view of the current caller, for {@link Guarded} methods: who, for which agency,
 * from which device and network, with which authentication. Return a builder with those set; the
 * interceptor adds category, action, purpose, fields and records.
 */
@FunctionalInterface
public interface AccessContext {

  AccessRequest.Builder current();
}
