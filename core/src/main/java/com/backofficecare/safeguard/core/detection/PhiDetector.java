package com.backofficecare.safeguard.core.detection;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.internal.DetectionEngine;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the Safe Harbor identifiers and payment data in free text.
 *
 * <p>Immutable and thread-safe: build one and share it. Detection runs in time linear in the
 * length of the text, whatever the text (no backtracking pattern is involved), and never keeps a
 * reference to the text.
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

  private PhiDetector(Builder builder) {
    this.engine = builder.modelFile == null
        ? DetectionEngine.shared() : DetectionEngine.withModel(builder.modelFile);
    this.minimumConfidence = builder.minimumConfidence;
    this.types = EnumSet.copyOf(builder.types);
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
    return engine.detect(text, minimumConfidence, types);
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

    private Builder() {}

    /**
     * Uses the context model in {@code file} (one written by the training command) instead of
     * the bundled one. The file is read by {@link #build()}, which fails rather than detect
     * with a weaker model.
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
      return this;
    }

    /**
     * Builds the detector.
     *
     * @throws DetectionModelException if the context model is missing, corrupt or of another
     *     version
     */
    public PhiDetector build() {
      return new PhiDetector(this);
    }
  }
}
