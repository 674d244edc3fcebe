package com.backofficecare.safeguard.cli;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.crypto.PseudonymKeys;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code safeguard pseudonym-key}: draws an agency's pseudonym key and prints it wrapped. */
@Command(
    name = "pseudonym-key",
    description = {
      "Draws a new pseudonym key for an agency, wraps it under the agency's",
      "key-encryption key in the key store (created if missing; passphrase in",
      "SAFEGUARD_PASSPHRASE) and prints the wrapped key: ciphertext, safe to keep",
      "in configuration and to pass to redact-table or a Spark job, useless",
      "without the key store. Whoever opens it gets the same pseudonyms.",
      "Exit status: 0 printed, 2 usage, 66 no such key store or keys (see README, Exit status)."
    },
    mixinStandardHelpOptions = true)
final class PseudonymKeyCommand implements Callable<Integer> {

  @Option(
      names = "--key-store",
      required = true,
      paramLabel = "FILE",
      description = "The LocalKeyStore file.")
  Path keyStore;

  @Option(
      names = "--agency",
      required = true,
      paramLabel = "AGENCY",
      description = "The agency the key belongs to.")
  String agency;

  @Override
  public Integer call() {
    String pass = Environment.get("SAFEGUARD_PASSPHRASE");
    if (pass == null || pass.isEmpty()) {
      throw ExitStatus.Failure.usage("set SAFEGUARD_PASSPHRASE to the key store passphrase");
    }
    char[] chars = pass.toCharArray();
    try (LocalKeyStore keys = LocalKeyStore.builder(keyStore).passphrase(chars).open()) {
      System.out.println(PseudonymKeys.create(keys, AgencyId.of(agency)).encode());
    } finally {
      Arrays.fill(chars, '\0');
    }
    return ExitStatus.DONE;
  }
}
