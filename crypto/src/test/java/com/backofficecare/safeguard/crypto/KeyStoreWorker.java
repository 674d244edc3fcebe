package com.backofficecare.safeguard.crypto;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.tempstore.ObjectId;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.storage.FileSystemBlobStore;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A separate JVM for {@link KeyStoreProcessTest}: {@code rotate FILE} rotates an agency's keys in a
 * loop, printing each rotation once saved, until killed; {@code serve DIR} opens a store in DIR,
 * stores an object, prints its id, then for every line on stdin tries to read it and to store
 * another, printing {@code read ok|denied} and {@code write ok|denied}.
 */
public final class KeyStoreWorker {

  static final char[] PASS = "worker passphrase".toCharArray();

  private KeyStoreWorker() {}

  public static void main(String[] args) throws Exception {
    Path path = Path.of(args[1]);
    AgencyId sunrise = AgencyId.of("sunrise");
    if (args[0].equals("rotate")) {
      try (LocalKeyStore ks =
          LocalKeyStore.builder(path).passphrase(PASS.clone()).argon2(8192, 1).open()) {
        for (int i = 0; ; i++) {
          System.out.println(ks.rotate(AgencyId.of("agency-" + (i % 7))));
          System.out.flush();
        }
      }
    }
    try (LocalKeyStore ks =
        LocalKeyStore.builder(path.resolve("keys.sgks"))
            .passphrase(PASS.clone())
            .argon2(8192, 1)
            .open()) {
      SecureTempStore store =
          SecureTempStore.builder()
              .blobStore(FileSystemBlobStore.open(path.resolve("objects")))
              .keyManager(ks)
              .warmUp(false)
              .build();
      ObjectId id =
          store
              .put(
                  sunrise,
                  DataCategory.SCHEDULING,
                  new ByteArrayInputStream("visit at 9".getBytes(StandardCharsets.UTF_8)))
              .id();
      System.out.println(id);
      System.out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      while (in.readLine() != null) {
        String read;
        try (InputStream s = store.open(id)) {
          s.readAllBytes();
          read = "read ok";
        } catch (KeyUnavailableException e) {
          read = "read denied";
        }
        String write;
        try {
          store.put(sunrise, DataCategory.SCHEDULING, new ByteArrayInputStream(new byte[10]));
          write = "write ok";
        } catch (KeyUnavailableException e) {
          write = "write denied";
        }
        System.out.println(read + ", " + write);
        System.out.flush();
      }
    }
  }
}
