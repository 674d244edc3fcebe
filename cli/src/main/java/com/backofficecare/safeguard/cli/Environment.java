package com.backofficecare.safeguard.cli;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The environment variables a command reads (the key store passphrase, pseudonym secrets): the
 * process's own, or those {@link SafeguardCli#run(Map, String...)} was given, so that tests run
 * commands in one JVM without putting a passphrase anywhere else.
 */
final class Environment {

  private static final ThreadLocal<@Nullable Map<String, String>> GIVEN = new ThreadLocal<>();

  private Environment() {}

  static @Nullable String get(String name) {
    Map<String, String> given = GIVEN.get();
    return given != null ? given.get(name) : System.getenv(name);
  }

  static int with(Map<String, String> env, java.util.function.IntSupplier body) {
    GIVEN.set(Map.copyOf(env));
    try {
      return body.getAsInt();
    } finally {
      GIVEN.remove();
    }
  }
}
