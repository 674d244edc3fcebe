package com.backofficecare.safeguard.policy.retention;

import com.backofficecare.safeguard.crypto.tempstore.DeletionReceipt;
import com.backofficecare.safeguard.crypto.tempstore.ObjectNotFoundException;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.crypto.tempstore.StoredObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One retention sweep over a secure store: every object that has outlived its rule (or its own
 * expiry) and is not under a legal hold is sanitized, each with a receipt. Scheduled by the
 * application or run from the CLI ({@code retention sweep}).
 */
public final class RetentionSweep {

  private RetentionSweep() {}

  /** What a sweep did. */
  public record Result(List<DeletionReceipt> deleted, int heldBack) {}

  /** What a sweep would do now: the objects due, and how many a legal hold keeps. */
  public record Plan(List<StoredObject> due, int heldBack) {}

  /** The objects that outlived their rule or expiry and no hold keeps: nothing is deleted. */
  public static Plan plan(SecureTempStore store, RetentionSchedule schedule, Instant now) {
    List<StoredObject> due = new ArrayList<>();
    int held = 0;
    for (StoredObject o : store.list()) {
      Optional<Duration> period = schedule.period(o.agency(), o.category());
      boolean outlived =
          o.expiredAt(now) || (period.isPresent() && !o.created().plus(period.get()).isAfter(now));
      if (!outlived) {
        continue;
      }
      if (schedule.held(o.agency(), o.category())) {
        held++;
        continue;
      }
      due.add(o);
    }
    return new Plan(due, held);
  }

  /** Sanitizes what {@link #plan} finds due. */
  public static Result run(SecureTempStore store, RetentionSchedule schedule, Instant now) {
    Plan plan = plan(store, schedule, now);
    List<DeletionReceipt> deleted = new ArrayList<>();
    for (StoredObject o : plan.due()) {
      try {
        deleted.add(store.delete(o.id(), o.expiredAt(now) ? "expired" : "retention"));
      } catch (ObjectNotFoundException e) {
        // deleted concurrently
      }
    }
    return new Result(deleted, plan.heldBack());
  }
}
