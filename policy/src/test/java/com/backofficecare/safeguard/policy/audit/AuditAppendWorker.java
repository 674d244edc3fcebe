package com.backofficecare.safeguard.policy.audit;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A separate process appending to an audit log, for the crash and multi-process tests: {@code
 * AuditAppendWorker LOG THREADS EVENTS TAG}. Prints "ack TAG-N" after each append returns, so the
 * parent knows what was acknowledged before it killed this process.
 */
public final class AuditAppendWorker {

  public static void main(String[] args) throws Exception {
    Path log = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    int events = Integer.parseInt(args[2]);
    String tag = args[3];
    AtomicInteger next = new AtomicInteger();
    AuditLogTest.event(0).scrubbed(); // loads the detector the scrubbing uses, before any timing
    try (AuditLog a = AuditLog.open(log, TestIdentity.of(log))) {
      System.out.println("open " + a.quarantined());
      System.out.flush();
      Thread[] t = new Thread[threads];
      for (int k = 0; k < threads; k++) {
        t[k] =
            new Thread(
                () -> {
                  for (int i = next.getAndIncrement(); i < events; i = next.getAndIncrement()) {
                    AuditEvent e = AuditLogTest.event(i);
                    a.append(
                        new AuditEvent(
                            e.time(),
                            e.type(),
                            tag + "-" + i,
                            e.agency(),
                            e.category(),
                            e.action(),
                            e.purpose(),
                            e.records(),
                            e.fieldsRequested(),
                            e.fieldsReleased(),
                            e.outcome(),
                            e.clauses(),
                            e.policyVersion(),
                            e.detail()));
                    synchronized (System.out) {
                      System.out.println("ack " + tag + "-" + i);
                      System.out.flush();
                    }
                  }
                });
        t[k].start();
      }
      for (Thread x : t) {
        x.join();
      }
    }
  }
}
