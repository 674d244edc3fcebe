package com.backofficecare.safeguard.spark;

/**
 * A row of the input that Spark's CSV or JSON reader could not parse (a ragged row, an unclosed
 * quote, a line that is not a JSON object). Thrown in the task that met it, so that Spark's logs
 * and the job's failure carry this message, which names the file and the row's position in the
 * task, never the row's content.
 */
public final class MalformedRowException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  MalformedRowException(String file, long row) {
    super(
        "a malformed row in "
            + file
            + " (row "
            + row
            + " of this task's part of the file);"
            + " its content is not shown");
  }
}
