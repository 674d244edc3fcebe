package com.backofficecare.safeguard.core.detection;

import com.backofficecare.safeguard.core.SafeguardException;

/**
 * The detector's trained model could not be loaded: the file is missing, truncated, corrupt or of
 * another version. Thrown when a {@link PhiDetector} is built, never later: a detector never falls
 * back silently to weaker detection. The message names the file, never text content.
 */
public final class DetectionModelException extends SafeguardException {

  private static final long serialVersionUID = 1L;

  public DetectionModelException(String message) {
    super(message);
  }

  public DetectionModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
