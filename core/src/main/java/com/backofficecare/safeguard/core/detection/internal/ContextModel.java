package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.DetectionModelException;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained linear-chain tagger (structured averaged perceptron, BIO tags, Viterbi decoding) for
 * the identifiers that only the words around them reveal: names and places. It reads the
 * tokenizer's tokens, weighs {@link ContextFeatures} with hashed weights, and proposes each span
 * with a confidence from its margin over the next-best tag. Immutable after loading; time linear
 * in the number of tokens.
 *
 * <p>File format ({@code context-model.bin.gz}, gzip): "SGCM", version, hash bits, label count,
 * margin scale, transition and start weights (float), feature weights (int16, times a float
 * quantum), and a CRC-32 of everything before it.
 */
final class ContextModel {

  static final String RESOURCE = "context-model.bin.gz";

  /**
   * The types the model tags. Tag 0 is outside; type {@code k} (from 1) has begin tag
   * {@code 2k - 1} and inside tag {@code 2k}.
   */
  static final PhiType[] TYPES = {PhiType.NAME, PhiType.CITY, PhiType.DATE, PhiType.PHONE};

  static final int O = 0;
  static final int B_NAME = 1;
  static final int LABELS = 1 + 2 * TYPES.length;

  /**
   * The highest confidence a model finding of a type that also has format recognizers (dates,
   * phones) may have, so that where both propose, the recognizer's validated span wins; the
   * model fills in what no format rule sees ("last BM 10/9", a phone read out in words).
   */
  private static final double FORMAT_TYPE_CEILING = 0.85;

  /** The lowest confidence of a model date or phone: below it, a format rule must speak. */
  private static final double FORMAT_TYPE_FLOOR = 0.6;

  /**
   * The highest confidence of a model name or place: below a table column's typing (0.98) and
   * checksum-validated identifiers, which are surer than any reading of context.
   */
  private static final double CEILING = 0.97;

  static int begin(PhiType type) {
    for (int k = 0; k < TYPES.length; k++) {
      if (TYPES[k] == type) {
        return 2 * k + 1;
      }
    }
    return -1;
  }

  private static final int MAGIC = 0x5347434d; // "SGCM"
  private static final int VERSION = 2;
  private static final String[] TEMPLATE_WORDS = {
    "prior", "the word", "the word before", "the word after", "two words before",
    "two words after", "word ending", "word ending", "word beginning", "word shape",
    "shape before", "shape after", "word lists", "word lists", "word lists before",
    "word lists after", "word lists before", "word lists after", "shape in this document's case",
    "word lists in this document's case", "shape in this line's case", "label before",
    "line start", "word before and word", "word before in this document's case"
  };

  private static final String[] MODEL_NAMES = {"name model ", "city model ", "date model ",
    "phone model "};

  private final int bits;
  private final int mask;
  /** {@code weights[feature * LABELS + label]}. */
  private final float[] weights;
  private final float[] transitions;
  private final float[] starts;
  private final float marginScale;

  ContextModel(int bits, float[] weights, float[] transitions, float[] starts, float marginScale) {
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.weights = weights;
    this.transitions = transitions;
    this.starts = starts;
    this.marginScale = marginScale;
  }

  /** The model shipped in the jar. */
  static ContextModel bundled() {
    try (InputStream in = ContextModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new DetectionModelException("missing detector model " + RESOURCE);
      }
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new DetectionModelException("cannot read detector model " + RESOURCE, e);
    }
  }

  /** A model from a file (a retrained one). */
  static ContextModel load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new DetectionModelException("cannot read detector model " + file, e);
    }
  }

  private static ContextModel read(InputStream raw, String name) throws IOException {
    byte[] bytes;
    try (GZIPInputStream gz = new GZIPInputStream(raw)) {
      bytes = gz.readAllBytes();
    } catch (IOException e) {
      throw new DetectionModelException("detector model " + name + " is not a gzip stream", e);
    }
    if (bytes.length < 28) {
      throw new DetectionModelException("detector model " + name + " is truncated");
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
    if (b.getInt(bytes.length - 4) != (int) crc.getValue()) {
      throw new DetectionModelException("detector model " + name + " is corrupt (checksum)");
    }
    if (b.getInt() != MAGIC || b.getInt() != VERSION) {
      throw new DetectionModelException("detector model " + name + " is not a version-"
          + VERSION + " context model");
    }
    int bits = b.getInt();
    int labels = b.getInt();
    if (bits < 8 || bits > 24 || labels != LABELS) {
      throw new DetectionModelException("detector model " + name + " has bad dimensions");
    }
    int features = 1 << bits;
    long need = 4L * (1 + 1 + LABELS * LABELS + LABELS) + 2L * features * LABELS + 4;
    if (b.remaining() != need) {
      throw new DetectionModelException("detector model " + name + " has the wrong length");
    }
    float marginScale = b.getFloat();
    float quantum = b.getFloat();
    float[] transitions = new float[LABELS * LABELS];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = b.getFloat();
    }
    float[] starts = new float[LABELS];
    for (int i = 0; i < LABELS; i++) {
      starts[i] = b.getFloat();
    }
    float[] weights = new float[features * LABELS];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = b.getShort() * quantum;
    }
    return new ContextModel(bits, weights, transitions, starts, marginScale);
  }

  /** Writes the model in the format {@link #load} reads. */
  void write(OutputStream out) throws IOException {
    float max = 0;
    for (float w : weights) {
      max = Math.max(max, Math.abs(w));
    }
    float quantum = max == 0 ? 1 : max / Short.MAX_VALUE;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(buffer);
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    d.writeInt(bits);
    d.writeInt(LABELS);
    d.writeFloat(marginScale);
    d.writeFloat(quantum);
    for (float t : transitions) {
      d.writeFloat(t);
    }
    for (float s : starts) {
      d.writeFloat(s);
    }
    for (float w : weights) {
      d.writeShort(Math.round(w / quantum));
    }
    d.flush();
    byte[] body = buffer.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(body);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
      new DataOutputStream(gz).writeInt((int) crc.getValue());
    }
  }

  int bits() {
    return bits;
  }

  /** Adds the emission scores of features {@code f[0, n)} into {@code score[0, LABELS)}. */
  void emit(int[] f, int n, float[] score, int offset) {
    for (int i = 0; i < n; i++) {
      int base = (f[i] & mask) * LABELS;
      for (int l = 0; l < LABELS; l++) {
        score[offset + l] += weights[base + l];
      }
    }
  }

  float transition(int from, int to) {
    return transitions[from * LABELS + to];
  }

  float start(int label) {
    return starts[label];
  }

  /** Whether {@code to} may follow {@code from}: an inside tag continues its own type only. */
  static boolean allowed(int from, int to) {
    return to == O || (to & 1) == 1 || from == to || from == to - 1;
  }

  static boolean allowedFirst(int label) {
    return label == O || (label & 1) == 1;
  }

  /** Per-thread scratch for tagging one text. */
  static final class Scratch {
    int[] features = new int[ContextFeatures.MAX];
    final int[] templates = new int[ContextFeatures.MAX];
    final float[] byTemplate = new float[ContextFeatures.TEMPLATES];
    float[] emissions = new float[64 * LABELS];
    float[] best = new float[64 * LABELS];
    byte[] back = new byte[64 * LABELS];
    float[] after = new float[64 * LABELS];
    byte[] path = new byte[64];
    /** Per token: how much better the best path is than the best one tagging it outside. */
    float[] margin = new float[64];
    int[] lineCase = new int[64];

    void ensure(int tokens) {
      if (path.length < tokens) {
        allocate(Math.max(tokens, path.length * 2));
      }
    }

    void shrink() {
      java.util.Arrays.fill(features, 0);
      if (path.length > 1 << 16) {
        allocate(64);
      }
    }

    private void allocate(int n) {
      emissions = new float[n * LABELS];
      best = new float[n * LABELS];
      back = new byte[n * LABELS];
      after = new float[n * LABELS];
      path = new byte[n];
      margin = new float[n];
      lineCase = new int[n];
    }
  }

  /** Fills {@code s.lineCase} and returns the document's case pattern. */
  static int cases(Tokens tk, Scratch s) {
    s.ensure(tk.count);
    int lineStart = 0;
    for (int t = 1; t <= tk.count; t++) {
      if (t == tk.count || tk.newlineBefore(t)) {
        int c = ContextFeatures.casePattern(tk, lineStart, t);
        for (int k = lineStart; k < t; k++) {
          s.lineCase[k] = c;
        }
        lineStart = t;
      }
    }
    return ContextFeatures.casePattern(tk, 0, tk.count);
  }

  /** Computes the emission scores of every token into {@code s.emissions}. */
  void scoreAll(Tokens tk, Scratch s, int docCase) {
    int n = tk.count;
    java.util.Arrays.fill(s.emissions, 0, n * LABELS, 0f);
    for (int t = 0; t < n; t++) {
      int k = ContextFeatures.extract(tk, t, docCase, s.lineCase[t], s.features, null);
      emit(s.features, k, s.emissions, t * LABELS);
    }
  }

  /** The best tag sequence for the scores in {@code s.emissions}, into {@code s.path}. */
  void viterbi(int n, Scratch s) {
    float[] e = s.emissions;
    float[] best = s.best;
    byte[] back = s.back;
    for (int l = 0; l < LABELS; l++) {
      best[l] = allowedFirst(l) ? e[l] + starts[l] : Float.NEGATIVE_INFINITY;
    }
    for (int t = 1; t < n; t++) {
      int cur = t * LABELS;
      int prev = cur - LABELS;
      for (int l = 0; l < LABELS; l++) {
        float top = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < LABELS; p++) {
          if (!allowed(p, l)) {
            continue;
          }
          float v = best[prev + p] + transitions[p * LABELS + l];
          if (v > top) {
            top = v;
            arg = p;
          }
        }
        best[cur + l] = top + e[cur + l];
        back[cur + l] = (byte) arg;
      }
    }
    int last = (n - 1) * LABELS;
    int arg = 0;
    for (int l = 1; l < LABELS; l++) {
      if (best[last + l] > best[last + arg]) {
        arg = l;
      }
    }
    for (int t = n - 1; t >= 0; t--) {
      s.path[t] = (byte) arg;
      arg = back[t * LABELS + arg];
    }
    margins(n, s);
  }

  /**
   * Max-marginals: for each token, the score of the best path through each tag is the forward
   * best plus a backward best. A token's margin is that of its tag on the best path over that of
   * "outside" (or, for an outside token, over its best other tag): the score the decision would
   * lose were the token tagged the other way.
   */
  private void margins(int n, Scratch s) {
    float[] e = s.emissions;
    float[] after = s.after;
    int last = (n - 1) * LABELS;
    for (int l = 0; l < LABELS; l++) {
      after[last + l] = 0;
    }
    for (int t = n - 2; t >= 0; t--) {
      int cur = t * LABELS;
      int next = cur + LABELS;
      for (int l = 0; l < LABELS; l++) {
        float top = Float.NEGATIVE_INFINITY;
        for (int q = 0; q < LABELS; q++) {
          if (allowed(l, q)) {
            top = Math.max(top, transitions[l * LABELS + q] + e[next + q] + after[next + q]);
          }
        }
        after[cur + l] = top;
      }
    }
    for (int t = 0; t < n; t++) {
      int cur = t * LABELS;
      int label = s.path[t];
      float mine = s.best[cur + label] + after[cur + label];
      float other;
      if (label == O) {
        other = Float.NEGATIVE_INFINITY;
        for (int l = 1; l < LABELS; l++) {
          other = Math.max(other, s.best[cur + l] + after[cur + l]);
        }
      } else {
        other = s.best[cur + O] + after[cur + O];
      }
      s.margin[t] = mine - other;
    }
  }

  /** Tags the text's tokens and proposes every name and place found. */
  void propose(Tokens tk, Scratch s, Candidates out) {
    int n = tk.count;
    if (n == 0) {
      return;
    }
    int docCase = cases(tk, s);
    scoreAll(tk, s, docCase);
    viterbi(n, s);
    joinNameParts(tk, s);
    byte[] path = s.path;
    for (int t = 0; t < n; t++) {
      int label = path[t];
      if ((label & 1) == 0) {
        continue;
      }
      int inside = label + 1;
      int end = t + 1;
      while (end < n && path[end] == inside) {
        end++;
      }
      float margin = Float.MAX_VALUE;
      for (int k = t; k < end; k++) {
        margin = Math.min(margin, s.margin[k]);
      }
      double confidence = 1 / (1 + Math.exp(-margin / marginScale));
      PhiType type = TYPES[label >> 1];
      boolean format = type == PhiType.DATE || type == PhiType.PHONE;
      confidence = Math.min(confidence, format ? FORMAT_TYPE_CEILING : CEILING);
      if (confidence >= out.minimumConfidence() && out.wants(type)
          && !(format && confidence < FORMAT_TYPE_FLOOR)) {
        out.add(type, tk.start[t], tk.end[end - 1], confidence, "context.model",
            reason(tk, t, docCase, s, label, confidence));
      }
      t = end - 1;
    }
  }

  /**
   * Writing conventions the tags alone would cut: a hyphen joining two tagged names with no
   * space makes one name ("Bakare-Lindgren"), and the point after a final initial belongs to
   * the name ("Okonjo, Chidi E."). The joined marks take no part in the confidence.
   */
  private static void joinNameParts(Tokens tk, Scratch s) {
    byte[] path = s.path;
    int inside = B_NAME + 1;
    boolean joined = false;
    for (int t = 1; t < tk.count; t++) {
      boolean afterName = path[t - 1] == B_NAME || path[t - 1] == inside;
      if (!afterName) {
        joined = false;
        continue;
      }
      if (path[t] == B_NAME && joined && tk.is(t, Tokens.WORD) && !tk.joined(t)) {
        path[t] = (byte) inside; // "Jun-ho Park": the surname after a joined given name
        continue;
      }
      if (path[t] != O || !tk.joined(t)) {
        continue;
      }
      boolean nextWord = t + 1 < tk.count && tk.joined(t + 1) && tk.is(t + 1, Tokens.WORD);
      if (nextWord && (tk.isPunct(t, '-') || tk.isPunct(t, '*') && path[t + 1] == B_NAME)) {
        path[t] = (byte) inside;
        path[t + 1] = (byte) inside;
        s.margin[t] = Float.MAX_VALUE;
        s.margin[t + 1] = Math.max(s.margin[t + 1], s.margin[t - 1]);
        joined = true;
        t++;
      } else if (tk.isPunct(t, '.') && tk.is(t - 1, Tokens.WORD) && tk.length(t - 1) == 1) {
        path[t] = (byte) inside;
        s.margin[t] = Float.MAX_VALUE;
      }
    }
  }

  /**
   * The evidence in words: the two templates that weighed most for the tag over "outside".
   * Only template names appear, never a word of the text.
   */
  private String reason(Tokens tk, int t, int docCase, Scratch s, int label, double confidence) {
    int[] templates = s.templates;
    int k = ContextFeatures.extract(tk, t, docCase, s.lineCase[t], s.features, templates);
    float[] byTemplate = s.byTemplate;
    java.util.Arrays.fill(byTemplate, 0f);
    for (int i = 0; i < k; i++) {
      int base = (s.features[i] & mask) * LABELS;
      byTemplate[templates[i]] += weights[base + label] - weights[base + O];
    }
    int first = 1;
    int second = 2;
    if (byTemplate[second] > byTemplate[first]) {
      first = 2;
      second = 1;
    }
    for (int i = 3; i < byTemplate.length; i++) {
      if (byTemplate[i] > byTemplate[first]) {
        second = first;
        first = i;
      } else if (byTemplate[i] > byTemplate[second]) {
        second = i;
      }
    }
    int percent = (int) Math.round(confidence * 100);
    String top = TEMPLATE_WORDS[first];
    String next = TEMPLATE_WORDS[second];
    return MODEL_NAMES[label >> 1] + (percent / 100) + "." + (percent % 100 < 10 ? "0" : "")
        + (percent % 100) + ": " + top + (next.equals(top) ? "" : ", " + next);
  }
}
