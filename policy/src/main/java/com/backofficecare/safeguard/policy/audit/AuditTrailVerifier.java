package com.backofficecare.safeguard.policy.audit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Verifies an audit trail kept by a store other than {@link AuditLog}'s file (an SPI, with {@link
 * AuditTrailTail}) as {@link AuditLog#verify} does a file: every entry, the chain, every head
 * signed by a pinned key, and optionally a head saved earlier. Pass it the stored entries in order,
 * then ask for the {@link #result}. One use, one thread.
 */
public final class AuditTrailVerifier {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final LogChecker check;
  private final List<TreeHead> heads;
  private int nextHead;

  private AuditTrailVerifier(LogChecker check, List<TreeHead> heads) {
    this.check = check;
    this.heads = heads;
  }

  /**
   * A verification of the trail whose store names {@code publicKey} (a hint only, never trusted for
   * being there) and keeps {@code heads}.
   */
  public static AuditTrailVerifier start(
      String publicKey, PinnedKeys pinned, List<TreeHead> heads) {
    requireNonNull(publicKey, "publicKey");
    requireNonNull(pinned, "pinned");
    return new AuditTrailVerifier(
        new LogChecker(publicKey, pinned),
        heads.stream().sorted(Comparator.comparingLong(TreeHead::size)).toList());
  }

  /** The verdict on a store that holds no trail, {@code where} naming the store. */
  public static AuditLog.Verification missing(String where) {
    return AuditLog.Verification.tampered("no audit trail in " + where);
  }

  /**
   * Checks the next stored entry, then every head that covers exactly the entries so far.
   *
   * @return false once the trail is known not to verify: reading on changes nothing
   */
  public boolean entry(long index, String event, String chain) {
    if (check.failed()) {
      return false;
    }
    byte[] canonical;
    try {
      canonical = EventJson.write(EventJson.read(MAPPER.readTree(event)));
    } catch (IOException | RuntimeException e) {
      return check.malformed("entry " + index + " is malformed");
    }
    check.entry(index, canonical, chain);
    while (nextHead < heads.size()
        && heads.get(nextHead).size() == check.leaves.size()
        && !check.failed()) {
      TreeHead h = heads.get(nextHead++);
      check.head(h, "of size " + h.size());
    }
    return !check.failed();
  }

  /** The verdict, once every entry was passed, checked against {@code trusted} if given. */
  public AuditLog.Verification result(@Nullable TreeHead trusted) {
    if (!check.failed() && nextHead < heads.size()) {
      check.malformed(
          "tree head of size " + heads.get(nextHead).size() + " covers entries that are gone");
    }
    check.trusted(trusted);
    return check.result();
  }
}
