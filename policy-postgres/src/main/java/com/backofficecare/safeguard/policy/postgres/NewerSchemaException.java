package com.backofficecare.safeguard.policy.postgres;

/**
 * The policy tables' schema is at a version newer than this library knows: a newer release migrated
 * it. Nothing was changed; run that release (or a newer one) instead of this.
 */
public final class NewerSchemaException extends PolicyDatabaseException {

  private static final long serialVersionUID = 1L;

  private final int found;
  private final int known;

  NewerSchemaException(String schema, int found, int known) {
    super(
        "the policy tables in schema "
            + schema
            + " are at version "
            + found
            + ", newer than this library knows ("
            + known
            + ")");
    this.found = found;
    this.known = known;
  }

  /** The version the database is at. */
  public int found() {
    return found;
  }

  /** The newest version this library knows. */
  public int known() {
    return known;
  }
}
