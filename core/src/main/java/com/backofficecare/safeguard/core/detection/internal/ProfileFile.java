package com.backofficecare.safeguard.core.detection.internal;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.CustomRecognizer;
import com.backofficecare.safeguard.core.detection.DetectionProfile;
import com.backofficecare.safeguard.core.detection.DetectionProfileException;
import com.backofficecare.safeguard.core.detection.DetectionProfileException.Problem;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a detection profile file (YAML or JSON) into a profile builder, checking it whole: every
 * problem is collected with its line and path, none stops the reading of the rest. Unknown and
 * duplicate keys are problems. Not API: use {@code DetectionProfile.load}.
 */
public final class ProfileFile {

  private static final Set<String> TOP =
      Set.of("agency", "minimumConfidence", "types", "roster", "allow", "deny", "recognizers");
  private static final Set<String> ROSTER = Set.of("file", "columns");
  private static final Set<String> ALLOW = Set.of("pattern");
  private static final Set<String> DENY = Set.of("type", "values");
  private static final Set<String> RECOGNIZER =
      Set.of("name", "type", "pattern", "context", "confidence", "validator");

  private final Path file;
  private final String name;
  private final DetectionProfile.Builder builder;
  private final List<Problem> problems = new ArrayList<>();

  private ProfileFile(Path file, DetectionProfile.Builder builder) {
    this.file = file;
    this.name = file.toString();
    this.builder = builder;
  }

  /** A value of the file with the line it starts on. */
  private static final class Node {
    final JsonToken token;
    final int line;
    final @Nullable String text;
    final Map<String, Node> map = new LinkedHashMap<>();
    final List<Node> list = new ArrayList<>();

    Node(JsonToken token, int line, @Nullable String text) {
      this.token = token;
      this.line = line;
      this.text = text;
    }

    boolean isMap() {
      return token == JsonToken.START_OBJECT;
    }

    boolean isList() {
      return token == JsonToken.START_ARRAY;
    }
  }

  /** Reads {@code file} into {@code builder}; returns the problems found (none when good). */
  public static List<Problem> read(Path file, DetectionProfile.Builder builder) {
    ProfileFile f = new ProfileFile(file, builder);
    Node root = f.parse();
    if (root != null) {
      f.top(root);
    }
    return f.problems;
  }

  private @Nullable Node parse() {
    String lower = name.toLowerCase(Locale.ROOT);
    JsonFactory factory =
        lower.endsWith(".yaml") || lower.endsWith(".yml") ? new YAMLFactory() : new JsonFactory();
    try (JsonParser p = factory.createParser(Files.newBufferedReader(file))) {
      if (p.nextToken() == null) {
        problems.add(new Problem(name, 1, "", "the file is empty"));
        return null;
      }
      return node(p, "");
    } catch (NoSuchFileException e) {
      problems.add(new Problem(name, 0, "", "no such profile file"));
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.add(
          new Problem(
              name,
              Math.max(line, 0),
              "",
              "not well-formed " + (factory instanceof YAMLFactory ? "YAML" : "JSON")));
    } catch (IOException e) {
      problems.add(
          new Problem(name, 0, "", "cannot read the file: " + e.getClass().getSimpleName()));
    }
    return null;
  }

  private Node node(JsonParser p, String path) throws IOException {
    JsonToken token = p.currentToken();
    int line = p.currentTokenLocation().getLineNr();
    if (token == JsonToken.START_OBJECT) {
      Node n = new Node(token, line, null);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int keyLine = p.currentTokenLocation().getLineNr();
        p.nextToken();
        Node value = node(p, join(path, key));
        if (n.map.putIfAbsent(key, value) != null) {
          problems.add(new Problem(name, keyLine, join(path, key), "duplicate key"));
        }
      }
      return n;
    }
    if (token == JsonToken.START_ARRAY) {
      Node n = new Node(token, line, null);
      while (p.nextToken() != JsonToken.END_ARRAY) {
        n.list.add(node(p, path + "[" + n.list.size() + "]"));
      }
      return n;
    }
    return new Node(token, line, token == JsonToken.VALUE_NULL ? null : p.getText());
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private void problem(Node at, String path, String message) {
    problems.add(new Problem(name, at.line, path, message));
  }

  /** Reports keys of {@code map} outside {@code allowed}; false if it is not a map. */
  private boolean keys(Node map, String path, Set<String> allowed) {
    if (!map.isMap()) {
      problem(map, path, "must be a mapping");
      return false;
    }
    map.map.forEach(
        (key, value) -> {
          if (!allowed.contains(key)) {
            problem(value, join(path, key), "unknown key");
          }
        });
    return true;
  }

  private void top(Node root) {
    if (!keys(root, "", TOP)) {
      return;
    }
    Node agency = required(root, "", "agency");
    String id = agency == null ? null : text(agency, "agency");
    if (agency != null && id != null) {
      apply(
          agency,
          "agency",
          () -> builder.agency(AgencyId.of(id)),
          "not an agency id (lower-case letters, digits, '-' and '_')");
    }
    Node floor = root.map.get("minimumConfidence");
    if (floor != null) {
      Double d = number(floor, "minimumConfidence");
      if (d != null) {
        apply(floor, "minimumConfidence", () -> builder.minimumConfidence(d), null);
      }
    }
    Node types = root.map.get("types");
    if (types != null) {
      EnumSet<PhiType> set = EnumSet.noneOf(PhiType.class);
      each(
          types,
          "types",
          (item, path) -> {
            PhiType t = type(item, path);
            if (t != null) {
              set.add(t);
            }
          });
      apply(types, "types", () -> builder.types(set), null);
    }
    Node roster = root.map.get("roster");
    if (roster != null) {
      roster(roster);
    }
    Node allow = root.map.get("allow");
    if (allow != null) {
      each(allow, "allow", this::allow);
    }
    Node deny = root.map.get("deny");
    if (deny != null) {
      each(deny, "deny", this::deny);
    }
    Node recognizers = root.map.get("recognizers");
    if (recognizers != null) {
      each(recognizers, "recognizers", this::recognizer);
    }
  }

  private void roster(Node roster) {
    if (!keys(roster, "roster", ROSTER)) {
      return;
    }
    Node fileNode = required(roster, "roster", "file");
    String rosterFile = fileNode == null ? null : text(fileNode, "roster.file");
    Node columns = required(roster, "roster", "columns");
    Map<String, PhiType> mapping = new LinkedHashMap<>();
    boolean good = columns != null && columns.isMap() && !columns.map.isEmpty();
    if (columns != null && !good) {
      problem(columns, "roster.columns", "must be a mapping of at least one column to a type");
    }
    if (columns != null && good) {
      columns.map.forEach(
          (column, type) -> {
            PhiType t = type(type, "roster.columns." + column);
            if (t != null) {
              mapping.put(column, t);
            }
          });
    }
    if (fileNode == null
        || rosterFile == null
        || columns == null
        || !good
        || mapping.size() != columns.map.size()) {
      return;
    }
    Path csv = requireNonNull(file.toAbsolutePath().getParent()).resolve(rosterFile);
    if (!Files.isRegularFile(csv)) {
      problem(fileNode, "roster.file", "no such roster file: " + rosterFile);
      return;
    }
    try {
      builder.rosterCsv(csv, mapping);
    } catch (DetectionProfileException e) {
      problems.addAll(e.problems());
    }
  }

  private void allow(Node item, String path) {
    if (item.isMap()) {
      if (keys(item, path, ALLOW)) {
        Node pattern = required(item, path, "pattern");
        String regex = pattern == null ? null : text(pattern, path + ".pattern");
        if (pattern != null && regex != null) {
          apply(pattern, path + ".pattern", () -> builder.allowPattern(regex), null);
        }
      }
      return;
    }
    String value = text(item, path);
    if (value != null) {
      apply(item, path, () -> builder.allow(value), null);
    }
  }

  private void deny(Node item, String path) {
    if (!keys(item, path, DENY)) {
      return;
    }
    Node typeNode = required(item, path, "type");
    PhiType type = typeNode == null ? null : type(typeNode, path + ".type");
    Node values = required(item, path, "values");
    if (values != null) {
      each(
          values,
          path + ".values",
          (v, p) -> {
            String value = text(v, p);
            if (value != null && type != null) {
              apply(v, p, () -> builder.deny(type, value), null);
            }
          });
    }
  }

  private void recognizer(Node item, String path) {
    if (!keys(item, path, RECOGNIZER)) {
      return;
    }
    Node nameNode = required(item, path, "name");
    Node typeNode = required(item, path, "type");
    Node patternNode = required(item, path, "pattern");
    String rName = nameNode == null ? null : text(nameNode, path + ".name");
    PhiType type = typeNode == null ? null : type(typeNode, path + ".type");
    String pattern = patternNode == null ? null : text(patternNode, path + ".pattern");
    if (patternNode != null && pattern != null) {
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        problem(patternNode, path + ".pattern", "pattern does not compile: " + e.getDescription());
        pattern = null;
      }
    }
    List<String> context = new ArrayList<>();
    Node contextNode = item.map.get("context");
    if (contextNode != null) {
      each(
          contextNode,
          path + ".context",
          (w, p) -> {
            String word = text(w, p);
            if (word != null) {
              context.add(word);
            }
          });
    }
    Node confidenceNode = item.map.get("confidence");
    Double confidence =
        confidenceNode == null ? null : number(confidenceNode, path + ".confidence");
    Node validatorNode = item.map.get("validator");
    CustomRecognizer.Validator validator =
        validatorNode == null
            ? CustomRecognizer.Validator.NONE
            : validator(validatorNode, path + ".validator");
    if (nameNode == null
        || rName == null
        || type == null
        || pattern == null
        || validator == null
        || (confidenceNode != null && confidence == null)) {
      return;
    }
    String regex = pattern;
    CustomRecognizer.Builder b;
    try {
      b = CustomRecognizer.builder(rName, type, regex);
    } catch (IllegalArgumentException e) {
      problem(nameNode, path + ".name", String.valueOf(e.getMessage()));
      return;
    }
    boolean ok =
        apply(item, path + ".context", () -> b.context(context), null)
            && (confidence == null
                || confidenceNode == null
                || apply(
                    confidenceNode, path + ".confidence", () -> b.confidence(confidence), null));
    if (ok) {
      apply(
          nameNode, path + ".name", () -> builder.recognizer(b.validator(validator).build()), null);
    }
  }

  private CustomRecognizer.@Nullable Validator validator(Node node, String path) {
    String v = text(node, path);
    if (v == null) {
      return null;
    }
    for (CustomRecognizer.Validator x : CustomRecognizer.Validator.values()) {
      if (x.name().equalsIgnoreCase(v)) {
        return x;
      }
    }
    problem(node, path, "not a validator (none, luhn or mod97)");
    return null;
  }

  private @Nullable Node required(Node map, String path, String key) {
    Node n = map.map.get(key);
    if (n == null) {
      problem(map, join(path, key), "missing");
    }
    return n;
  }

  private @Nullable String text(Node node, String path) {
    if (node.token != JsonToken.VALUE_STRING || node.text == null || node.text.isEmpty()) {
      problem(node, path, "must be a non-empty string");
      return null;
    }
    return node.text;
  }

  private @Nullable Double number(Node node, String path) {
    if ((node.token != JsonToken.VALUE_NUMBER_FLOAT && node.token != JsonToken.VALUE_NUMBER_INT)
        || node.text == null) {
      problem(node, path, "must be a number");
      return null;
    }
    return Double.valueOf(node.text);
  }

  private @Nullable PhiType type(Node node, String path) {
    String t = text(node, path);
    if (t == null) {
      return null;
    }
    try {
      return PhiType.valueOf(t);
    } catch (IllegalArgumentException e) {
      problem(node, path, "not a type (one of " + Arrays.toString(PhiType.values()) + ")");
      return null;
    }
  }

  private void each(Node list, String path, ItemReader reader) {
    if (!list.isList()) {
      problem(list, path, "must be a list");
      return;
    }
    for (int i = 0; i < list.list.size(); i++) {
      reader.read(list.list.get(i), path + "[" + i + "]");
    }
  }

  private interface ItemReader {
    void read(Node item, String path);
  }

  /**
   * Runs {@code action}; an {@link IllegalArgumentException} or {@link IllegalStateException} it
   * throws becomes a problem at {@code at} (with {@code message}, else its own, which never quotes
   * a value). Returns whether it succeeded.
   */
  private boolean apply(Node at, String path, Runnable action, @Nullable String message) {
    try {
      action.run();
      return true;
    } catch (IllegalArgumentException | IllegalStateException e) {
      problem(at, path, message != null ? message : String.valueOf(e.getMessage()));
      return false;
    }
  }
}
