package com.backofficecare.safeguard.policy.termination;

import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.audit.TestIdentity;
import java.nio.file.Path;

/** Child process of the crash test: runs (or resumes) Sunrise's termination in a directory. */
public final class TerminationWorker {

  private TerminationWorker() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    try (LocalKeyStore keys = TerminationTest.keys(dir);
        AuditLog audit =
            AuditLog.open(dir.resolve("audit.log"), TestIdentity.of(dir.resolve("audit.log")))) {
      Termination.builder(TerminationTest.SUNRISE, Termination.Mode.BOTH)
          .store(TerminationTest.store(dir, keys), keys)
          .audit(audit)
          .journal(dir.resolve("terminations"))
          .operator("ops-lead")
          .returnTo(Path.of(args[1]), dir.resolve("export.zip.gpg"))
          .physicalDestruction(
              new Termination.PhysicalDestruction("Shred-It Co.", "2026-11-25", "shredding"))
          .build()
          .run(dir.resolve("CERT.json"));
    }
  }
}
