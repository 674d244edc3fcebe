package com.backofficecare.safeguard.policy.config;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.AccessPolicy;
import com.backofficecare.safeguard.policy.access.AccessRequest;
import com.backofficecare.safeguard.policy.access.Agency;
import com.backofficecare.safeguard.policy.access.Authentication;
import com.backofficecare.safeguard.policy.access.DevicePosture;
import com.backofficecare.safeguard.policy.access.Grant;
import com.backofficecare.safeguard.policy.access.Person;
import com.backofficecare.safeguard.policy.access.Recipient;
import com.backofficecare.safeguard.policy.access.Role;
import com.backofficecare.safeguard.policy.config.PolicyFileException.Problem;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Reads a policy file (JSON; see {@code examples/policy/policy.json}) into an {@link AccessPolicy}:
 * agencies and their contracted scope, roles and their grants, personnel and their attestations,
 * the version and effective date. An invalid file is refused as a whole with a {@link
 * PolicyFileException} listing every problem by file, line and path.
 */
public final class PolicyFiles {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .build();
  private static final Validator VALIDATOR =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  private PolicyFiles() {}

  /**
   * Loads and compiles the policy in {@code file}.
   *
   * @throws PolicyFileException if anything in it is wrong
   */
  public static AccessPolicy load(Path file) {
    byte[] bytes = read(file);
    PolicyDocument doc = bind(file, bytes, PolicyDocument.class);
    Map<String, Integer> lines = lineIndex(bytes);
    List<Problem> problems = violations(file, doc, lines);
    if (problems.isEmpty()) {
      problems.addAll(crossReferences(file, doc, lines));
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(Problem::line).thenComparing(Problem::path));
      throw new PolicyFileException(problems);
    }
    try {
      return compile(doc);
    } catch (IllegalArgumentException e) {
      throw new PolicyFileException(
          List.of(new Problem(file, 1, "", String.valueOf(e.getMessage()))));
    }
  }

  /**
   * Reads an access request from {@code file} (see {@code examples/policy/requests/}).
   *
   * @throws PolicyFileException if anything in it is wrong
   */
  public static AccessRequest loadRequest(Path file) {
    byte[] bytes = read(file);
    RequestDocument d = bind(file, bytes, RequestDocument.class);
    List<Problem> problems = violations(file, d, lineIndex(bytes));
    if (!problems.isEmpty()) {
      throw new PolicyFileException(problems);
    }
    RequestDocument.Device dev = d.device();
    try {
      return request(d, dev);
    } catch (IllegalArgumentException e) {
      throw new PolicyFileException(
          List.of(new Problem(file, 1, "", String.valueOf(e.getMessage()))));
    }
  }

  private static AccessRequest request(RequestDocument d, RequestDocument.Device dev) {
    return AccessRequest.builder()
        .person(d.person())
        .agency(AgencyId.of(d.agency()))
        .category(d.category())
        .records(d.records() == null ? List.of() : d.records())
        .fields(d.fields())
        .action(d.action())
        .purpose(d.purpose())
        .recipient(d.recipient() == null ? Recipient.WITHIN_SERVICES : d.recipient())
        .device(
            new DevicePosture(
                dev.id(),
                dev.managed(),
                dev.diskEncrypted(),
                dev.antivirusCurrent(),
                dev.firewallOn(),
                dev.secureBrowser()))
        .network(d.network())
        .encryptedChannel(d.encryptedChannel() == null || d.encryptedChannel())
        .authentication(new Authentication(d.mfa(), d.authenticatedAt()))
        .at(d.at())
        .clientSystem(d.clientSystem())
        .build();
  }

  /**
   * Reads retention rules and legal holds from {@code file}: {@code
   * {"rules":[{"agency":A?,"category":C,"days":N,"basis":T?}],"holds":[{"agency":A,
   * "category":C?,"reason":T}]}}. Strict: an unknown or duplicate key, a missing {@code days}, a
   * number written as text, a negative period: the whole file is refused, naming file, line and
   * path, before anything is swept.
   *
   * @param heldSince when the holds took effect (now, for a sweep)
   * @throws PolicyFileException if anything in it is wrong
   */
  public static com.backofficecare.safeguard.policy.retention.RetentionSchedule loadRetention(
      Path file, java.time.Instant heldSince) {
    byte[] bytes = read(file);
    RetentionDocument d = bind(file, bytes, RetentionDocument.class);
    List<Problem> problems = violations(file, d, lineIndex(bytes));
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(Problem::line).thenComparing(Problem::path));
      throw new PolicyFileException(problems);
    }
    List<com.backofficecare.safeguard.policy.retention.RetentionSchedule.Rule> rules =
        new ArrayList<>();
    for (RetentionDocument.RuleEntry r : d.rules()) {
      rules.add(
          new com.backofficecare.safeguard.policy.retention.RetentionSchedule.Rule(
              r.agency() == null ? null : AgencyId.of(r.agency()),
              r.category(),
              Duration.ofDays(r.days()),
              r.basis() == null ? "rule" : r.basis()));
    }
    List<com.backofficecare.safeguard.policy.retention.RetentionSchedule.LegalHold> holds =
        new ArrayList<>();
    for (RetentionDocument.HoldEntry h :
        d.holds() == null ? List.<RetentionDocument.HoldEntry>of() : d.holds()) {
      holds.add(
          new com.backofficecare.safeguard.policy.retention.RetentionSchedule.LegalHold(
              AgencyId.of(h.agency()), h.category(), h.reason(), heldSince));
    }
    return new com.backofficecare.safeguard.policy.retention.RetentionSchedule(rules, holds);
  }

  private static byte[] read(Path file) {
    requireNonNull(file, "file");
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PolicyFileException(
          List.of(new Problem(file, 0, "", "cannot read: " + e.getClass().getSimpleName())));
    }
  }

  private static <T> T bind(Path file, byte[] bytes, Class<T> type) {
    try {
      return MAPPER.readValue(bytes, type);
    } catch (JsonMappingException e) {
      throw new PolicyFileException(
          List.of(new Problem(file, line(e), path(e), mappingMessage(e))));
    } catch (JsonProcessingException e) {
      String what =
          e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
              ? "duplicate key"
              : "not valid JSON";
      throw new PolicyFileException(
          List.of(
              new Problem(
                  file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "", what)));
    } catch (IOException e) {
      throw new PolicyFileException(List.of(new Problem(file, 0, "", "cannot read")));
    }
  }

  private static <T> List<Problem> violations(Path file, T doc, Map<String, Integer> lines) {
    List<Problem> problems = new ArrayList<>();
    for (ConstraintViolation<T> v : VALIDATOR.validate(doc)) {
      String path = v.getPropertyPath().toString().replaceAll("\\.<[a-z ]+>", "");
      problems.add(new Problem(file, lineOf(lines, path), path, v.getMessage()));
    }
    return problems;
  }

  /** A guard on the policy in {@code file}; reload it with {@link #reload}. */
  public static AccessGuard guard(Path file) {
    return AccessGuard.create(load(file));
  }

  /**
   * Reloads {@code file} into {@code guard}: the new policy replaces the old atomically, or, if the
   * file is invalid, the old one stays and the problems are thrown.
   */
  public static void reload(AccessGuard guard, Path file) {
    guard.replacePolicy(load(file));
  }

  private static List<Problem> crossReferences(
      Path file, PolicyDocument doc, Map<String, Integer> lines) {
    List<Problem> out = new ArrayList<>();
    Set<String> roles = new HashSet<>();
    for (int i = 0; i < doc.roles().size(); i++) {
      PolicyDocument.RoleEntry r = doc.roles().get(i);
      if (!roles.add(r.name())) {
        out.add(problem(file, lines, "roles[" + i + "].name", "duplicate role name"));
      }
      for (int g = 0; g < r.grants().size(); g++) {
        PolicyDocument.GrantEntry grant = r.grants().get(g);
        if (grant.masked() != null && !grant.fields().containsAll(grant.masked())) {
          out.add(
              problem(
                  file,
                  lines,
                  "roles[" + i + "].grants[" + g + "].masked",
                  "masks a field the grant does not grant"));
        }
      }
    }
    Set<String> agencies = new HashSet<>();
    for (int i = 0; i < doc.agencies().size(); i++) {
      if (!agencies.add(doc.agencies().get(i).id())) {
        out.add(problem(file, lines, "agencies[" + i + "].id", "duplicate agency id"));
      }
    }
    Set<String> people = new HashSet<>();
    for (int i = 0; i < doc.personnel().size(); i++) {
      PolicyDocument.PersonEntry p = doc.personnel().get(i);
      if (!people.add(p.id())) {
        out.add(problem(file, lines, "personnel[" + i + "].id", "duplicate person id"));
      }
      for (String role : p.roles()) {
        if (!roles.contains(role)) {
          out.add(problem(file, lines, "personnel[" + i + "].roles", "names an undefined role"));
        }
      }
      for (String a : p.agencies()) {
        if (!agencies.contains(a)) {
          out.add(
              problem(file, lines, "personnel[" + i + "].agencies", "names an undefined agency"));
        }
      }
    }
    return out;
  }

  private static Problem problem(
      Path file, Map<String, Integer> lines, String path, String message) {
    return new Problem(file, lineOf(lines, path), path, message);
  }

  private static AccessPolicy compile(PolicyDocument doc) {
    AccessPolicy.Builder b = AccessPolicy.builder().version(doc.version(), doc.effective());
    PolicyDocument.Settings s = doc.settings();
    if (s != null) {
      if (s.trainingValidityDays() != null) {
        b.trainingValidity(Duration.ofDays(s.trainingValidityDays()));
      }
      if (s.mfaMaxAgeHours() != null) {
        b.mfaMaxAge(Duration.ofHours(s.mfaMaxAgeHours()));
      }
      if (s.decisionTtlMinutes() != null) {
        b.decisionTimeToLive(Duration.ofMinutes(s.decisionTtlMinutes()));
      }
      if (s.duplicateDownloads() != null || s.duplicateWindowHours() != null) {
        b.duplicateDownloads(
            s.duplicateDownloads() == null
                ? AccessPolicy.DuplicateDownloads.REFUSE
                : s.duplicateDownloads(),
            Duration.ofHours(s.duplicateWindowHours() == null ? 24 : s.duplicateWindowHours()));
      }
      if (s.phiCategories() != null) {
        b.phiCategories(s.phiCategories());
      }
    }
    for (PolicyDocument.AgencyEntry a : doc.agencies()) {
      b.agency(
          new Agency(
              AgencyId.of(a.id()),
              a.contractedScope(),
              a.baaSigned(),
              a.mfaRequired(),
              a.marketingPermission()));
    }
    for (PolicyDocument.RoleEntry r : doc.roles()) {
      b.role(
          new Role(
              r.name(),
              r.grants().stream()
                  .map(
                      g ->
                          new Grant(
                              g.category(),
                              g.actions(),
                              g.purposes(),
                              g.fields(),
                              g.masked() == null ? Set.of() : g.masked()))
                  .toList(),
              Boolean.TRUE.equals(r.caseloadBound())));
    }
    for (PolicyDocument.PersonEntry p : doc.personnel()) {
      b.person(
          new Person(
              p.id(),
              p.roles(),
              p.agencies().stream().map(AgencyId::of).collect(Collectors.toSet()),
              p.confidentialityAgreementSigned(),
              p.trainingCompleted(),
              p.mfaEnrolled(),
              p.caseload() == null ? Set.of() : p.caseload()));
    }
    return b.build();
  }

  /** The line of every value in the file, by path ({@code roles[0].grants[1].fields}). */
  private static Map<String, Integer> lineIndex(byte[] json) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = MAPPER.getFactory().createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME
            || t.isScalarValue()
            || t == JsonToken.START_ARRAY
            || t == JsonToken.START_OBJECT) {
          String path = pointerToPath(p.getParsingContext().pathAsPointer().toString());
          lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
        }
      }
    } catch (IOException e) {
      // already parsed once; cannot happen
    }
    return lines;
  }

  private static String pointerToPath(String pointer) {
    StringBuilder sb = new StringBuilder();
    for (String part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.chars().allMatch(Character::isDigit)) {
        sb.append('[').append(part).append(']');
      } else {
        sb.append(sb.length() == 0 ? "" : ".").append(part);
      }
    }
    return sb.toString();
  }

  private static int lineOf(Map<String, Integer> lines, String path) {
    for (String p = path; ; ) {
      Integer l = lines.get(p);
      if (l != null) {
        return l;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        return 1;
      }
      p = p.substring(0, cut);
    }
  }

  private static int line(JsonMappingException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
      } else {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String mappingMessage(JsonMappingException e) {
    String m = e.getOriginalMessage();
    if (m.startsWith("Unrecognized field")) {
      return "unknown property";
    }
    if (m.contains("Cannot map `null`")) {
      return "required value missing (or its name misspelled)";
    }
    if (m.contains("not one of the values accepted")) {
      return "not one of the allowed values";
    }
    if (m.startsWith("Duplicate field")) {
      return "duplicate key";
    }
    if (m.contains("Cannot coerce")) {
      return "wrong type of value (written as another type; nothing is converted)";
    }
    if (m.contains("Cannot deserialize")) {
      return "wrong type of value";
    }
    return "cannot be read as a policy";
  }
}
