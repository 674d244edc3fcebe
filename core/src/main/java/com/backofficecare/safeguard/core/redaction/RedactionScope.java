package com.backofficecare.safeguard.core.redaction;

import com.backofficecare.safeguard.core.PhiType;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The state of one document's redaction: whose document it is (for per-client date shifts) and the
 * surrogates already chosen, so the same value gets the same surrogate throughout.
 */
public final class RedactionScope {

  private final @Nullable String subject;
  private @Nullable Map<String, String> memo; // made on first use: most redactions need none

  RedactionScope(@Nullable String subject) {
    this.subject = subject;
  }

  /** The client or person the document is about, if the caller named one. */
  public @Nullable String subject() {
    return subject;
  }

  /** The replacement already chosen for this value and type, or a new one from {@code fresh}. */
  public String remember(PhiType type, String value, Supplier<String> fresh) {
    if (memo == null) {
      memo = new HashMap<>();
    }
    return memo.computeIfAbsent(type.name() + '\u0000' + value, k -> fresh.get());
  }

  @Override
  public String toString() {
    return "RedactionScope[" + (memo == null ? 0 : memo.size()) + " replacements]";
  }
}
