package com.backofficecare.safeguard.policy.incident;

import com.backofficecare.safeguard.core.SafeguardException;

/** An event that the incident's state does not allow. Never ignored silently. */
public final class IllegalTransitionException extends SafeguardException {

  private static final long serialVersionUID = 1L;

  IllegalTransitionException(String incident, IncidentState state, String event, String why) {
    super("incident " + incident + " in state " + state + " cannot take " + event + ": " + why);
  }
}
