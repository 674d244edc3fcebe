package com.backofficecare.safeguard.core.redaction;

import com.backofficecare.safeguard.core.PhiType;

/**
 * Replaces one identifier. Built-in operators come from {@link RedactionOperators}; an application
 * may supply its own.
 */
@FunctionalInterface
public interface RedactionOperator {

  /**
   * Returns the replacement for {@code value}, an identifier of {@code type}.
   *
   * @param scope the document being redacted: its subject and the replacements made so far, for
   *     operators that must be consistent within a document
   */
  String replace(PhiType type, String value, RedactionScope scope);
}
