package com.backofficecare.safeguard.core.detection;

import com.backofficecare.safeguard.core.SafeguardException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A detection profile or its roster was refused as a whole: every problem found, each naming the
 * file, the line and the path of the value, and what is wrong. Messages never quote a roster value,
 * a pattern or anything a pattern matched.
 */
public final class DetectionProfileException extends SafeguardException {

  private static final long serialVersionUID = 1L;

  /**
   * One problem: where it is and what is wrong.
   *
   * @param file the file, as named to the loader
   * @param line its line, from 1; 0 when the problem is not on one line (a missing file)
   * @param path the value's place in the profile ({@code recognizers[2].pattern}), or the roster's
   *     column; empty for the whole file
   * @param message what is wrong, never the value
   */
  public record Problem(String file, int line, String path, String message) {
    @Override
    public String toString() {
      return file
          + (line > 0 ? ":" + line : "")
          + ": "
          + (path.isEmpty() ? "" : path + ": ")
          + message;
    }
  }

  private final transient List<Problem> problems;

  DetectionProfileException(List<Problem> problems) {
    super(
        problems.size()
            + " problem(s) in the detection profile:\n"
            + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in the order they were found. */
  public List<Problem> problems() {
    return problems;
  }
}
