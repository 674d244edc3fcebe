package com.backofficecare.safeguard.logging;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import com.backofficecare.safeguard.core.detection.ProgramIdentifiers;
import com.backofficecare.safeguard.core.record.RecordClassifier;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What services write in log messages that the detector, made for notes and documents, reads as
 * identifiers: a finding that lies in one of these machine-made shapes is not one. Each rule names
 * a shape that a person's identifier does not take, and only in logs; the detector is unchanged for
 * every other caller. SSNs, phone numbers, e-mail addresses and card numbers are never waived, and
 * in a file name ({@code visit-note-ada-lovelace-2.pdf}) only an id found by its shape alone.
 *
 * <ul>
 *   <li>host names and ids in lower case with a numbered or private-domain part ({@code
 *       node-lincoln-2}, {@code redis-jackson-0.internal}, {@code consumer-billing-1-f3421108}),
 *       and URLs whose host is such a name or on a private domain ({@code
 *       https://sso.internal/realms/backoffice}; names in the path are still read);
 *   <li>a product and its version ({@code okhttp/4.12.0}, {@code Apache-HttpClient/5.4.1});
 *   <li>a shape-only id in a file name ({@code ADP-294850.csv});
 *   <li>an object's identity ({@code PgConnection@5f2a1b3c});
 *   <li>a number followed by a unit ({@code 64171303 bytes}, {@code after 67002 ms});
 *   <li>(dates only) an instant to the second with its zone ({@code 2026-11-30T02:00:00Z}), as
 *       machines write it and people do not;
 *   <li>milliseconds since the epoch after a word that says so ({@code startTimeMs:
 *       1764482291000});
 *   <li>(names and places only) words that are all a log's own: vendors' and products' names,
 *       identifiers in camel case, a service's verbs ({@code Initializing Spring
 *       DispatcherServlet}, {@code HikariPool}); types in a method's signature ({@code
 *       VisitController#list(Long, Pageable)});
 *   <li>(IP addresses only) the address a host name resolved to ({@code
 *       kafka-0.internal/10.42.3.17:9092});
 *   <li>a run of letters and digits after a word that makes it a system's id ({@code Cluster ID:
 *       Xf3kP9qL...}, {@code commit e6726104}, {@code trace}, {@code request}, {@code session});
 *   <li>(names and places only) the names of vendors and products a home-care back office logs
 *       ({@code Sandata}, {@code Redgate}), as above.
 * </ul>
 */
final class LogVocabulary {

  private static final Pattern HOST =
      Pattern.compile("[a-z][a-z0-9]*(?:[-.][a-z0-9]+)+(?::\\d{1,5})?");
  private static final Pattern NUMBERED_PART = Pattern.compile("(?:^|[-.])\\d+(?:[-.:]|$)");
  private static final Pattern PRIVATE_DOMAIN =
      Pattern.compile(
          ".*\\.(?:internal|local|localhost"
              + "|lan|corp|intranet|svc|cluster\\.local|home\\.arpa)(?::\\d{1,5})?");
  private static final Pattern URL_HOST =
      Pattern.compile("[a-z][a-z0-9+.-]*://([^/\\s:?#]+)(?::\\d+)?(?:[/?#].*)?");
  private static final Pattern PRODUCT_VERSION =
      Pattern.compile("[A-Za-z][\\w.-]*/v?\\d+(?:\\.\\d+)+[\\w.-]*");
  private static final Pattern IDENTITY = Pattern.compile("[\\w$.]*[A-Za-z]@[0-9a-f]{4,16}");
  private static final Pattern INSTANT =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?(?:Z|[+-]\\d{2}:?\\d{2})");
  private static final Set<String> UNITS =
      Set.of(
          "ms",
          "s",
          "sec",
          "secs",
          "seconds",
          "ns",
          "us",
          "µs",
          "min",
          "mins",
          "minutes",
          "h",
          "hours",
          "b",
          "bytes",
          "kb",
          "mb",
          "gb",
          "kib",
          "mib",
          "gib",
          "records",
          "rows",
          "entries",
          "items",
          "messages",
          "events",
          "requests",
          "claims",
          "pages",
          "partitions",
          "connections",
          "threads",
          "files",
          "objects",
          "keys",
          "retries",
          "attempts",
          "times",
          "tasks",
          "jobs",
          "batches");

  /** One run of letters and digits with a digit, or of hex digits: what systems use as ids. */
  private static final Pattern SYSTEM_TOKEN =
      Pattern.compile("(?=[A-Za-z0-9_-]*\\d)[A-Za-z0-9_-]{6,}|[0-9a-f]{6,}");

  private static final Set<String> SYSTEM_ID_WORDS =
      Set.of(
          "cluster",
          "commit",
          "commitid",
          "trace",
          "traceid",
          "span",
          "spanid",
          "request",
          "requestid",
          "correlation",
          "correlationid",
          "session",
          "sessionid",
          "transaction",
          "message",
          "messageid",
          "event",
          "eventid",
          "build",
          "deployment",
          "container",
          "pod",
          "node",
          "instance",
          "kid",
          "etag",
          "execution",
          "run",
          "lock",
          "producer",
          "partition",
          "checkpoint",
          "snapshot");
  private static final Set<String> VENDORS =
      Set.of(
          "sandata",
          "hhaexchange",
          "redgate",
          "netsmart",
          "wellsky",
          "axiscare",
          "tellus",
          "availity",
          "waystar",
          "paychex",
          "datadog",
          "sentry",
          "pagerduty",
          "keycloak",
          "okta",
          "twilio",
          "sendgrid",
          "hikari",
          "hikaricp",
          "lettuce",
          "quartz",
          "shedlock",
          "resilience4j",
          "micrometer",
          "prometheus",
          "grafana",
          "flyway",
          "liquibase",
          "hibernate",
          "tomcat",
          "jetty",
          "netty",
          "undertow",
          "kafka",
          "zookeeper",
          "camunda",
          "eureka",
          "consul",
          "vault",
          "logback",
          "log4j",
          "slf4j",
          "redis",
          "postgres",
          "postgresql",
          "mongodb",
          "elasticsearch",
          "opensearch",
          "rabbitmq",
          "nginx",
          "envoy",
          "istio",
          "kubernetes",
          "docker",
          "aws",
          "azure",
          "spring",
          "lombok");
  private static final Set<String> LOG_VERBS =
      Set.of(
          "Initializing",
          "Bootstrapping",
          "Starting",
          "Started",
          "Stopping",
          "Stopped",
          "Creating",
          "Loading",
          "Registering",
          "Refreshing",
          "Closing",
          "Connecting",
          "Processing",
          "Resetting",
          "Scanning",
          "Validating",
          "Migrating",
          "Exposing",
          "Using",
          "Adding",
          "Removing",
          "Mapping",
          "Retrying",
          "Running",
          "Executing",
          "Committing",
          "Deploying",
          "Publishing",
          "Evicting",
          "Skipping",
          "Initialized",
          "Completed");
  private static final Pattern FILE_NAME =
      Pattern.compile(
          "[\\w./-]+\\."
              + "(?:csv|tsv|gpg|pgp|json|xml|txt|log|gz|zip|jar|war|parquet|avro|pdf|xlsx|edi|x12|dat)");

  /** Types a validator or a strict pattern finds, never waived for the shape around them. */
  private static final Set<PhiType> STRICT =
      Set.of(PhiType.SSN, PhiType.PHONE, PhiType.EMAIL, PhiType.CARD);

  /** Types of identifiers that a system's id field would otherwise be read as. */
  private static final Set<PhiType> NUMBERS =
      Set.of(
          PhiType.ID,
          PhiType.ACCOUNT,
          PhiType.LICENSE,
          PhiType.DEVICE_ID,
          PhiType.HEALTH_PLAN_ID,
          PhiType.MRN,
          PhiType.ZIP);

  private LogVocabulary() {}

  /** Whether {@code f}, found in {@code text}, lies in a machine-made shape that names no one. */
  static boolean isMachineMade(String text, Finding f) {
    String chunk = trim(text.substring(chunkStart(text, f.start()), chunkEnd(text, f.end())));
    String value = text.substring(f.start(), f.end());
    PhiType type = f.type();
    boolean nameOrPlace = type == PhiType.NAME || type == PhiType.CITY;
    if (nameOrPlace && (allLogWords(value) || inSignature(text, f.start()))) {
      return true;
    }
    if (type == PhiType.IP && isResolvedAddress(chunk)) {
      return true;
    }
    boolean digits = isDigits(value);
    if (digits
        && value.length() < 7
        && UNITS.contains(wordAfter(text, f.end()).toLowerCase(Locale.ROOT))) {
      return true; // "after 67002 ms": too short for any phone, SSN or card number
    }
    if (STRICT.contains(type)) {
      return false;
    }
    boolean fileName = FILE_NAME.matcher(chunk).matches();
    if (fileName) { // a file may be named after a client: only a shape-only id is waived
      return "id.shape".equals(f.recognizer());
    }
    if (isHost(chunk) || isProductVersion(chunk) || IDENTITY.matcher(chunk).matches()) {
      return true;
    }
    if (type == PhiType.DATE
        && (INSTANT.matcher(value).matches() || INSTANT.matcher(chunk).matches())) {
      return true;
    }
    if (type == PhiType.URL) {
      Matcher m = URL_HOST.matcher(chunk);
      return m.matches() && isPrivateHost(m.group(1));
    }
    int before = wordStartBefore(text, f.start());
    String wordBefore = text.substring(before, wordEnd(text, before)).toLowerCase(Locale.ROOT);
    if (digits) {
      if (UNITS.contains(wordAfter(text, f.end()).toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (value.length() == 13
          && (wordBefore.endsWith("ms")
              || wordBefore.endsWith("millis")
              || wordBefore.endsWith("epoch")
              || wordBefore.endsWith("timestamp"))) {
        return true;
      }
    }
    if (SYSTEM_TOKEN.matcher(value).matches()) {
      if ((wordBefore.equals("id") || wordBefore.equals("ids")) && before > 0) {
        int owner = wordStartBefore(text, before);
        wordBefore = text.substring(owner, wordEnd(text, owner)).toLowerCase(Locale.ROOT);
      }
      return SYSTEM_ID_WORDS.contains(wordBefore);
    }
    return false;
  }

  /**
   * Whether a field named {@code name} holds a system's id ({@code traceId}, {@code span_id},
   * {@code requestId}), so that a finding of {@code type}, a kind of number, in it is not one.
   */
  static boolean isSystemId(String name, PhiType type) {
    if (!NUMBERS.contains(type)) {
      return false;
    }
    String[] words = LogRedaction.words(name).toLowerCase(Locale.ROOT).split(" ");
    String last = words[words.length - 1];
    if (SYSTEM_ID_WORDS.contains(last)) {
      return true;
    }
    return (last.equals("id") || last.equals("ids"))
        && words.length > 1
        && SYSTEM_ID_WORDS.contains(words[words.length - 2]);
  }

  /**
   * A program's identifier written in camel case: two inner capitals ({@code
   * SchedulingServiceApplication}), or one before a programmer's word ({@code HikariPool}), as the
   * detector's own rule reads them; names with one inner capital ({@code McDonald}, {@code JoAnn})
   * are not.
   */
  private static boolean isCode(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i))) {
        return false;
      }
    }
    return ProgramIdentifiers.isCamelCase(value) && Character.isUpperCase(value.charAt(0));
  }

  /**
   * Whether every word of a name or place found is a log's own: a vendor's or product's name, an
   * identifier in camel case, or a verb a service logs with ({@code Initializing Spring
   * DispatcherServlet}, {@code HikariPool}). One word of any other kind keeps the finding.
   */
  private static boolean allLogWords(String value) {
    for (String word : value.split("[\\s-]+")) {
      if (!(VENDORS.contains(word.toLowerCase(Locale.ROOT))
          || LOG_VERBS.contains(word)
          || isCode(word))) {
        return false;
      }
    }
    return true;
  }

  /** {@code kafka-0.internal/10.42.3.17:9092}: the address a machine's name resolved to. */
  private static boolean isResolvedAddress(String chunk) {
    int slash = chunk.indexOf('/');
    return slash > 0 && isHost(chunk.substring(0, slash));
  }

  /** {@code okhttp/4.12.0}, unless the name before the slash announces an identifier. */
  private static boolean isProductVersion(String chunk) {
    return PRODUCT_VERSION.matcher(chunk).matches()
        && RecordClassifier.typeOfFieldName(chunk.substring(0, chunk.indexOf('/'))) == null;
  }

  /** Lower case, dotted or hyphenated, with a numbered part or on a private domain. */
  private static boolean isHost(String chunk) {
    return HOST.matcher(chunk).matches()
        && (NUMBERED_PART.matcher(chunk).find() || PRIVATE_DOMAIN.matcher(chunk).matches());
  }

  private static boolean isPrivateHost(String host) {
    return host.equals("localhost")
        || host.indexOf('.') < 0
        || isHost(host)
        || PRIVATE_DOMAIN.matcher(host).matches();
  }

  /**
   * Whether {@code at} lies inside the parentheses of a method reference or call written as code:
   * {@code Type#method(} or {@code object.method(}, the parentheses holding only type names.
   */
  private static boolean inSignature(String text, int at) {
    int open = text.lastIndexOf('(', at);
    if (open <= 0 || text.indexOf(')', open) < at || text.lastIndexOf(')', at) > open) {
      return false;
    }
    int i = open;
    while (i > 0 && Character.isJavaIdentifierPart(text.charAt(i - 1))) {
      i--;
    }
    if (i == open || i == 0 || (text.charAt(i - 1) != '#' && text.charAt(i - 1) != '.')) {
      return false;
    }
    int close = text.indexOf(')', open);
    for (String part : text.substring(open + 1, close).split(",")) {
      String type = part.strip();
      if (type.isEmpty()
          || !Character.isUpperCase(type.charAt(0))
          || !type.chars()
              .allMatch(
                  c ->
                      Character.isJavaIdentifierPart(c)
                          || c == '.'
                          || c == '<'
                          || c == '>'
                          || c == '['
                          || c == ']')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigits(String value) {
    return !value.isEmpty() && value.chars().allMatch(Character::isDigit);
  }

  private static int chunkStart(String text, int at) {
    int i = at;
    while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int chunkEnd(String text, int at) {
    int i = at;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A chunk without the quotes, brackets and punctuation that surround it in a sentence. */
  private static String trim(String chunk) {
    int a = 0;
    int b = chunk.length();
    while (a < b && "\"'([{<=".indexOf(chunk.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && "\"')]}>,;.:!?".indexOf(chunk.charAt(b - 1)) >= 0) {
      b--;
    }
    int eq = chunk.lastIndexOf('=', b - 1);
    if (eq >= a && eq < b - 1) { // ua="okhttp/4.12.0": the value after key=
      a = eq + 1;
      while (a < b && "\"'".indexOf(chunk.charAt(a)) >= 0) {
        a++;
      }
    }
    return chunk.substring(a, b);
  }

  /** The word after {@code at}, without the punctuation that follows it. */
  private static String wordAfter(String text, int at) {
    int a = at;
    while (a < text.length() && text.charAt(a) == ' ') {
      a++;
    }
    return text.substring(a, wordEnd(text, a));
  }

  /** Where the last word (letters and digits) that ends at or before {@code at} starts. */
  private static int wordStartBefore(String text, int at) {
    int b = at;
    while (b > 0 && !Character.isLetterOrDigit(text.charAt(b - 1))) {
      b--;
    }
    int a = b;
    while (a > 0 && Character.isLetterOrDigit(text.charAt(a - 1))) {
      a--;
    }
    return a;
  }

  private static int wordEnd(String text, int at) {
    int b = at;
    while (b < text.length() && Character.isLetterOrDigit(text.charAt(b))) {
      b++;
    }
    return b;
  }
}
