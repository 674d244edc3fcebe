package com.backofficecare.safeguard.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.AgencyId;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key store shared by real processes: crashes while saving, and keys destroyed elsewhere. */
class KeyStoreProcessTest {

  @TempDir Path dir;

  private static Process start(String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KeyStoreWorker.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private LocalKeyStore open(Path file) {
    return LocalKeyStore.builder(file)
        .passphrase(KeyStoreWorker.PASS.clone())
        .argon2(8192, 1)
        .open();
  }

  /** {@code -Dsafeguard.keyStoreKills=100} for the full run; CI runs fewer. */
  @Test
  void aKillWhileTheKeyStoreIsSavedLeavesAStoreThatOpensAndChanges() throws Exception {
    Path file = dir.resolve("keys.sgks");
    int rounds = Integer.getInteger("safeguard.keyStoreKills", 15);
    Random random = new Random(7);
    for (int round = 0; round < rounds; round++) {
      Process p = start("rotate", file.toString());
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String last = null;
      int target = 1 + random.nextInt(30);
      for (int i = 0; i < target; i++) {
        last = out.readLine();
        assertThat(last).as("worker output").isNotNull();
      }
      Thread.sleep(random.nextInt(3));
      p.destroyForcibly(); // kill -9, most often in the middle of a save
      p.waitFor(30, TimeUnit.SECONDS);
      try (LocalKeyStore ks = open(file)) {
        assertThat(ks.kekIds(AgencyId.of(last.substring(0, last.indexOf('/'))))).contains(last);
        AgencyId fresh = AgencyId.of("check-" + round);
        SymmetricKey k = SymmetricKey.generate();
        WrappedKey w = ks.wrap(fresh, k);
        ks.unwrap(fresh, w).destroy();
        ks.rotate(fresh);
        ks.destroyAgencyKeys(fresh);
        assertThat(ks.isDestroyed(fresh)).isTrue();
      }
    }
  }

  @Test
  @Tag("POL-10.5")
  void aProcessHoldingAnOpenStoreCannotUseKeysAnotherProcessDestroyed() throws Exception {
    Process p = start("serve", dir.toString());
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      Writer in = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
      assertThat(out.readLine()).startsWith("sunrise:");
      in.write("go\n");
      in.flush();
      assertThat(out.readLine()).isEqualTo("read ok, write ok");
      try (LocalKeyStore ks = open(dir.resolve("keys.sgks"))) {
        ks.destroyAgencyKeys(AgencyId.of("sunrise"));
      }
      in.write("go\n");
      in.flush();
      assertThat(out.readLine()).isEqualTo("read denied, write denied");
    } finally {
      p.destroyForcibly();
    }
  }
}
