package com.backofficecare.safeguard.benchmarks;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.DetectionProfile;
import com.backofficecare.safeguard.core.detection.PhiDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * <p>{@code detectorWithRoster} scans the same texts with an agency profile holding a roster of
 * 50,000 people ({@code -Dsafeguard.rosterPeople=N}): names drawn from the detector's own name
 * lists (so the corpus's names are often on it and hashed), an MRN, a phone and a street address
 * each.
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
  private PhiDetector withRoster;

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
    withRoster =
        PhiDetector.builder()
            .profile(roster(Integer.getInteger("safeguard.rosterPeople", 50_000)))
            .build();
    System.out.printf("%ncorpus: %d texts, %d bytes (%.3f MB)%n", texts.size(), bytes, bytes / 1e6);
  }

  @Benchmark
  public void detector(Blackhole bh) {
    for (String text : texts) {
      bh.consume(detector.detect(text));
    }
  }

  @Benchmark
  public void detectorWithRoster(Blackhole bh) {
    for (String text : texts) {
      bh.consume(withRoster.detect(text));
    }
  }

  /** A profile of {@code people} made-up people with common names, loaded and timed. */
  private static DetectionProfile roster(int people) throws IOException {
    List<String> first = names("first-names.txt");
    List<String> last = names("last-names.txt");
    Random r = new Random(14);
    long t0 = System.nanoTime();
    DetectionProfile.Builder b = DetectionProfile.builder().agency(AgencyId.of("bench"));
    for (int i = 0; i < people; i++) {
      b.person(
          List.of(first.get(r.nextInt(first.size())), last.get(r.nextInt(last.size()))),
          Map.of(
              PhiType.MRN,
              List.of(
                  String.format(
                      "%03d-%02d-%03d", r.nextInt(1000), r.nextInt(100), r.nextInt(1000))),
              PhiType.PHONE,
              List.of(String.format("(%03d) 555-%04d", 200 + r.nextInt(800), r.nextInt(10_000))),
              PhiType.ADDRESS,
              List.of((1 + r.nextInt(9999)) + " " + last.get(r.nextInt(last.size())) + " Street")));
    }
    DetectionProfile p = b.build();
    System.out.printf(
        "%nroster: %d people hashed in %.2f s%n", people, (System.nanoTime() - t0) / 1e9);
    return p;
  }

  private static List<String> names(String resource) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = PhiDetector.class.getResourceAsStream("internal/" + resource);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          out.add(line);
        }
      }
    }
    return out;
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
