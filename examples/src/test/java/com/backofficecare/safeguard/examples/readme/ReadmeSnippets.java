package com.backofficecare.safeguard.examples.readme;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.DetectionProfile;
import com.backofficecare.safeguard.core.detection.Finding;
import com.backofficecare.safeguard.core.detection.PhiDetector;
import com.backofficecare.safeguard.core.redaction.PseudonymKey;
import com.backofficecare.safeguard.core.redaction.RedactionMode;
import com.backofficecare.safeguard.core.redaction.RedactionOperators;
import com.backofficecare.safeguard.core.redaction.Redactor;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.crypto.KeyManager;
import com.backofficecare.safeguard.crypto.tempstore.DeletionReceipt;
import com.backofficecare.safeguard.crypto.tempstore.ScopedTempFile;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.crypto.tempstore.StoredObject;
import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.AccessPolicy;
import com.backofficecare.safeguard.policy.access.AccessRequest;
import com.backofficecare.safeguard.policy.access.Action;
import com.backofficecare.safeguard.policy.access.Authentication;
import com.backofficecare.safeguard.policy.access.Decision;
import com.backofficecare.safeguard.policy.access.DevicePosture;
import com.backofficecare.safeguard.policy.access.FileGuardStateStore;
import com.backofficecare.safeguard.policy.access.GuardState;
import com.backofficecare.safeguard.policy.access.GuardStateStore;
import com.backofficecare.safeguard.policy.access.IsolationTarget;
import com.backofficecare.safeguard.policy.access.MinimizedView;
import com.backofficecare.safeguard.policy.access.Network;
import com.backofficecare.safeguard.policy.access.Purpose;
import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.audit.SigningIdentity;
import com.backofficecare.safeguard.policy.config.PolicyFiles;
import com.backofficecare.safeguard.storage.BlobStore;
import com.backofficecare.safeguard.storage.FileSystemBlobStore;
import com.backofficecare.safeguard.storage.postgres.PostgresBlobStore;
import com.backofficecare.safeguard.storage.s3.S3BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Every Java snippet of README, in context: each region between START and END markers is a
 * README block, word for word ({@code ReadmeSnippetsTest} checks both ways), so README code
 * compiles with the imports above and the variables each method receives.
 */
final class ReadmeSnippets {

  private ReadmeSnippets() {}

  static String detectAndRedact(String note, String clientId, PseudonymKey agencyKey) {
    // [START detect-and-redact]
    PhiDetector detector = PhiDetector.standard();           // immutable, thread-safe
    for (Finding f : detector.detect(note)) {
      // f.type(), f.start(), f.end(), f.confidence(), f.recognizer(), f.reason(): never the value
    }

    Redactor redactor = Redactor.builder()
        .operator(PhiType.SSN, RedactionOperators.partialMask(4))         // ***-**-6789
        .operator(PhiType.NAME, RedactionOperators.pseudonym(agencyKey))  // NAME_5f2c9a1e04b7, stable per agency
        .operator(PhiType.DATE, RedactionOperators.dateShift(agencyKey, 30)) // per-client shift
        .build();
    String safe = redactor.redact(note, clientId).text();
    // [END detect-and-redact]
    return safe;
  }

  /** A record type, as an application has them. */
  record Visit(String client, String notes) {}

  static Redactor records(Redactor redactor, String note, Visit visit) {
    // [START records]
    Map<String, Object> safe = redactor.redactRecord(Map.of("ssn", "123-45-6789", "notes", note));
    Visit copy = redactor.redactRecord(visit);                       // a record or a bean
    Redactor masks = Redactor.builder().mode(RedactionMode.MASK, null).build();
    // [END records]
    return masks;
  }

  static PhiDetector profile() {
    // [START profile]
    DetectionProfile profile = DetectionProfile.load(Path.of("agency-profile.yaml"));  // or builder()
    PhiDetector detector = PhiDetector.builder().profile(profile).build();
    // from code: DetectionProfile.builder().agency(id).person(List.of("Jun-ho", "Park"),
    //     Map.of(PhiType.MRN, List.of("204-88-173"))).rosterCsv(file, columns).allow(...).build()
    // [END profile]
    return detector;
  }

  static void secureTempStore(char[] passphrase, AgencyId agency, InputStream csv,
      InputStream claims, Consumer<InputStream> upload) throws IOException {
    // [START secure-temp-store]
    SecureTempStore store = SecureTempStore.builder()
        .blobStore(FileSystemBlobStore.open(Path.of("/var/lib/backoffice/tmp")))   // explicit backend
        .keyManager(LocalKeyStore.builder(Path.of("/var/lib/backoffice/keys.sgks"))
            .passphrase(passphrase).open())                                         // or Pkcs11KeyManager
        .build();                                 // sanitizes crashed writes, warms up AES-GCM

    StoredObject export = store.put(agency, DataCategory.PAYROLL, csv, Duration.ofHours(4));
    try (InputStream in = store.open(export.id())) { upload.accept(in); }  // authenticated before release
    DeletionReceipt receipt = store.delete(export.id());             // crypto-erase, verified

    try (ScopedTempFile batch = store.createTempFile(agency, DataCategory.BILLING, Duration.ofHours(1))) {
      batch.write(claims);                                            // sanitized on close
    }
    store.reapExpired();                         // or scheduleReaper(executor, period, receipts::add)
    // [END secure-temp-store]
  }

  static SecureTempStore backends(DataSource dataSource, String accessKey, String secretKey,
      KeyManager keys) {
    // [START backends]
    // PostgreSQL: the application supplies the DataSource (a pool in production)
    BlobStore pg = PostgresBlobStore.builder(dataSource).schema("safeguard").build(); // migrates the schema

    // S3-compatible: endpoint, region, credentials and path style are configuration
    BlobStore s3 = S3BlobStore.builder().bucket("agency-temp")
        .endpoint(URI.create("http://minio.internal:9000")).pathStyle(true)   // omit both for AWS
        .region("us-east-1").credentials(accessKey, secretKey)               // or the SDK's default chain
        .build();
    SecureTempStore store = SecureTempStore.builder().blobStore(s3).keyManager(keys).build();
    // [END backends]
    return store;
  }

  static Map<String, Object> guard(KeyManager keys, AgencyId agency, DevicePosture posture, Instant loginTime,
      Map<String, ?> record, Instant now) {
    // [START guard]
    AccessGuard guard = PolicyFiles.guard(Path.of("policy.json"));   // or AccessPolicy.builder()...
    SigningIdentity identity = SigningIdentity.open(Path.of("signing-identity.json"), keys);
    AuditLog audit = AuditLog.open(Path.of("audit.log"), identity);  // or PostgresAuditSink.open
                                                        // heads signed by a key the key store seals
    audit.attach(guard);                                               // every decision and isolation

    Decision d = guard.decide(AccessRequest.builder()
        .person("u-ana").agency(agency).category(DataCategory.SCHEDULING)
        .records(List.of("client-1042")).fields("client_name", "phone", "diagnosis")
        .action(Action.READ).purpose(Purpose.SCHEDULING)
        .device(posture).network(Network.OFFICE).authentication(new Authentication(true, loginTime))
        .build());
    d.explain();          // PERMIT under policy 2026.11: passed [POL-7.2, POL-3.1, ...]; released 2 of 3 ...
    MinimizedView.of(d, "client-1042", record, now);  // only client_name and phone, phone masked;
                                                 // refused once the permit expired, or for another record
    guard.isolate(IsolationTarget.agency("sunrise"), "incident INC-7", "secops", now);  // beats every permit
    // [END guard]
    return MinimizedView.of(d, "client-1042", record, now);
  }

  static AccessGuard guardState(Path dir, AccessPolicy policy) {
    // [START guard-state]
    GuardStateStore store = FileGuardStateStore.open(dir.resolve("guard-state.log")); // one host
    // or PostgresGuardStateStore.open(dataSource, "safeguard")      // policy-postgres: several instances
    GuardState state = GuardState.over(store, Duration.ofSeconds(1));  // restored now, refreshed every second
    AccessGuard guard = AccessGuard.create(policy, state);
    // [END guard-state]
    return guard;
  }
}
