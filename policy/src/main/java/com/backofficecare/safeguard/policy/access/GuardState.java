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
import java.util.ArrayList;
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

  /** Failed attempts kept per person: more than any lockout counts. */
  private static final int FAILURES_KEPT = 32;

  private final GuardStateStore store;
  private final Object mutex = new Object();

  /**
   * Isolations in force by target kind (ordinal), then the target's id, then who holds it: a target
   * stays isolated while any holder (an incident, a termination) keeps it.
   */
  @SuppressWarnings({"unchecked", "rawtypes"}) // one map per kind of target
  private final Map<String, Map<String, Isolation>>[] isolated =
      new Map[IsolationTarget.Kind.values().length];

  private final Map<String, Instant> downloads = new ConcurrentHashMap<>();
  private final Map<String, Long> totpUsed = new ConcurrentHashMap<>();
  private final Map<String, java.util.Deque<Instant>> totpFailures = new ConcurrentHashMap<>();
  private final List<Consumer<Isolation>> listeners = new CopyOnWriteArrayList<>();
  private final @Nullable ScheduledExecutorService refresher;
  private volatile boolean anyIsolation;
  private volatile boolean unreadable;

  private GuardState(GuardStateStore store, @Nullable Duration refreshEvery) {
    this.store = store;
    for (int k = 0; k < isolated.length; k++) {
      isolated[k] = new ConcurrentHashMap<>();
    }
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
    return new GuardState(new MemoryStore(), null);
  }

  /**
   * State over {@code store}, restored from it now; other processes' changes arrive on {@link
   * #refresh()} only.
   *
   * @throws GuardStateException if the store cannot be read or holds a record it does not know
   */
  public static GuardState over(GuardStateStore store) {
    return new GuardState(requireNonNull(store, "store"), null);
  }

  /**
   * As {@link #over(GuardStateStore)}, refreshed every {@code every} by a daemon thread until
   * {@link #close()}.
   */
  public static GuardState over(GuardStateStore store, Duration every) {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("the refresh interval must be positive");
    }
    return new GuardState(requireNonNull(store, "store"), every);
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
      store.write(
          this::apply,
          append -> {
            append.accept(encode(i));
            return null;
          });
      apply(i);
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
          store.write(
              this::apply,
              append -> {
                boolean held = holds(target).containsKey(holder);
                if (held) {
                  append.accept(encode(r));
                }
                return held;
              });
      if (was) {
        apply(r);
      }
    }
    if (was) {
      listeners.forEach(l -> l.accept(r));
    }
    return was;
  }

  /** Whether any holder keeps {@code target} isolated. */
  public boolean isIsolated(IsolationTarget target) {
    return !holds(target).isEmpty();
  }

  /** The isolations in force, one per target and holder. */
  public List<Isolation> isolations() {
    List<Isolation> out = new ArrayList<>();
    for (Map<String, Map<String, Isolation>> m : isolated) {
      m.values().forEach(h -> out.addAll(h.values()));
    }
    return out;
  }

  private Map<String, Isolation> holds(IsolationTarget target) {
    return isolated[target.kind().ordinal()].getOrDefault(target.id(), Map.of());
  }

  /** Applies the changes other processes or instances made since the last refresh. */
  public void refresh() {
    synchronized (mutex) {
      store.read(this::apply);
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
    if (!anyIsolation) {
      return false;
    }
    String system = r.clientSystem();
    return isolated[IsolationTarget.Kind.PERSON.ordinal()].containsKey(r.person())
        || isolated[IsolationTarget.Kind.AGENCY.ordinal()].containsKey(r.agency().value())
        || isolated[IsolationTarget.Kind.DEVICE.ordinal()].containsKey(
            r.device().deviceId().toLowerCase(Locale.ROOT))
        || (system != null
            && isolated[IsolationTarget.Kind.SYSTEM.ordinal()].containsKey(
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
    Instant known = downloads.get(key);
    if (refuseRepeats && known != null && known.plus(window).isAfter(at)) {
      return true; // downloads only accumulate: what others recorded can only confirm the repeat
    }
    synchronized (mutex) {
      return store.write(
          this::apply,
          append -> {
            Instant previous = downloads.get(key);
            boolean repeat = previous != null && previous.plus(window).isAfter(at);
            if (!(repeat && refuseRepeats)) {
              append.accept(
                  JSON.createObjectNode()
                      .put("change", "download")
                      .put("key", key)
                      .put("at", at.toString())
                      .toString());
              downloads.merge(key, at, (a, b) -> a.isAfter(b) ? a : b);
              prune(at, window);
            }
            return repeat;
          });
    }
  }

  /**
   * Claims one-time-password step {@code step} for {@code person} (POL-3.8): true, durably, if no
   * step at or after it was used by that person before, which also clears their failed attempts;
   * false for a replay.
   */
  public boolean claimOneTimeCode(String person, long step, Instant at) {
    requireNonNull(person, "person");
    synchronized (mutex) {
      return store.write(
          this::apply,
          append -> {
            Long last = totpUsed.get(person);
            if (last != null && last >= step) {
              return false;
            }
            append.accept(
                JSON.createObjectNode()
                    .put("change", "totp-used")
                    .put("person", person)
                    .put("step", step)
                    .put("at", at.toString())
                    .toString());
            totpUsed.put(person, step);
            totpFailures.remove(person);
            return true;
          });
    }
  }

  /** Records a failed one-time-password attempt by {@code person}, durably. */
  public void oneTimeCodeFailed(String person, Instant at) {
    requireNonNull(person, "person");
    synchronized (mutex) {
      store.write(
          this::apply,
          append -> {
            append.accept(
                JSON.createObjectNode()
                    .put("change", "totp-failure")
                    .put("person", person)
                    .put("step", 0)
                    .put("at", at.toString())
                    .toString());
            failure(person, at);
            return null;
          });
    }
  }

  /** How many one-time-password attempts {@code person} failed since {@code since}. */
  public int oneTimeCodeFailuresSince(String person, Instant since) {
    java.util.Deque<Instant> f = totpFailures.get(person);
    if (f == null) {
      return 0;
    }
    synchronized (f) {
      return (int) f.stream().filter(t -> !t.isBefore(since)).count();
    }
  }

  private void failure(String person, Instant at) {
    java.util.Deque<Instant> f =
        totpFailures.computeIfAbsent(person, p -> new java.util.ArrayDeque<>());
    synchronized (f) {
      f.addLast(at);
      while (f.size() > FAILURES_KEPT) {
        f.removeFirst();
      }
    }
  }

  /** Drops downloads too old to matter to any window the policy could use at {@code now}. */
  private void prune(Instant now, Duration window) {
    if (downloads.size() > 100_000) {
      Instant horizon = now.minus(window);
      for (Iterator<Instant> it = downloads.values().iterator(); it.hasNext(); ) {
        if (it.next().isBefore(horizon)) {
          it.remove();
        }
      }
    }
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
    switch (change) {
      case "isolate" -> {
        exactKeys(n, ISOLATE_KEYS, change);
        String holder = text(n, "holder");
        apply(new Isolation(target(n), holder, holder, text(n, "by"), instant(n), false));
      }
      case "release" -> {
        exactKeys(n, RELEASE_KEYS, change);
        apply(
            new Isolation(
                target(n), text(n, "holder"), text(n, "reason"), text(n, "by"), instant(n), true));
      }
      case "download" -> {
        exactKeys(n, DOWNLOAD_KEYS, change);
        downloads.merge(text(n, "key"), instant(n), (a, b) -> a.isAfter(b) ? a : b);
      }
      case "totp-used" -> {
        exactKeys(n, TOTP_KEYS, change);
        String person = text(n, "person");
        totpUsed.merge(person, step(n), Math::max);
        totpFailures.remove(person);
      }
      case "totp-failure" -> {
        exactKeys(n, TOTP_KEYS, change);
        failure(text(n, "person"), instant(n));
      }
      default ->
          throw new GuardStateException(
              "unknown guard state change '" + change + "': written by a newer version?");
    }
  }

  private void apply(Isolation i) {
    Map<String, Map<String, Isolation>> m = isolated[i.target().kind().ordinal()];
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
    for (Map<String, Map<String, Isolation>> each : isolated) {
      any |= !each.isEmpty();
    }
    anyIsolation = any;
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
    public void close() {}
  }
}
