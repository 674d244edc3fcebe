package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Corpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Trains the {@link ContextModel} (structured averaged perceptron) from labelled corpora and writes
 * the model file; prints held-out scores. Deterministic for a given seed and input.
 *
 * <pre>
 * tools/detector/train   (or: java -cp core/target/classes:core/target/test-classes \
 *   ...ContextModelTrainer --out FILE CORPUS.jsonl...)
 * </pre>
 *
 * <p>Every training document is seen as written, all in capitals and all in lower case, and with
 * its names and places replaced by others from the lists (as written and in capitals or lower
 * case), so the model learns names from the words around them and from the lists, not the
 * particular names of the corpus, and learns that capitals mean nothing in a text typed in them.
 * One document in ten (by id) is held out and scored, never trained on.
 */
public final class ContextModelTrainer {

  private final int bits;
  private final int labels = ContextModel.LABELS;
  private final float[] w;
  private final float[] u;
  private final float[] trans = new float[ContextModel.LABELS * ContextModel.LABELS];
  private final float[] transU = new float[trans.length];
  private final float[] starts = new float[ContextModel.LABELS];
  private final float[] startsU = new float[starts.length];
  private int c = 1;

  private ContextModelTrainer(int bits) {
    this.bits = bits;
    this.w = new float[(1 << bits) * labels];
    this.u = new float[w.length];
  }

  /** One tokenized, labelled example: each token's features and gold tag. */
  record Example(int[][] features, byte[] gold, boolean[] gate) {}

  /** Gold tokens the gate holds outside: the model cannot learn them. */
  static int gatedGold;

  public static void main(String[] args) throws IOException {
    Path out = null;
    int epochs = 12;
    long seed = 20261201L;
    int bits = 18;
    int bags = 1;
    List<Path> corpora = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--epochs" -> epochs = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--bits" -> bits = Integer.parseInt(args[++i]);
        case "--bags" -> bags = Integer.parseInt(args[++i]);
        default -> {
          if (args[i].startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + args[i]);
          }
          corpora.add(Path.of(args[i]));
        }
      }
    }
    if (out == null || corpora.isEmpty()) {
      System.err.println(
          "usage: ContextModelTrainer --out FILE [--epochs N] [--seed S] [--bags N] CORPUS...");
      System.exit(2);
    }
    List<Corpus.Doc> train = new ArrayList<>();
    List<Corpus.Doc> heldOut = new ArrayList<>();
    for (Path p : corpora) {
      for (Corpus.Doc d : Corpus.load(p)) {
        (Math.floorMod(d.id().hashCode(), 10) == 0 ? heldOut : train).add(d);
      }
    }
    // Several bags (a seed each: other substitutes, generated lines and order) are trained apart
    // and their averaged weights averaged again: less of the model depends on one seed's luck.
    ContextModel model = null;
    float[][] sum = null;
    for (int bag = 0; bag < bags; bag++) {
      Random random = new Random(seed + bag * 7919L);
      Substitutes names = new Substitutes(random);
      List<Example> examples = new ArrayList<>();
      Tokens tk = new Tokens(Lexicon.get());
      ContextModel.Scratch s = new ContextModel.Scratch();
      List<Corpus.Doc> all = new ArrayList<>(train);
      all.addAll(new ClinicalLines(random, names).make(4000));
      for (Corpus.Doc d : all) {
        for (Corpus.Doc v : variants(d, names)) {
          examples.add(example(v, tk, s));
        }
      }
      System.out.printf(
          Locale.ROOT,
          "bag %d: training on %d documents (%d examples), %d held out;"
              + " %d gold tokens gated out%n",
          bag + 1,
          train.size(),
          examples.size(),
          heldOut.size(),
          gatedGold);
      ContextModelTrainer trainer = new ContextModelTrainer(bits);
      for (int epoch = 1; epoch <= epochs; epoch++) {
        java.util.Collections.shuffle(examples, random);
        int errors = 0;
        for (Example e : examples) {
          errors += trainer.learn(e, s);
        }
        System.out.printf(Locale.ROOT, "epoch %d: %d token errors%n", epoch, errors);
      }
      float[][] averaged = trainer.averagedWeights();
      if (sum == null) {
        sum = averaged;
      } else {
        for (int k = 0; k < sum.length; k++) {
          for (int i = 0; i < sum[k].length; i++) {
            sum[k][i] += averaged[k][i];
          }
        }
      }
      if (bag == bags - 1) {
        for (float[] a : sum) {
          for (int i = 0; i < a.length; i++) {
            a[i] /= bags;
          }
        }
        model = scaled(bits, sum[0], sum[1], sum[2], examples, s);
      }
    }
    java.util.Objects.requireNonNull(model);
    try (OutputStream o = Files.newOutputStream(out)) {
      model.write(o);
    }
    ContextModel reread = ContextModel.load(out);
    System.out.println(
        "held-out scores (documents never trained on), characters of the model's types:");
    for (String form : new String[] {"as written", "capitals", "lower case"}) {
      List<Corpus.Doc> docs = new ArrayList<>();
      for (Corpus.Doc d : heldOut) {
        docs.add(form.equals("as written") ? d : recase(d, form.equals("capitals")));
      }
      System.out.println("  " + form + ": " + score(reread, docs));
    }
    System.out.println("model written to " + out + " (" + Files.size(out) + " bytes)");
  }

  /** One pass over one example; returns how many tokens were tagged wrong. */
  private int learn(Example e, ContextModel.Scratch s) {
    ContextModel live = ContextModel.training(bits, w, trans, starts);
    int n = e.gold.length;
    if (n == 0) {
      return 0;
    }
    s.ensure(n);
    fill(live, e, s);
    live.viterbi(n, s);
    int errors = 0;
    for (int t = 0; t < n; t++) {
      int g = e.gold[t];
      int p = s.path[t];
      if (g != p) {
        errors++;
        for (int f : e.features[t]) {
          int base = (f & ((1 << bits) - 1)) * labels;
          update(w, u, base + g, 1);
          update(w, u, base + p, -1);
        }
      }
      if (t == 0) {
        if (g != p) {
          update(starts, startsU, g, 1);
          update(starts, startsU, p, -1);
        }
      } else {
        int gp = e.gold[t - 1];
        int pp = s.path[t - 1];
        if (gp != pp || g != p) {
          update(trans, transU, gp * labels + g, 1);
          update(trans, transU, pp * labels + p, -1);
        }
      }
    }
    c++;
    return errors;
  }

  /** The emissions of an example's tokens, gated ones held outside, as the tagger does. */
  private static void fill(ContextModel m, Example e, ContextModel.Scratch s) {
    int n = e.gold.length;
    s.ensure(n);
    Arrays.fill(s.emissions, 0, n * ContextModel.LABELS, 0f);
    for (int t = 0; t < n; t++) {
      s.gate[t] = e.gate[t];
      if (e.gate[t]) {
        ContextModel.gate(s.emissions, t);
      } else {
        m.emit(e.features[t], e.features[t].length, s.emissions, t * ContextModel.LABELS);
      }
    }
  }

  private void update(float[] weights, float[] sums, int i, float by) {
    weights[i] += by;
    sums[i] += c * by;
  }

  /** The averaged weights, transitions and starts. */
  private float[][] averagedWeights() {
    float[] aw = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      aw[i] = w[i] - u[i] / c;
    }
    float[] at = new float[trans.length];
    for (int i = 0; i < trans.length; i++) {
      at[i] = trans[i] - transU[i] / c;
    }
    float[] as = new float[starts.length];
    for (int i = 0; i < starts.length; i++) {
      as[i] = starts[i] - startsU[i] / c;
    }
    return new float[][] {aw, at, as};
  }

  /** A model of these weights, with the margin scale set from the training margins. */
  private static ContextModel scaled(
      int bits,
      float[] aw,
      float[] at,
      float[] as,
      List<Example> examples,
      ContextModel.Scratch s) {
    ContextModel m = new ContextModel(bits, aw, at, as, 1f);
    // Scale margins so that the median margin of a correctly tagged name token reads 0.9.
    List<Float> margins = new ArrayList<>();
    for (int k = 0; k < examples.size() && margins.size() < 20000; k += 3) {
      Example e = examples.get(k);
      int n = e.gold.length;
      if (n == 0) {
        continue;
      }
      s.ensure(n);
      fill(m, e, s);
      m.viterbi(n, s);
      for (int t = 0; t < n; t++) {
        if (e.gold[t] == ContextModel.B_NAME && s.path[t] == e.gold[t] && s.margin[t] > 0) {
          margins.add(s.margin[t]);
        }
      }
    }
    java.util.Collections.sort(margins);
    float median = margins.isEmpty() ? 1f : margins.get(margins.size() / 2);
    float scale = (float) (median / Math.log(9)); // sigmoid(median / scale) = 0.9
    return new ContextModel(bits, aw, at, as, scale);
  }

  /** Character-level recall and precision of NAME and CITY (type-blind within the two). */
  private static String score(ContextModel model, List<Corpus.Doc> docs) {
    Tokens tk = new Tokens(Lexicon.get());
    ContextModel.Scratch s = new ContextModel.Scratch();
    Candidates out = new Candidates();
    long gold = 0;
    long found = 0;
    long hit = 0;
    for (Corpus.Doc d : docs) {
      out.start(0.5, java.util.EnumSet.of(PhiType.NAME, PhiType.CITY, PhiType.DATE, PhiType.PHONE));
      tk.reset(d.text());
      model.propose(tk, s, ContextModel.cases(tk, s), out);
      boolean[] g = new boolean[d.text().length()];
      for (Corpus.Span sp : d.spans()) {
        if (ContextModel.begin(sp.type()) > 0) {
          for (int i = sp.start(); i < sp.end(); i++) {
            g[i] = true;
          }
        }
      }
      boolean[] p = new boolean[g.length];
      for (var f : out.resolve()) {
        for (int i = f.start(); i < f.end(); i++) {
          p[i] = true;
        }
      }
      for (int i = 0; i < g.length; i++) {
        if (Character.isWhitespace(d.text().charAt(i))) {
          continue;
        }
        gold += g[i] ? 1 : 0;
        found += p[i] ? 1 : 0;
        hit += g[i] && p[i] ? 1 : 0;
      }
      tk.clear();
      out.clear();
    }
    return String.format(
        Locale.ROOT,
        "recall %.4f precision %.4f (%d chars)",
        gold == 0 ? 1.0 : (double) hit / gold,
        found == 0 ? 1.0 : (double) hit / found,
        gold);
  }

  // ------------------------------------------------------------------------------ examples

  static Example example(Corpus.Doc d, Tokens tk, ContextModel.Scratch s) {
    tk.reset(d.text());
    int n = tk.count;
    byte[] gold = new byte[n];
    for (Corpus.Span sp : d.spans()) {
      int begin = ContextModel.begin(sp.type());
      if (begin < 0) {
        continue;
      }
      boolean first = true;
      for (int t = 0; t < n; t++) {
        if (tk.start[t] >= sp.start() && tk.end[t] <= sp.end()) {
          gold[t] = (byte) (first ? begin : begin + 1);
          first = false;
        }
      }
    }
    int docCase = ContextModel.cases(tk, s);
    int[][] features = new int[n][];
    boolean[] gate = new boolean[n];
    int[] buffer = new int[ContextFeatures.MAX];
    for (int t = 0; t < n; t++) {
      gate[t] = ContextFeatures.gated(tk, t, s.lineCase[t]);
      if (gate[t]) {
        features[t] = new int[0];
        if (gold[t] != ContextModel.O) {
          gatedGold++;
          gold[t] = ContextModel.O;
        }
      } else {
        int k = ContextFeatures.extract(tk, t, docCase, s.lineCase[t], buffer, null);
        features[t] = Arrays.copyOf(buffer, k);
      }
    }
    tk.clear();
    return new Example(features, gold, gate);
  }

  /** The document as written, re-cased, and with other names and places, re-cased. */
  static List<Corpus.Doc> variants(Corpus.Doc d, Substitutes names) {
    Corpus.Doc swapped = names.swap(d);
    return List.of(
        d,
        recase(d, true),
        recase(d, false),
        swapped,
        recase(swapped, true),
        recase(swapped, false));
  }

  /** The same text all in capitals or all in lower case (length kept, so spans stay). */
  static Corpus.Doc recase(Corpus.Doc d, boolean upper) {
    char[] c = d.text().toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = upper ? Character.toUpperCase(c[i]) : Character.toLowerCase(c[i]);
    }
    return new Corpus.Doc(d.id(), new String(c), d.spans());
  }

  /** Replaces the words of name and place spans with others from the lists, per document. */
  static final class Substitutes {
    private final Random random;
    private final String[] first = words("first-names.txt");
    private final String[] last = words("last-names.txt");
    private final String[] wordSurnames = words("word-surnames.txt");
    private final String[] places = words("places.txt");

    Substitutes(Random random) {
      this.random = random;
    }

    Corpus.Doc swap(Corpus.Doc d) {
      Map<String, String> chosen = new HashMap<>();
      StringBuilder out = new StringBuilder(d.text().length() + 64);
      List<Corpus.Span> spans = new ArrayList<>();
      List<Corpus.Span> sorted = new ArrayList<>(d.spans());
      sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
      int at = 0;
      for (Corpus.Span sp : sorted) {
        if (sp.start() < at) {
          continue; // overlapping labels: keep the first
        }
        out.append(d.text(), at, sp.start());
        String value = d.text().substring(sp.start(), sp.end());
        String replaced = value;
        if (sp.type() == PhiType.NAME) {
          replaced = reshape(swapWords(value, chosen));
        } else if (sp.type() == PhiType.CITY) {
          replaced =
              chosen.computeIfAbsent(
                  "city:" + value.toLowerCase(Locale.ROOT),
                  k -> places[random.nextInt(places.length)]);
          replaced = sameCase(value, replaced);
        }
        int start = out.length();
        out.append(replaced);
        spans.add(new Corpus.Span(start, out.length(), sp.type()));
        at = sp.end();
      }
      out.append(d.text(), at, d.text().length());
      return new Corpus.Doc(d.id() + "~", out.toString(), spans);
    }

    /**
     * Sometimes writes a two-word "First Last" in another common form: "Last, First", with a middle
     * initial, a quoted nickname, a hyphenated surname or given name.
     */
    private String reshape(String name) {
      String[] parts = name.split(" ");
      if (parts.length != 2 || !isWord(parts[0]) || !isWord(parts[1])) {
        return name;
      }
      String f = parts[0];
      String l = parts[1];
      return switch (random.nextInt(10)) {
        case 0 -> l + ", " + f;
        case 1 -> f + " " + initial() + ". " + l;
        case 2 -> l + ", " + f + " " + initial() + ".";
        case 3 -> f + " '" + sameCase(f, pick(first)) + "' " + l;
        case 4 -> f + " \"" + sameCase(f, pick(first)) + "\" " + l;
        case 5 -> f + " " + l + "-" + sameCase(l, pick(last));
        case 6 -> f + "-" + pick(first).toLowerCase(Locale.ROOT) + " " + l;
        case 7 -> f + " " + pick("van", "de", "von", "da", "del", "de la", "van der") + " " + l;
        case 8 -> pick("van", "de", "von", "Van", "De") + " " + l + ", " + f;
        default -> name;
      };
    }

    private char initial() {
      return (char) ('A' + random.nextInt(26));
    }

    String pick(String... list) {
      return list[random.nextInt(list.length)];
    }

    String first() {
      return sameCase("Xx", random.nextInt(20) < 3 ? invent() : pick(first));
    }

    String last() {
      return sameCase("Xx", random.nextInt(20) < 3 ? invent() : pick(last));
    }

    private static final String[] SYLLABLES = {
      "ka", "lo", "mi", "ndu", "ra", "zo", "bel", "tu", "shi", "an", "ye", "chi", "nwa", "gu",
      "dra", "vik", "sen", "ta", "ri", "mo", "lu", "ha", "jo", "ne", "wa", "di", "ko", "ba", "fe",
      "quin", "sol", "mar", "tsu", "oye", "kem", "ul", "ash", "ing", "dor", "vy", "pha", "ngu",
      "bo", "li", "sa", "ke", "ro", "thi", "ez", "ow"
    };

    /** A name no list holds, so the model learns names from shape and context too. */
    String invent() {
      int n = 2 + random.nextInt(2);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      return b.toString();
    }

    String place() {
      return pick(places);
    }

    private static boolean isWord(String w) {
      if (w.length() < 2) {
        return false;
      }
      for (int i = 0; i < w.length(); i++) {
        if (!Character.isLetter(w.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    private String swapWords(String value, Map<String, String> chosen) {
      StringBuilder out = new StringBuilder();
      int i = 0;
      while (i < value.length()) {
        if (!Character.isLetter(value.charAt(i))) {
          out.append(value.charAt(i++));
          continue;
        }
        int j = i;
        while (j < value.length() && Character.isLetter(value.charAt(j))) {
          j++;
        }
        String word = value.substring(i, j);
        if (word.length() == 1) {
          out.append(word); // an initial stays
        } else {
          String key = word.toLowerCase(Locale.ROOT);
          String[] list =
              Lexicon.get().word(key.toCharArray(), 0, key.length()) == 0
                      || (Lexicon.get().word(key.toCharArray(), 0, key.length()) & Lexicon.FIRST)
                          != 0
                  ? first
                  : last;
          String pick =
              chosen.computeIfAbsent(
                  key,
                  k ->
                      random.nextInt(20) < 3
                          ? invent()
                          // surnames that are also words ("Bush", "Fields"), rare in the lists
                          : list == last && random.nextInt(8) == 0
                              ? pick(wordSurnames)
                              : list[random.nextInt(list.length)]);
          out.append(sameCase(word, pick));
        }
        i = j;
      }
      return out.toString();
    }

    private static String sameCase(String model, String word) {
      boolean upper = model.length() > 1 && model.equals(model.toUpperCase(Locale.ROOT));
      boolean lower = model.equals(model.toLowerCase(Locale.ROOT));
      if (upper) {
        return word.toUpperCase(Locale.ROOT);
      }
      if (lower) {
        return word.toLowerCase(Locale.ROOT);
      }
      StringBuilder b = new StringBuilder(word.length());
      boolean start = true;
      for (char ch : word.toCharArray()) {
        b.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
        start = !Character.isLetter(ch);
      }
      return b.toString();
    }

    private static String[] words(String resource) {
      List<String> out = new ArrayList<>();
      try (InputStream in = Lexicon.class.getResourceAsStream(resource);
          BufferedReader r =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isEmpty() && line.charAt(0) != '#' && line.length() >= 2) {
            out.add(line);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toArray(new String[0]);
    }
  }
}
