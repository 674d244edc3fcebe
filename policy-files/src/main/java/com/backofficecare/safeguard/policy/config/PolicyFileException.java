package com.backofficecare.safeguard.policy.config;

import com.backofficecare.safeguard.core.SafeguardException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy file was refused as a whole: every problem found, each naming the file, the line and the
 * path of the value, and what is wrong (never the value itself).
 */
public final class PolicyFileException extends SafeguardException {

  private static final long serialVersionUID = 1L;

  /** One problem: where it is and what is wrong. */
  public record Problem(Path file, int line, String path, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
  }

  private final transient List<Problem> problems;

  PolicyFileException(List<Problem> problems) {
    super(
        problems.size()
            + " problem(s) in "
            + problems.get(0).file().getFileName()
            + ":\n"
            + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
