package com.backofficecare.safeguard.spring;

import com.backofficecare.safeguard.core.SafeguardException;
import com.backofficecare.safeguard.policy.access.Decision;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A {@link Guarded} method was denied; the message is the decision's explanation (no PHI). */
@ResponseStatus(HttpStatus.FORBIDDEN)
public final class AccessDeniedException extends SafeguardException {

  private static final long serialVersionUID = 1L;

  private final transient Decision decision;

  AccessDeniedException(Decision decision) {
    super(decision.explain());
    this.decision = decision;
  }

  /** Permitted, yet refused here: {@code why} says what the guard could not enforce. */
  AccessDeniedException(Decision decision, String why) {
    super(why);
    this.decision = decision;
  }

  public Decision decision() {
    return decision;
  }
}
