package com.backofficecare.safeguard.core.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A detector never runs with a damaged model: it fails to build, naming the file. */
class ContextModelFileTest {

  private static final String BUNDLED =
      "/com/backofficecare/safeguard/core/detection/internal/context-model.bin.gz";

  @TempDir Path dir;

  @Test
  void theBundledModelLoadsFromAFileAndDetectsTheSame() throws IOException {
    Path file = dir.resolve("model.bin.gz");
    try (InputStream in = getClass().getResourceAsStream(BUNDLED)) {
      Files.write(file, in.readAllBytes());
    }
    PhiDetector fromFile = PhiDetector.builder().contextModel(file).build();
    String note = "spoke w/ dtr June re: LAST BM 10/9, lives in Fairview";
    assertThat(fromFile.detect(note)).isEqualTo(PhiDetector.standard().detect(note));
  }

  @Test
  void aMissingModelFileFailsAtBuild() {
    Path missing = dir.resolve("nope.bin.gz");
    assertThatThrownBy(() -> PhiDetector.builder().contextModel(missing).build())
        .isInstanceOf(DetectionModelException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void aFileThatIsNotGzipFailsAtBuild() throws IOException {
    Path file = Files.writeString(dir.resolve("model.bin.gz"), "not a model");
    assertThatThrownBy(() -> PhiDetector.builder().contextModel(file).build())
        .isInstanceOf(DetectionModelException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void aFlippedWeightFailsTheChecksum() throws IOException {
    byte[] body = bundledBody();
    body[body.length / 2] ^= 0x40;
    Path file = gzip(body);
    assertThatThrownBy(() -> PhiDetector.builder().contextModel(file).build())
        .isInstanceOf(DetectionModelException.class)
        .hasMessageContaining("checksum");
  }

  @Test
  void aTruncatedModelFailsAtBuild() throws IOException {
    byte[] body = bundledBody();
    Path file = gzip(java.util.Arrays.copyOf(body, body.length / 3));
    assertThatThrownBy(() -> PhiDetector.builder().contextModel(file).build())
        .isInstanceOf(DetectionModelException.class)
        .hasMessageContaining(file.toString());
  }

  private byte[] bundledBody() throws IOException {
    try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream(BUNDLED))) {
      return in.readAllBytes();
    }
  }

  private Path gzip(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    }
    return Files.write(dir.resolve("damaged.bin.gz"), out.toByteArray());
  }
}
