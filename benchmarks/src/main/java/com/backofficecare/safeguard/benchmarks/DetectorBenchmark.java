package com.backofficecare.safeguard.benchmarks;

import com.backofficecare.safeguard.core.detection.PhiDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * character pass (the memory-bandwidth floor). One operation scans the whole corpus; MB/s =
 * corpus bytes (printed at setup) times operations per second.
 *
 * <p>Run from the repository root: {@code java -jar benchmarks/target/benchmarks.jar
 * DetectorBenchmark}; another corpus with {@code -jvmArgsAppend -Dsafeguard.corpus=FILE}; long
 * documents (visit notes, threads) with {@code -jvmArgsAppend -Dsafeguard.docChars=8000}, which
 * joins consecutive texts, a blank line apart, into documents of at least that many chars.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class DetectorBenchmark {

  private static final Pattern SSN = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b");
  private static final Pattern TEXT = Pattern.compile("\"text\": \"((?:[^\"\\\\]|\\\\.)*)\"");

  private final List<String> texts = new ArrayList<>();
  private PhiDetector detector;

  @Setup
  public void load() throws IOException {
    Path corpus = Path.of(System.getProperty("safeguard.corpus", "../shared/corpus/phi-dev.jsonl"));
    long bytes = 0;
    for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
      Matcher m = TEXT.matcher(line);
      if (m.find()) {
        String text = m.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
        texts.add(text);
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    int docChars = Integer.getInteger("safeguard.docChars", 0);
    if (docChars > 0) {
      List<String> joined = new ArrayList<>();
      StringBuilder doc = new StringBuilder();
      for (String t : texts) {
        doc.append(doc.length() == 0 ? "" : "\n\n").append(t);
        if (doc.length() >= docChars) {
          joined.add(doc.toString());
          doc.setLength(0);
        }
      }
      texts.clear();
      texts.addAll(joined);
    }
    detector = PhiDetector.standard();
    System.out.printf("%ncorpus: %d texts, %d bytes (%.3f MB)%n", texts.size(), bytes, bytes / 1e6);
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
