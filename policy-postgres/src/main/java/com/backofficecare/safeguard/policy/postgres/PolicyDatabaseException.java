package com.backofficecare.safeguard.policy.postgres;

import com.backofficecare.safeguard.core.SafeguardException;
import java.sql.SQLException;

/**
 * A policy table in PostgreSQL could not be prepared, read or written, or holds what this library
 * cannot use. The message names the schema, the operation and the SQLState, never the data.
 */
public class PolicyDatabaseException extends SafeguardException {

  private static final long serialVersionUID = 1L;

  PolicyDatabaseException(String message) {
    super(message);
  }

  PolicyDatabaseException(String message, Throwable cause) {
    super(message, cause);
  }

  /** {@code what} failed with {@code e}, named by its SQLState. */
  static PolicyDatabaseException of(String what, SQLException e) {
    return new PolicyDatabaseException(what + " (SQLState " + e.getSQLState() + ")", e);
  }
}
