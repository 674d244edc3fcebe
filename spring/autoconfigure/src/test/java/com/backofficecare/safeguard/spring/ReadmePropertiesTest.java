package com.backofficecare.safeguard.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** README's Spring properties, copied as they are, bind to the values they say. */
class ReadmePropertiesTest {

  private static final String FILE = "/readme-application.properties";

  @Test
  void theReadmePropertiesBindAsWritten() throws Exception {
    Properties p = new Properties();
    try (InputStream in = ReadmePropertiesTest.class.getResourceAsStream(FILE)) {
      p.load(in);
    }
    SafeguardProperties bound =
        new Binder(new MapConfigurationPropertySource(p))
            .bind("safeguard", SafeguardProperties.class)
            .get();
    assertThat(bound.policyFile()).isEqualTo(Path.of("/etc/backoffice/policy.json"));
    assertThat(bound.storeDir()).isEqualTo(Path.of("/var/lib/backoffice/safeguard"));
    assertThat(bound.passphraseEnv()).isEqualTo("SAFEGUARD_PASSPHRASE");
    assertThat(bound.zone()).isEqualTo("America/New_York");
    assertThat(bound.store().backend()).isEqualTo("filesystem");
    assertThat(bound.store().s3().bucket()).isEqualTo("agency-temp");
    assertThat(bound.store().s3().endpoint()).isEqualTo("https://s3.example.net");
  }

  @Test
  void readmeShowsThisVeryFile() throws Exception {
    Path root = Path.of(System.getProperty("safeguard.root", "../.."));
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    String file;
    try (InputStream in = ReadmePropertiesTest.class.getResourceAsStream(FILE)) {
      file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(readme).contains("```properties\n" + file + "```");
  }
}
