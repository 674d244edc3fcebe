package com.backofficecare.safeguard.policy.credentials;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.SafeguardException;

/** The secret offered for a client system is already another system's (POL-3.6). */
public final class ReusedCredentialException extends SafeguardException {

  private static final long serialVersionUID = 1L;

  ReusedCredentialException(AgencyId agency, String system) {
    super(
        "POL-3.6: the secret for "
            + agency
            + "/"
            + system
            + " is already used for another client system; each system needs its own");
  }
}
