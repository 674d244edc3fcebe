package com.backofficecare.safeguard.core.detection;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.internal.ProfileFile;
import com.backofficecare.safeguard.core.detection.internal.ProfileRules;
import com.backofficecare.safeguard.core.detection.internal.RosterCsv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an agency tunes of detection without code: its roster (exact data match on its people's
 * names and identifiers), values and patterns never PHI for it (allow), values always PHI (deny),
 * its own recognizers, and which types at what confidence. Give it to {@link
 * PhiDetector.Builder#profile}.
 *
 * <p>Immutable and thread-safe. The roster is kept only as keyed hashes (HMAC-SHA256 under a key
 * drawn at random when the profile is built, held in memory only and never written): a heap dump
 * holds no list of clients, and two loads of one profile share no key. Allowed and denied values
 * are kept the same way.
 *
 * <pre>{@code
 * DetectionProfile profile = DetectionProfile.load(Path.of("sunrise.yaml"));
 * PhiDetector detector = PhiDetector.builder().profile(profile).build();
 * }</pre>
 */
public final class DetectionProfile {

  /** Roster values (identifiers, phones, addresses) have at least this many letters and digits. */
  public static final int MIN_VALUE_LENGTH = 4;

  /** Allowed and denied values have at least this many letters and digits. */
  public static final int MIN_LIST_VALUE_LENGTH = 2;

  /** Values have at most this many letters and digits. */
  public static final int MAX_VALUE_LENGTH = 63;

  private final AgencyId agency;
  private final @Nullable Double minimumConfidence;
  private final @Nullable Set<PhiType> types;
  private final ProfileRules rules;
  private final int people;

  private DetectionProfile(Builder b) {
    this.agency = requireNonNull(b.agency);
    this.minimumConfidence = b.minimumConfidence;
    this.types = b.types == null ? null : Set.copyOf(b.types);
    this.rules = b.rules.build();
    this.people = b.people;
  }

  /**
   * Loads a profile file, YAML ({@code .yaml}, {@code .yml}) or JSON (any other name), checked
   * whole; the roster file it names is read relative to the profile's directory.
   *
   * @throws DetectionProfileException naming every problem by file, line and path: a missing or
   *     malformed file, an unknown or duplicate key, a wrong or missing value, a pattern that does
   *     not compile, a missing roster file or column, a roster row of the wrong width
   */
  public static DetectionProfile load(Path file) {
    requireNonNull(file, "file");
    Builder b = builder();
    List<DetectionProfileException.Problem> problems = ProfileFile.read(file, b);
    if (!problems.isEmpty()) {
      throw new DetectionProfileException(problems);
    }
    return b.build();
  }

  /** Starts an empty profile. */
  public static Builder builder() {
    return new Builder();
  }

  public AgencyId agency() {
    return agency;
  }

  /** The confidence floor the profile sets, if it sets one. */
  public OptionalDouble minimumConfidence() {
    return minimumConfidence == null
        ? OptionalDouble.empty()
        : OptionalDouble.of(minimumConfidence);
  }

  /** The types the profile selects, if it selects some. */
  public Optional<Set<PhiType>> types() {
    return Optional.ofNullable(types);
  }

  ProfileRules rules() {
    return rules;
  }

  @Override
  public String toString() {
    return "DetectionProfile[agency=" + agency + ", people=" + people + "]";
  }

  /** Configures a {@link DetectionProfile}; values are hashed as they are given. */
  public static final class Builder {
    private @Nullable AgencyId agency;
    private @Nullable Double minimumConfidence;
    private @Nullable EnumSet<PhiType> types;
    private final ProfileRules.Builder rules = new ProfileRules.Builder();
    private final Set<String> recognizers = new HashSet<>();
    private int people;
    private boolean built;

    private Builder() {}

    /**
     * The agency the profile belongs to (required).
     *
     * @throws IllegalStateException if already set
     */
    public Builder agency(AgencyId value) {
      requireNonNull(value, "value");
      if (agency != null) {
        throw new IllegalStateException("agency was already set");
      }
      this.agency = value;
      return this;
    }

    /**
     * Reports only findings at least this confident.
     *
     * @throws IllegalArgumentException unless {@code 0 < value <= 1}
     */
    public Builder minimumConfidence(double value) {
      if (!(value > 0 && value <= 1)) {
        throw new IllegalArgumentException("minimum confidence must be in (0, 1]");
      }
      this.minimumConfidence = value;
      return this;
    }

    /**
     * Reports only these types.
     *
     * @throws IllegalArgumentException if {@code value} is empty
     */
    public Builder types(Set<PhiType> value) {
      requireNonNull(value, "value");
      if (value.isEmpty()) {
        throw new IllegalArgumentException("at least one type must be selected");
      }
      this.types = EnumSet.copyOf(value);
      return this;
    }

    /**
     * Adds one person of the roster: their names (given, family, middle, preferred; each split into
     * words) and their identifiers by type (MRN, member id, phone, street address...). Empty values
     * are skipped.
     *
     * @throws IllegalArgumentException if a value of another type than NAME has fewer than {@value
     *     #MIN_VALUE_LENGTH} or more than {@value #MAX_VALUE_LENGTH} letters and digits
     */
    public Builder person(
        Collection<String> names, Map<PhiType, ? extends Collection<String>> values) {
      requireNonNull(names, "names");
      requireNonNull(values, "values");
      List<String> nameList = new ArrayList<>(names.size());
      for (String n : names) {
        if (!requireNonNull(n, "name").isEmpty()) {
          nameList.add(n);
        }
      }
      Map<PhiType, List<String>> kept = new EnumMap<>(PhiType.class);
      values.forEach(
          (type, list) -> {
            for (String v : list) {
              if (!requireNonNull(v, "value").isEmpty()) {
                (type == PhiType.NAME
                        ? nameList
                        : kept.computeIfAbsent(type, t -> new ArrayList<>()))
                    .add(v);
              }
            }
          });
      rules.person(nameList, kept, MIN_VALUE_LENGTH, MAX_VALUE_LENGTH);
      people++;
      return this;
    }

    /**
     * Adds every row of a CSV file whose header row names the columns: each column of {@code
     * columns} holds values of its type; the NAME columns of a row are one person's names; other
     * columns are ignored.
     *
     * @throws DetectionProfileException if the file is missing or unreadable, a column is not in
     *     the header, or a row has another number of fields than the header
     */
    public Builder rosterCsv(Path file, Map<String, PhiType> columns) {
      requireNonNull(file, "file");
      requireNonNull(columns, "columns");
      List<DetectionProfileException.Problem> problems = new ArrayList<>();
      RosterCsv.read(
          file,
          columns,
          (names, values) -> { // names and values as person() keeps them
            rules.person(names, values, MIN_VALUE_LENGTH, MAX_VALUE_LENGTH);
            people++;
          },
          problems);
      if (!problems.isEmpty()) {
        throw new DetectionProfileException(problems);
      }
      return this;
    }

    /**
     * A value never PHI for this agency (its name, office phone, street, programme names): findings
     * that lie within it are dropped, whatever found them.
     *
     * @throws IllegalArgumentException if it has fewer than {@value #MIN_LIST_VALUE_LENGTH} or more
     *     than {@value #MAX_VALUE_LENGTH} letters and digits
     */
    public Builder allow(String value) {
      checkLength(PhiType.NAME, requireNonNull(value, "value"), MIN_LIST_VALUE_LENGTH);
      rules.allow(value);
      return this;
    }

    /**
     * A pattern (RE2 syntax) of text never PHI for this agency.
     *
     * @throws IllegalArgumentException if the pattern does not compile
     */
    public Builder allowPattern(String regex) {
      requireNonNull(regex, "regex");
      try {
        rules.allowPattern(regex);
      } catch (com.google.re2j.PatternSyntaxException e) {
        throw new IllegalArgumentException("pattern does not compile: " + e.getDescription());
      }
      return this;
    }

    /**
     * A value always PHI of {@code type} for this agency.
     *
     * @throws IllegalArgumentException if it has fewer than {@value #MIN_LIST_VALUE_LENGTH} or more
     *     than {@value #MAX_VALUE_LENGTH} letters and digits
     */
    public Builder deny(PhiType type, String value) {
      requireNonNull(type, "type");
      checkLength(type, requireNonNull(value, "value"), MIN_LIST_VALUE_LENGTH);
      rules.deny(type, value);
      return this;
    }

    /**
     * Adds a recognizer of the agency's own.
     *
     * @throws IllegalArgumentException if a recognizer of that name was already added
     */
    public Builder recognizer(CustomRecognizer recognizer) {
      requireNonNull(recognizer, "recognizer");
      if (!recognizers.add(recognizer.name())) {
        throw new IllegalArgumentException("two recognizers are named " + recognizer.name());
      }
      rules.recognizer(recognizer);
      return this;
    }

    /**
     * Builds the profile.
     *
     * @throws IllegalStateException if no agency was set, a value was both allowed and denied, or
     *     this builder was already built
     */
    public DetectionProfile build() {
      if (built) {
        throw new IllegalStateException("this builder was already built");
      }
      if (agency == null) {
        throw new IllegalStateException("a detection profile needs an agency");
      }
      DetectionProfile profile = new DetectionProfile(this);
      built = true;
      return profile;
    }

    private static void checkLength(PhiType type, String value, int min) {
      int n = ProfileRules.matchedLength(type, value);
      if (n < min || n > MAX_VALUE_LENGTH) {
        throw new IllegalArgumentException(
            ProfileRules.lengthProblem(type, min, MAX_VALUE_LENGTH, n));
      }
    }
  }
}
