package com.backofficecare.safeguard.benchmarks;

import com.backofficecare.safeguard.core.detection.PhiDetector;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-threaded detector throughput over every text of the development corpus, beside two
 * baselines in the same run: one JDK regex for SSNs (the least a scanner does) and a plain
 * character pass (the memory-bandwidth floor). One operation scans the whole corpus; MB/s = corpus
 * bytes (printed at setup) times operations per second.
 *
 * <p>Run from the repository root: {@code java -jar benchmarks/target/benchmarks.jar
 * DetectorBenchmark}; another corpus with {@code -jvmArgsAppend -Dsafeguard.corpus=FILE}; long
 * documents (visit notes, threads) with {@code -jvmArgsAppend -Dsafeguard.docChars=8000}, which
 * joins consecutive texts, a blank line apart, into documents of at least that many chars.
 *
 * <p>What an agency roster costs: {@link RosterBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class DetectorBenchmark {

  private static final Pattern SSN = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b");

  private List<String> texts = List.of();
  private PhiDetector detector;

  @Setup
  public void load() throws IOException {
    texts = CorpusTexts.load();
    detector = PhiDetector.standard();
  }

  @Benchmark
  public void detector(Blackhole bh) {
    for (String text : texts) {
      bh.consume(detector.detect(text));
    }
  }

  @Benchmark
  public void baselineSsnRegex(Blackhole bh) {
    for (String text : texts) {
      Matcher m = SSN.matcher(text);
      int n = 0;
      while (m.find()) {
        n++;
      }
      bh.consume(n);
    }
  }

  @Benchmark
  public void baselineCharPass(Blackhole bh) {
    for (String text : texts) {
      int h = 0;
      for (int i = 0; i < text.length(); i++) {
        h = 31 * h + text.charAt(i);
      }
      bh.consume(h);
    }
  }
}
