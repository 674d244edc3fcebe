package com.backofficecare.safeguard.core.detection;

import java.util.Set;

/**
 * How the detector tells a program's identifier from a person's name in camel case, so that log
 * integrations read service messages the same way: "diskSpace", "SchedulingServiceApplication" and
 * "HikariPool" are identifiers; "McDonald", "DeShawn" and "LaToya" are not.
 */
public final class ProgramIdentifiers {

  /** Programmers' words: one inner capital before one of them makes an identifier. */
  private static final Set<String> CODE_WORDS =
      Set.of(
          "Adapter",
          "Api",
          "Application",
          "Bean",
          "Builder",
          "Cache",
          "Client",
          "Config",
          "Configuration",
          "Connection",
          "Consumer",
          "Context",
          "Controller",
          "Dao",
          "Dto",
          "Engine",
          "Entity",
          "Event",
          "Exception",
          "Executor",
          "Factory",
          "Filter",
          "Handler",
          "Helper",
          "Impl",
          "Initializer",
          "Interceptor",
          "Job",
          "Listener",
          "Loader",
          "Manager",
          "Mapper",
          "Module",
          "Pool",
          "Processor",
          "Producer",
          "Provider",
          "Queue",
          "Registry",
          "Repository",
          "Request",
          "Resolver",
          "Response",
          "Scheduler",
          "Server",
          "Service",
          "Servlet",
          "Source",
          "Store",
          "Task",
          "Template",
          "Util",
          "Utils",
          "Worker");

  private ProgramIdentifiers() {}

  /**
   * Whether {@code word} is written in camel case as programs write identifiers: an inner capital
   * after a lower-case start ("diskSpace"), two inner capitals, or one before a programmer's word
   * ("ShiftService").
   */
  public static boolean isCamelCase(CharSequence word) {
    int transitions = 0;
    int last = -1;
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
        transitions++;
        last = i;
      }
    }
    if (transitions == 0) {
      return false;
    }
    return Character.isLowerCase(word.charAt(0))
        || transitions >= 2
        || (transitions == 1
            && CODE_WORDS.contains(
                // appended char by char: a CharSequence's toString() need not be its text
                new StringBuilder(word.length() - last)
                    .append(word, last, word.length())
                    .toString()));
  }
}
