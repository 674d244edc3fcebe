package com.backofficecare.safeguard.benchmarks;

import com.backofficecare.safeguard.core.detection.DetectionProfile;
import com.backofficecare.safeguard.core.detection.PhiDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What an agency roster costs ({@link RosterFile}: names from the detector's own lists, an MRN, a
 * phone and a street address each).
 *
 * <ul>
 *   <li>{@code scan}: single-threaded throughput over the texts {@link DetectorBenchmark} scans,
 *       with no profile ({@code people=0}) and with rosters of 50,000 and 100,000 people loaded
 *       from CSV; one fork each, in the same run. One operation scans the whole corpus.
 *   <li>{@code loadCold}: loading the profile and a 100,000-person roster CSV as the first thing a
 *       fresh JVM does (YAML parser, lexicon and HMAC included), one load in each of 5 forks; the
 *       file is written first, as bytes, warming none of the load's code.
 *   <li>{@code loadWarm}: the same load after 3 others in one JVM.
 * </ul>
 *
 * <p>Run from the repository root: {@code java -jar benchmarks/target/benchmarks.jar
 * RosterBenchmark}; the scan's options are {@link DetectorBenchmark}'s.
 */
public class RosterBenchmark {

  /** The seed of every roster, so that each run scans and loads the same people. */
  private static final long SEED = 14;

  /** A detector with a roster of {@code people} (none: no profile at all). */
  @State(Scope.Benchmark)
  public static class Scan {
    @Param({"0", "50000", "100000"})
    public int people;

    List<String> texts = List.of();
    PhiDetector detector = PhiDetector.standard();

    @Setup
    public void load() throws IOException {
      texts = CorpusTexts.load();
      if (people > 0) {
        Path dir = Files.createTempDirectory("roster-bench");
        try {
          detector =
              PhiDetector.builder()
                  .profile(DetectionProfile.load(RosterFile.write(dir, people, SEED)))
                  .build();
        } finally {
          delete(dir);
        }
      }
    }
  }

  /** A profile file naming a roster CSV of {@code people}, written once per fork. */
  @State(Scope.Benchmark)
  public static class Roster {
    @Param({"100000"})
    public int people;

    Path dir = Path.of(".");
    Path profile = Path.of(".");

    @Setup
    public void write() throws IOException {
      dir = Files.createTempDirectory("roster-bench");
      profile = RosterFile.write(dir, people, SEED);
    }

    @TearDown
    public void delete() throws IOException {
      RosterBenchmark.delete(dir);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 6, time = 3) // a roster's fork compiles its load's code first
  @Measurement(iterations = 6, time = 3)
  @Fork(value = 1, jvmArgsAppend = "-Xmx1g")
  public void scan(Scan s, Blackhole bh) {
    for (String text : s.texts) {
      bh.consume(s.detector.detect(text));
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(value = 5, jvmArgsAppend = "-Xmx1g")
  public DetectionProfile loadCold(Roster r) {
    return DetectionProfile.load(r.profile);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  @Fork(value = 1, jvmArgsAppend = "-Xmx1g")
  public DetectionProfile loadWarm(Roster r) {
    return DetectionProfile.load(r.profile);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
