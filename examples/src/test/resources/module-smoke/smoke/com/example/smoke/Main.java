package com.example.smoke;

import com.backofficecare.safeguard.core.detection.PhiDetector;
import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.Decision;
import com.backofficecare.safeguard.policy.config.PolicyFiles;
import java.nio.file.Path;

/** An application on the module path: detects PHI and decides a request from policy files. */
public final class Main {
  public static void main(String[] args) {
    System.out.println("findings=" + PhiDetector.standard()
        .detect("SSN 123-45-6789, Client: Ada Lovelace").size());
    AccessGuard guard = PolicyFiles.guard(Path.of(args[0]));
    Decision decision = guard.decide(PolicyFiles.loadRequest(Path.of(args[1])));
    System.out.println("permitted=" + decision.permitted());
  }
}
