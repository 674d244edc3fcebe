package com.backofficecare.safeguard.policy.access;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.policy.access.AccessGuard.Isolation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the guard must remember between decisions (POL-3.4, 3.8, 7.2, 10.2): isolations in force,
 * recent downloads, and one-time-password steps used and attempts failed. Over a persistent {@link
 * GuardStateStore} it is restored when built, every change is durable before the call that made it
 * returns, and changes made by other processes or instances arrive on {@link #refresh()} (called
 * every {@code refreshEvery} by a daemon thread when configured): that interval bounds how late
 * another instance enforces an isolation. Thread-safe.
 */
public final class GuardState implements AutoCloseable {

  /** Operational events: ids and counts, never PHI or key bytes. */
  private static final Logger LOG = LoggerFactory.getLogger(GuardState.class);

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Set<String> ISOLATE_KEYS =
      Set.of("change", "kind", "id", "holder", "by", "at");
  private static final Set<String> RELEASE_KEYS =
      Set.of("change", "kind", "id", "holder", "reason", "by", "at");
  private static final Set<String> DOWNLOAD_KEYS = Set.of("change", "key", "at");
  private static final Set<String> TOTP_KEYS = Set.of("change", "person", "step", "at");

  private static final Set<String> SNAPSHOT_KEYS = Set.of("change", "at");

  /** Failed attempts kept per person: more than any lockout counts. */
  private static final int FAILURES_KEPT = 32;

  /**
   * How long a download is kept once compacted: the longest duplicate-download window a policy may
   * set ({@link AccessPolicy.Builder#duplicateDownloads}), so no decision can need an older one.
   */
  static final Duration DOWNLOADS_KEPT = Duration.ofDays(30);

  /**
   * How long a used one-time-password step or a failed attempt is kept once compacted: longer than
   * the longest lockout and than the longest drift window {@code TotpVerifier} accepts.
   */
  static final Duration ONE_TIME_CODES_KEPT = Duration.ofHours(24);

  /** Compacted automatically when it holds at least this many records... */
  private static final long COMPACT_FROM = 10_000;

  /** ...and more than this many times as many as are live. */
  private static final long COMPACT_RATIO = 4;

  private final GuardStateStore store;
  private final boolean compactsItself;
  private final Object mutex = new Object();
  private final List<Consumer<Isolation>> listeners = new CopyOnWriteArrayList<>();
  private final @Nullable ScheduledExecutorService refresher;

  /** What is in force, swapped whole when a snapshot was read: never seen half built. */
  private volatile Live live = new Live();

  /** Built from a snapshot being read (under {@link #mutex}), swapped in once read whole. */
  private @Nullable Live rebuilding;

  private volatile boolean unreadable;

  /**
   * The state read from the store's records: isolations in force by target kind (ordinal), then the
   * target's id, then who holds it (a target stays isolated while any holder keeps it); downloads
   * by key; the last one-time-password step used and the attempts failed since, by person.
   */
  private static final class Live {
    @SuppressWarnings({"unchecked", "rawtypes"}) // one map per kind of target
    final Map<String, Map<String, Isolation>>[] isolated =
        new Map[IsolationTarget.Kind.values().length];

    final Map<String, Instant> downloads = new ConcurrentHashMap<>();
    final Map<String, Claim> totpUsed = new ConcurrentHashMap<>();
    final Map<String, Deque<Instant>> totpFailures = new ConcurrentHashMap<>();
    volatile boolean anyIsolation;

    /** The records the store holds for this state: what compaction would shrink. */
    long records;

    /** What was live when last counted: the next count waits for the records to outgrow it. */
    long liveWhenCounted;

    Live() {
      for (int k = 0; k < isolated.length; k++) {
        isolated[k] = new ConcurrentHashMap<>();
      }
    }
  }

  /** A used one-time-password step and when it was used. */
  private record Claim(long step, Instant at) {}

  /**
   * What a compaction did, or would do: the records the store held before and those it keeps (the
   * isolations in force, recent downloads and one-time-password records, and one record marking the
   * snapshot).
   */
  public record Compaction(long before, long after) {}

  private GuardState(
      GuardStateStore store, @Nullable Duration refreshEvery, boolean compactsItself) {
    this.store = store;
    this.compactsItself = compactsItself;
    refresh();
    if (refreshEvery == null) {
      refresher = null;
    } else {
      refresher =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "safeguard-guard-state");
                t.setDaemon(true);
                return t;
              });
      long ms = refreshEvery.toMillis();
      var unused = // runs until close(); refreshQuietly reports its own failures
          refresher.scheduleWithFixedDelay(this::refreshQuietly, ms, ms, TimeUnit.MILLISECONDS);
    }
  }

  /** State in this process's memory only: forgotten on restart, unseen by other processes. */
  public static GuardState inMemory() {
    return new GuardState(new MemoryStore(), null, true);
  }

  /**
   * State over {@code store}, restored from it now; other processes' changes arrive on {@link
   * #refresh()} only.
   *
   * @throws GuardStateException if the store cannot be read or holds a record it does not know
   */
  public static GuardState over(GuardStateStore store) {
    return new GuardState(requireNonNull(store, "store"), null, true);
  }

  /**
   * As {@link #over(GuardStateStore)}, refreshed every {@code every} by a daemon thread until
   * {@link #close()}.
   */
  public static GuardState over(GuardStateStore store, Duration every) {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("the refresh interval must be positive");
    }
    return new GuardState(requireNonNull(store, "store"), every, true);
  }

  /** Calls {@code listener} on every isolation and release made through this state object. */
  public void onIsolation(Consumer<Isolation> listener) {
    listeners.add(requireNonNull(listener, "listener"));
  }

  /**
   * Isolates {@code target} (POL-7.2, 10.2) on behalf of {@code holder} (what keeps it isolated:
   * "incident INC-20261124-ab12cd", "termination"), durably, before returning.
   *
   * @throws GuardStateException if it could not be recorded: it is then not in force
   */
  public void isolate(IsolationTarget target, String holder, String by, Instant at) {
    Isolation i =
        new Isolation(
            requireNonNull(target, "target"),
            requireNonNull(holder, "holder"),
            holder,
            requireNonNull(by, "by"),
            requireNonNull(at, "at"),
            false);
    synchronized (mutex) {
      write(
          (state, append) -> {
            append.accept(encode(i));
            return true;
          });
      apply(live, i); // only once durable: nothing is in force that was not recorded
    }
    listeners.forEach(l -> l.accept(i));
  }

  /**
   * Ends {@code holder}'s isolation of {@code target}: an explicit, attributed act, durable before
   * returning. The target stays isolated while another holder keeps it (a release by one incident
   * never lifts another's isolation, nor a termination's).
   *
   * @return whether {@code holder} held it
   */
  public boolean release(
      IsolationTarget target, String holder, String reason, String by, Instant at) {
    Isolation r =
        new Isolation(
            requireNonNull(target, "target"),
            requireNonNull(holder, "holder"),
            requireNonNull(reason, "reason"),
            requireNonNull(by, "by"),
            requireNonNull(at, "at"),
            true);
    boolean was;
    synchronized (mutex) {
      was =
          write(
              (state, append) -> {
                boolean held = holds(state, target).containsKey(holder);
                if (held) {
                  append.accept(encode(r));
                }
                return held;
              });
      if (was) {
        apply(live, r); // only once durable
      }
    }
    if (was) {
      listeners.forEach(l -> l.accept(r));
    }
    return was;
  }

  /** Whether any holder keeps {@code target} isolated. */
  public boolean isIsolated(IsolationTarget target) {
    return !holds(live, target).isEmpty();
  }

  /** The isolations in force, one per target and holder. */
  public List<Isolation> isolations() {
    List<Isolation> out = new ArrayList<>();
    for (Map<String, Map<String, Isolation>> m : live.isolated) {
      m.values().forEach(h -> out.addAll(h.values()));
    }
    return out;
  }

  private static Map<String, Isolation> holds(Live state, IsolationTarget target) {
    return state.isolated[target.kind().ordinal()].getOrDefault(target.id(), Map.of());
  }

  /**
   * Applies the changes other processes or instances made since the last refresh, and compacts the
   * store when it holds at least 10,000 records and more than four times as many as are live (a
   * failed compaction is logged and changes nothing).
   */
  public void refresh() {
    synchronized (mutex) {
      store.read(this::apply);
      settle();
      Live state = live;
      if (compactsItself
          && state.records >= COMPACT_FROM
          && state.records > COMPACT_RATIO * state.liveWhenCounted) {
        state.liveWhenCounted = snapshot(state, Instant.now()).size();
        if (state.records > COMPACT_RATIO * state.liveWhenCounted) {
          try {
            Compaction c = compact(Instant.now());
            LOG.info("guard state compacted from {} to {} records", c.before(), c.after());
          } catch (GuardStateException e) {
            LOG.warn(
                "guard state could not be compacted ({}); it stays as it was",
                e.getClass().getSimpleName());
          }
        }
      }
    }
  }

  /**
   * Rewrites the store to hold only what can still affect a decision: the isolations in force (a
   * released isolation and its release are dropped: the audit trail keeps both), downloads younger
   * than 30 days (the longest duplicate-download window a policy may set; of repeats, the latest),
   * and one-time-password steps used and attempts failed in the last 24 hours. Durable when it
   * returns; another process reading the store notices and reloads it, and nothing appended
   * meanwhile is lost (the file store: a new file, synced and renamed over the old under the
   * writers' lock).
   *
   * @throws GuardStateException if the store cannot be read or rewritten: it is then unchanged
   */
  public Compaction compact() {
    return compact(Instant.now());
  }

  /**
   * What {@link #compact()} would do now to {@code store}, changing nothing (not even compacting
   * automatically). It reads {@code store} from where that handle last read: give it a handle of
   * its own, not one a {@link GuardState} uses.
   *
   * @throws GuardStateException if the store cannot be read or holds a record it does not know
   */
  public static Compaction planCompaction(GuardStateStore store) {
    GuardState state = new GuardState(requireNonNull(store, "store"), null, false);
    Live live = state.live;
    return new Compaction(live.records, snapshot(live, Instant.now()).size());
  }

  Compaction compact(Instant now) {
    synchronized (mutex) {
      long[] before = new long[1];
      List<String> kept =
          store.compact(
              this::apply,
              () -> {
                settle();
                before[0] = live.records;
                return snapshot(live, now);
              });
      kept.forEach(this::apply);
      settle();
      return new Compaction(before[0], kept.size());
    }
  }

  /** Stops the refresh thread; the store stays open (its owner closes it). */
  @Override
  public void close() {
    if (refresher != null) {
      refresher.shutdownNow();
    }
  }

  boolean isolatedAny(AccessRequest r) {
    if (unreadable) {
      return true;
    }
    Live state = live;
    if (!state.anyIsolation) {
      return false;
    }
    String system = r.clientSystem();
    return state.isolated[IsolationTarget.Kind.PERSON.ordinal()].containsKey(r.person())
        || state.isolated[IsolationTarget.Kind.AGENCY.ordinal()].containsKey(r.agency().value())
        || state.isolated[IsolationTarget.Kind.DEVICE.ordinal()].containsKey(
            r.device().deviceId().toLowerCase(Locale.ROOT))
        || (system != null
            && state.isolated[IsolationTarget.Kind.SYSTEM.ordinal()].containsKey(
                system.toLowerCase(Locale.ROOT)));
  }

  /**
   * Records a download of {@code records} unless it repeats one within {@code window} and repeats
   * are refused; durable before returning.
   *
   * @return whether it repeats one made within {@code window}
   */
  boolean download(
      String person,
      String agency,
      int category,
      List<String> records,
      Instant at,
      Duration window,
      boolean refuseRepeats) {
    String key = downloadKey(person, agency, category, records);
    Instant known = live.downloads.get(key);
    if (refuseRepeats && known != null && known.plus(window).isAfter(at)) {
      return true; // downloads only accumulate: what others recorded can only confirm the repeat
    }
    return write(
        (state, append) -> {
          Instant previous = state.downloads.get(key);
          boolean repeat = previous != null && previous.plus(window).isAfter(at);
          if (!(repeat && refuseRepeats)) {
            append.accept(downloadRecord(key, at));
            state.downloads.merge(key, at, GuardState::later);
            prune(state, at, window);
          }
          return repeat;
        });
  }

  /**
   * Claims one-time-password step {@code step} for {@code person} (POL-3.8): true, durably, if no
   * step at or after it was used by that person before, which also clears their failed attempts;
   * false for a replay.
   */
  public boolean claimOneTimeCode(String person, long step, Instant at) {
    requireNonNull(person, "person");
    return write(
        (state, append) -> {
          Claim last = state.totpUsed.get(person);
          if (last != null && last.step() >= step) {
            return false;
          }
          append.accept(oneTimeCodeRecord("totp-used", person, step, at));
          state.totpUsed.put(person, new Claim(step, at));
          state.totpFailures.remove(person);
          return true;
        });
  }

  /** Records a failed one-time-password attempt by {@code person}, durably. */
  public void oneTimeCodeFailed(String person, Instant at) {
    requireNonNull(person, "person");
    write(
        (state, append) -> {
          append.accept(oneTimeCodeRecord("totp-failure", person, 0, at));
          failure(state, person, at);
          return true;
        });
  }

  /** How many one-time-password attempts {@code person} failed since {@code since}. */
  public int oneTimeCodeFailuresSince(String person, Instant since) {
    Deque<Instant> f = live.totpFailures.get(person);
    if (f == null) {
      return 0;
    }
    synchronized (f) {
      return (int) f.stream().filter(t -> !t.isBefore(since)).count();
    }
  }

  /** A change made under the store's write lock, to the state in force once caught up. */
  private interface Section<T> {
    T apply(Live state, Consumer<String> append);
  }

  /** Runs {@code section} under the store's write lock, counting what it appends. */
  private <T> T write(Section<T> section) {
    synchronized (mutex) {
      return store.write(
          this::apply,
          append -> {
            settle();
            Live state = live;
            return section.apply(
                state,
                line -> {
                  append.accept(line);
                  state.records++;
                });
          });
    }
  }

  private static void failure(Live state, String person, Instant at) {
    Deque<Instant> f = state.totpFailures.computeIfAbsent(person, p -> new ArrayDeque<>());
    synchronized (f) {
      f.addLast(at);
      while (f.size() > FAILURES_KEPT) {
        f.removeFirst();
      }
    }
  }

  /** Drops downloads too old to matter to any window the policy could use at {@code now}. */
  private static void prune(Live state, Instant now, Duration window) {
    if (state.downloads.size() > 100_000) {
      Instant horizon = now.minus(window);
      state.downloads.values().removeIf(t -> t.isBefore(horizon));
    }
  }

  /**
   * The records that stand for {@code state} at {@code now}: a snapshot mark (a reader starts over
   * from it), then what can still affect a decision. Replaying them gives the same decisions as
   * replaying everything before, at {@code now} and after.
   */
  private static List<String> snapshot(Live state, Instant now) {
    List<String> out = new ArrayList<>();
    out.add(JSON.createObjectNode().put("change", "snapshot").put("at", now.toString()).toString());
    for (Map<String, Map<String, Isolation>> kind : state.isolated) {
      kind.values().forEach(holders -> holders.values().forEach(i -> out.add(encode(i))));
    }
    Instant codes = now.minus(ONE_TIME_CODES_KEPT);
    state.totpUsed.forEach(
        (person, c) -> {
          if (!c.at().isBefore(codes)) {
            out.add(oneTimeCodeRecord("totp-used", person, c.step(), c.at()));
          }
        });
    state.totpFailures.forEach(
        (person, failures) -> {
          synchronized (failures) {
            failures.stream()
                .filter(t -> !t.isBefore(codes))
                .forEach(t -> out.add(oneTimeCodeRecord("totp-failure", person, 0, t)));
          }
        });
    Instant downloads = now.minus(DOWNLOADS_KEPT);
    state.downloads.forEach(
        (key, at) -> {
          if (!at.isBefore(downloads)) {
            out.add(downloadRecord(key, at));
          }
        });
    return out;
  }

  private static String downloadRecord(String key, Instant at) {
    return JSON.createObjectNode()
        .put("change", "download")
        .put("key", key)
        .put("at", at.toString())
        .toString();
  }

  private static String oneTimeCodeRecord(String change, String person, long step, Instant at) {
    return JSON.createObjectNode()
        .put("change", change)
        .put("person", person)
        .put("step", step)
        .put("at", at.toString())
        .toString();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private void refreshQuietly() {
    try {
      refresh();
      if (unreadable) {
        LOG.info("guard state readable again");
      }
      unreadable = false;
    } catch (RuntimeException e) {
      if (!unreadable) {
        LOG.warn(
            "guard state cannot be refreshed ({}); every request is denied until it can",
            e.getClass().getSimpleName());
      }
      // Fail closed: while other processes' changes cannot be read (a record this version does
      // not know, a store that is down), an isolation made elsewhere may be missing here, so
      // every request is treated as isolated until a refresh succeeds again.
      unreadable = true;
    }
  }

  /** Whether the last background refresh failed, so that every request is denied meanwhile. */
  public boolean unreadable() {
    return unreadable;
  }

  /** Puts a state rebuilt from a snapshot in force, once the snapshot was read whole. */
  private void settle() {
    Live next = rebuilding;
    if (next != null) {
      live = next;
      rebuilding = null;
    }
  }

  /**
   * Applies one record read from the store: a snapshot mark starts a new state, built aside until
   * the read ends, so that a request never meets half of it.
   */
  private void apply(String record) {
    JsonNode n;
    try {
      n = JSON.readTree(record);
    } catch (JsonProcessingException e) {
      throw new GuardStateException(
          "a guard state record is not one JSON object without" + " duplicate keys");
    }
    if (!n.isObject()) {
      throw new GuardStateException("a guard state record is not a JSON object");
    }
    String change = n.path("change").asText("");
    if (change.equals("snapshot")) {
      exactKeys(n, SNAPSHOT_KEYS, change);
      instant(n);
      Live fresh = new Live();
      fresh.records = 1;
      rebuilding = fresh;
      return;
    }
    Live state = rebuilding != null ? rebuilding : live;
    switch (change) {
      case "isolate" -> {
        exactKeys(n, ISOLATE_KEYS, change);
        String holder = text(n, "holder");
        apply(state, new Isolation(target(n), holder, holder, text(n, "by"), instant(n), false));
      }
      case "release" -> {
        exactKeys(n, RELEASE_KEYS, change);
        apply(
            state,
            new Isolation(
                target(n), text(n, "holder"), text(n, "reason"), text(n, "by"), instant(n), true));
      }
      case "download" -> {
        exactKeys(n, DOWNLOAD_KEYS, change);
        state.downloads.merge(text(n, "key"), instant(n), GuardState::later);
      }
      case "totp-used" -> {
        exactKeys(n, TOTP_KEYS, change);
        String person = text(n, "person");
        Claim c = new Claim(step(n), instant(n));
        state.totpUsed.merge(person, c, (a, b) -> a.step() >= b.step() ? a : b);
        state.totpFailures.remove(person);
      }
      case "totp-failure" -> {
        exactKeys(n, TOTP_KEYS, change);
        failure(state, text(n, "person"), instant(n));
      }
      default ->
          throw new GuardStateException(
              "unknown guard state change '" + change + "': written by a newer version?");
    }
    state.records++;
  }

  private static void apply(Live state, Isolation i) {
    Map<String, Map<String, Isolation>> m = state.isolated[i.target().kind().ordinal()];
    if (i.released()) {
      m.computeIfPresent(
          i.target().id(),
          (id, holders) -> {
            holders.remove(i.holder());
            return holders.isEmpty() ? null : holders;
          });
    } else {
      m.computeIfAbsent(i.target().id(), id -> new ConcurrentHashMap<>()).put(i.holder(), i);
    }
    boolean any = false;
    for (Map<String, Map<String, Isolation>> each : state.isolated) {
      any |= !each.isEmpty();
    }
    state.anyIsolation = any;
  }

  private static String encode(Isolation i) {
    ObjectNode n =
        JSON.createObjectNode()
            .put("change", i.released() ? "release" : "isolate")
            .put("kind", i.target().kind().name().toLowerCase(Locale.ROOT))
            .put("id", i.target().id())
            .put("holder", i.holder());
    if (i.released()) {
      n.put("reason", i.reason());
    }
    return n.put("by", i.by()).put("at", i.since().toString()).toString();
  }

  private static IsolationTarget target(JsonNode n) {
    try {
      return IsolationTarget.parse(text(n, "kind") + ":" + text(n, "id"));
    } catch (IllegalArgumentException e) {
      throw new GuardStateException(
          "a guard state record names an invalid target: " + e.getMessage());
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new GuardStateException("a guard state record lacks the text field '" + field + "'");
    }
    return v.asText();
  }

  private static long step(JsonNode n) {
    JsonNode v = n.get("step");
    if (v == null || !v.isIntegralNumber()) {
      throw new GuardStateException("a guard state record lacks the whole number 'step'");
    }
    return v.asLong();
  }

  private static Instant instant(JsonNode n) {
    try {
      return Instant.parse(text(n, "at"));
    } catch (DateTimeException e) {
      throw new GuardStateException("a guard state record has an invalid 'at'");
    }
  }

  private static void exactKeys(JsonNode n, Set<String> keys, String change) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!keys.contains(k)) {
        throw new GuardStateException(
            "unknown key '" + k + "' in a guard state " + change + " record");
      }
    }
  }

  /**
   * The key of a download: who, which agency and category, and the set of distinct records, hashed
   * so the state names no record.
   */
  private static String downloadKey(
      String person, String agency, int category, List<String> records) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update((person + '\0' + agency + '\0' + category).getBytes(StandardCharsets.UTF_8));
      // Spelled as the back end may read them: case and surrounding spaces do not make a new set.
      for (String r :
          records.stream()
              .map(x -> x.strip().toLowerCase(Locale.ROOT))
              .distinct()
              .sorted()
              .toList()) {
        d.update((byte) 0);
        d.update(r.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Keeps nothing: the state lives in the {@link GuardState} object alone. */
  private static final class MemoryStore implements GuardStateStore {
    @Override
    public void read(Consumer<String> sink) {}

    @Override
    public <T> T write(
        Consumer<String> catchUp, java.util.function.Function<Consumer<String>, T> section) {
      return section.apply(line -> {});
    }

    @Override
    public List<String> compact(
        Consumer<String> catchUp, java.util.function.Supplier<List<String>> snapshot) {
      return snapshot.get();
    }

    @Override
    public void close() {}
  }
}
