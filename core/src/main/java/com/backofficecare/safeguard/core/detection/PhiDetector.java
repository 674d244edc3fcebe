package com.backofficecare.safeguard.core.detection;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.internal.DetectionEngine;
import com.backofficecare.safeguard.core.detection.internal.ProfileRules;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the Safe Harbor identifiers and payment data in free text.
 *
 * <p>Immutable and thread-safe: build one and share it. Detection runs in time linear in the length
 * of the text, whatever the text (no backtracking pattern is involved), and never keeps a reference
 * to the text.
 *
 * <pre>{@code
 * PhiDetector detector = PhiDetector.standard();
 * for (Finding f : detector.detect(note)) { ... }
 * }</pre>
 */
public final class PhiDetector {

  private final DetectionEngine engine;
  private final double minimumConfidence;
  private final EnumSet<PhiType> types;
  private final @Nullable ProfileRules rules;

  private PhiDetector(Builder builder) {
    this.engine =
        builder.modelFile == null
            ? DetectionEngine.shared()
            : DetectionEngine.withModel(builder.modelFile);
    DetectionProfile profile = builder.profile;
    this.minimumConfidence =
        profile == null
            ? builder.minimumConfidence
            : profile.minimumConfidence().orElse(builder.minimumConfidence);
    this.types =
        EnumSet.copyOf(profile == null ? builder.types : profile.types().orElse(builder.types));
    this.rules = profile == null ? null : profile.rules();
  }

  /**
   * A detector for every type with the default confidence threshold (0.5) and the bundled model.
   *
   * @throws DetectionModelException if the bundled model cannot be loaded (a damaged jar)
   */
  public static PhiDetector standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final PhiDetector INSTANCE = builder().build();
  }

  /** Starts a detector with every type enabled and the default threshold. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the findings in {@code text}, ordered by start, never overlapping one another.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public List<Finding> detect(CharSequence text) {
    requireNonNull(text, "text");
    return engine.detect(text, minimumConfidence, types, rules);
  }

  /** The smallest confidence this detector reports. */
  public double minimumConfidence() {
    return minimumConfidence;
  }

  /** The types this detector reports. */
  public Set<PhiType> types() {
    return EnumSet.copyOf(types);
  }

  /** Configures a {@link PhiDetector}. */
  public static final class Builder {
    private double minimumConfidence = 0.5;
    private EnumSet<PhiType> types = EnumSet.allOf(PhiType.class);
    private @Nullable Path modelFile;
    private @Nullable DetectionProfile profile;
    private boolean minimumConfidenceSet;
    private boolean typesSet;

    private Builder() {}

    /**
     * Detects with an agency's profile: its roster, allow and deny values and recognizers, and its
     * type selection and confidence floor where it sets them.
     *
     * @throws IllegalStateException if a profile was already given
     */
    public Builder profile(DetectionProfile value) {
      requireNonNull(value, "value");
      if (profile != null) {
        throw new IllegalStateException("a profile was already given");
      }
      this.profile = value;
      return this;
    }

    /**
     * Uses the context model in {@code file} (one written by the training command) instead of the
     * bundled one. The file is read by {@link #build()}, which fails rather than detect with a
     * weaker model.
     */
    public Builder contextModel(Path file) {
      this.modelFile = requireNonNull(file, "file");
      return this;
    }

    /**
     * Reports only findings at least this confident. Lower finds more and is wrong more often.
     *
     * @throws IllegalArgumentException unless {@code 0 < value <= 1}
     */
    public Builder minimumConfidence(double value) {
      if (!(value > 0 && value <= 1)) {
        throw new IllegalArgumentException("minimum confidence must be in (0, 1]: " + value);
      }
      this.minimumConfidence = value;
      this.minimumConfidenceSet = true;
      return this;
    }

    /**
     * Reports only these types.
     *
     * @throws IllegalArgumentException if {@code types} is empty
     */
    public Builder types(Set<PhiType> types) {
      requireNonNull(types, "types");
      if (types.isEmpty()) {
        throw new IllegalArgumentException("at least one type must be enabled");
      }
      this.types = EnumSet.copyOf(types);
      this.typesSet = true;
      return this;
    }

    /**
     * Builds the detector.
     *
     * @throws DetectionModelException if the context model is missing, corrupt or of another
     *     version
     * @throws IllegalStateException if both this builder and the profile set the minimum
     *     confidence, or both select types
     */
    public PhiDetector build() {
      if (profile != null && minimumConfidenceSet && profile.minimumConfidence().isPresent()) {
        throw new IllegalStateException(
            "the minimum confidence was set both by the builder and by the profile");
      }
      if (profile != null && typesSet && profile.types().isPresent()) {
        throw new IllegalStateException(
            "types were selected both by the builder and by the profile");
      }
      return new PhiDetector(this);
    }
  }
}
