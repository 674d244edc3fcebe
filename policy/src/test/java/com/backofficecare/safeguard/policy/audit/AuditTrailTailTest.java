package com.backofficecare.safeguard.policy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SPI for trail stores other than the file: a tail extended in groups gives the entries, chain
 * and root that {@link AuditLog} gives the same events, and {@link AuditTrailVerifier} finds what
 * was changed, as {@link AuditLog#verify} does.
 */
@Tag("POL-9.1")
class AuditTrailTailTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  @TempDir Path dir;

  private static List<AuditEvent> events(int from, int to) {
    return IntStream.range(from, to).mapToObj(AuditLogTest::event).toList();
  }

  /** The entries and heads of 25 events appended in groups of 10, 10 and 5. */
  private record Stored(List<AuditTrailTail.Entry> entries, List<TreeHead> heads) {}

  private Stored store(SigningIdentity identity) {
    List<AuditTrailTail.Entry> entries = new ArrayList<>();
    List<TreeHead> heads = new ArrayList<>();
    AuditTrailTail tail = AuditTrailTail.empty();
    for (int[] group : new int[][] {{0, 10}, {10, 20}, {20, 25}}) {
      AuditTrailTail.Extension x = tail.extend(events(group[0], group[1]), identity, NOW);
      entries.addAll(x.entries());
      heads.add(x.head());
      tail = AuditTrailTail.of(x.tail().size(), x.tail().chain(), x.tail().frontier());
    }
    assertThat(tail.size()).isEqualTo(25);
    assertThat(tail).hasToString("AuditTrailTail[size=25]");
    return new Stored(entries, heads);
  }

  private static AuditLog.Verification verify(Stored s, PinnedKeys pinned, String publicKey) {
    List<TreeHead> newestFirst = new ArrayList<>(s.heads());
    Collections.reverse(newestFirst); // the verifier orders them
    AuditTrailVerifier v = AuditTrailVerifier.start(publicKey, pinned, newestFirst);
    for (AuditTrailTail.Entry e : s.entries()) {
      if (!v.entry(e.index(), e.event(), e.chain())) {
        break;
      }
    }
    return v.result(null);
  }

  @Test
  void aTailExtendedInGroupsMatchesTheFileAndVerifies() {
    Path log = dir.resolve("audit.log");
    SigningIdentity identity = TestIdentity.of(log);
    Stored s = store(identity);
    TreeHead last = s.heads().get(2);
    try (AuditLog file = AuditLog.open(log, identity)) {
      events(0, 25).forEach(file::append);
      TreeHead head = file.head();
      assertThat(head.root()).isEqualTo(last.root());
      assertThat(head.chain()).isEqualTo(last.chain());
    }

    AuditLog.Verification v = verify(s, identity.pinnedKeys(), identity.publicKey());
    assertThat(v.intact()).as(String.valueOf(v.problem())).isTrue();
    assertThat(v.entries()).isEqualTo(25);
    assertThat(v.lastHead()).isNotNull();
  }

  @Test
  void theVerifierFindsAChangedEntryAMalformedOneAndHeadsWithoutEntries() {
    SigningIdentity identity = TestIdentity.of(dir.resolve("audit.log"));
    Stored s = store(identity);
    List<AuditTrailTail.Entry> changed = new ArrayList<>(s.entries());
    AuditTrailTail.Entry e = changed.get(12);
    changed.set(12, new AuditTrailTail.Entry(12, e.event().replace("u-ana", "u-eve"), e.chain()));
    AuditLog.Verification v =
        verify(new Stored(changed, s.heads()), identity.pinnedKeys(), identity.publicKey());
    assertThat(v.outcome()).isEqualTo(AuditLog.Verification.Outcome.TAMPERED);
    assertThat(v.firstBadEntry()).isEqualTo(12);

    changed.set(12, new AuditTrailTail.Entry(12, "{not json", e.chain()));
    assertThat(
            verify(new Stored(changed, s.heads()), identity.pinnedKeys(), identity.publicKey())
                .problem())
        .isEqualTo("entry 12 is malformed");

    assertThat(
            verify(
                    new Stored(s.entries().subList(0, 15), s.heads()),
                    identity.pinnedKeys(),
                    identity.publicKey())
                .problem())
        .isEqualTo("tree head of size 20 covers entries that are gone");
    assertThat(verify(s, PinnedKeys.none(), identity.publicKey()).outcome())
        .isEqualTo(AuditLog.Verification.Outcome.ISSUER_NOT_VERIFIED);
    assertThat(AuditTrailVerifier.missing("schema x").problem())
        .isEqualTo("no audit trail in schema x");
  }

  @Test
  void aStoredTailThatIsNotOneIsRefused() {
    AuditTrailTail empty = AuditTrailTail.empty();
    assertThat(AuditTrailTail.of(0, empty.chain(), "").size()).isZero();
    assertThatThrownBy(() -> AuditTrailTail.of(1, empty.chain(), ""))
        .isInstanceOf(AuditFormatException.class);
    assertThatThrownBy(() -> AuditTrailTail.of(0, "abc", ""))
        .isInstanceOf(AuditFormatException.class);
    assertThatThrownBy(() -> AuditTrailTail.of(-1, empty.chain(), ""))
        .isInstanceOf(AuditFormatException.class);
    assertThatThrownBy(() -> AuditTrailTail.of(0, empty.chain(), "00,11"))
        .isInstanceOf(AuditFormatException.class);
  }
}
