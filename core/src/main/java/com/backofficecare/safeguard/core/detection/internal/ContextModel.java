package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.DetectionModelException;
import java.io.ByteArrayOutputStream;
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
import org.jspecify.annotations.Nullable;

/**
 * A trained linear-chain tagger (structured averaged perceptron, BIO tags, Viterbi decoding) for
 * the identifiers that only the words around them reveal: names and places. It reads the
 * tokenizer's tokens, weighs {@link ContextFeatures} with hashed weights, and proposes each span
 * with a confidence from its margin over the next-best tag. Immutable after loading; time linear in
 * the number of tokens.
 *
 * <p>File format ({@code context-model.bin.gz}, gzip): "SGCM", version, hash bits, label count,
 * margin scale, transition and start weights (float), feature weights (int16, times a float
 * quantum), and a CRC-32 of everything before it.
 */
final class ContextModel {

  static final String RESOURCE = "context-model.bin.gz";

  /**
   * The types the model tags. Tag 0 is outside; type {@code k} (from 1) has begin tag {@code 2k -
   * 1} and inside tag {@code 2k}.
   */
  static final PhiType[] TYPES = {PhiType.NAME, PhiType.CITY, PhiType.DATE, PhiType.PHONE};

  static final int O = 0;
  static final int B_NAME = 1;

  static final int LABELS = 1 + 2 * TYPES.length;

  /**
   * The highest confidence a model finding of a type that also has format recognizers (dates,
   * phones) may have, so that where both propose, the recognizer's validated span wins; the model
   * fills in what no format rule sees ("last BM 10/9", a phone read out in words).
   */
  private static final double FORMAT_TYPE_CEILING = 0.85;

  /**
   * The most tokens a model span may have, far more than any name, place, day or phone takes: a
   * longer one is a run the model could not end ("a,a,a,..." over a whole line).
   */
  private static final int MAX_SPAN_TOKENS = 64;

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

  private final int bits;
  private final int mask;

  /**
   * {@code weights[feature * LABELS + label]}: the dense form, trained and written; null in a model
   * read from a file, which keeps only the compact table (a tenth of the memory).
   */
  private final float @Nullable [] weights;

  /**
   * The same weights for tagging, compact: a row of zeros, then the rows of the features training
   * moved (a fifth of the table), in bucket order. A bucket's row is found by rank, without
   * probing: whether it has one is its bit in {@link #present}, and which is the count of rows
   * before its word of 64 buckets ({@link #rank}) plus the bits set below it there.
   */
  private final float[] rows;

  private final long[] present;
  private final int[] rank;

  /** Bias and shape-template rows by value, dense: read for every token without a probe. */
  private final float[] bias = new float[LABELS];

  private final float[] shapeRows;
  private final float[] prevShapeRows;
  private final float[] nextShapeRows;
  private final float[] lineStartRows;
  private final float[] docCaseShapeRows;
  private final float[] lineCaseShapeRows;
  private final float[] transitions;
  private final float[] starts;
  private final float marginScale;

  /** Where the compaction reads weight {@code bucket * LABELS + label}. */
  private interface Weights {
    float get(int index);
  }

  /** A model for tagging and writing (the trainer's averaged weights): builds the compact table. */
  ContextModel(int bits, float[] weights, float[] transitions, float[] starts, float marginScale) {
    this(bits, weights, i -> weights[i], transitions, starts, marginScale, true);
  }

  /** A view of weights being trained: dense only, since they change after every example. */
  static ContextModel training(int bits, float[] weights, float[] transitions, float[] starts) {
    return new ContextModel(bits, weights, i -> weights[i], transitions, starts, 1f, false);
  }

  private ContextModel(
      int bits,
      float @Nullable [] dense,
      Weights weights,
      float[] transitions,
      float[] starts,
      float marginScale,
      boolean compact) {
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.weights = dense;
    this.transitions = transitions;
    this.starts = starts;
    this.marginScale = marginScale;
    int used = 0;
    for (int b = 0; compact && b <= mask; b++) {
      if (moved(weights, b)) {
        used++;
      }
    }
    this.rows = new float[(1 + used) * LABELS];
    this.present = new long[compact ? (mask >>> 6) + 1 : 0];
    this.rank = new int[present.length];
    int row = 1;
    for (int b = 0; compact && b <= mask; b++) {
      if ((b & 63) == 0) {
        rank[b >>> 6] = row;
      }
      if (moved(weights, b)) {
        for (int l = 0; l < LABELS; l++) {
          rows[row * LABELS + l] = weights.get(b * LABELS + l);
        }
        present[b >>> 6] |= 1L << b;
        row++;
      }
    }
    int shapes = ContextFeatures.SHAPES;
    shapeRows = dense(ContextFeatures.SHAPE, compact ? shapes : 0);
    prevShapeRows = dense(ContextFeatures.PREV_SHAPE, compact ? shapes : 0);
    nextShapeRows = dense(ContextFeatures.NEXT_SHAPE, compact ? shapes : 0);
    lineStartRows = dense(ContextFeatures.LINE_START_SHAPE, compact ? shapes : 0);
    docCaseShapeRows = dense(ContextFeatures.DOC_CASE_SHAPE, compact ? 4 * shapes : 0);
    lineCaseShapeRows = dense(ContextFeatures.LINE_CASE_SHAPE, compact ? 4 * shapes : 0);
    if (compact) {
      System.arraycopy(dense(ContextFeatures.BIAS, 1), 0, bias, 0, LABELS);
    }
  }

  /** The rows of {@code template} for values {@code [0, domain)}, laid out densely. */
  private float[] dense(int template, int domain) {
    float[] out = new float[domain * LABELS];
    for (int v = 0; v < domain; v++) {
      System.arraycopy(
          rows, rowOf(ContextFeatures.mix(template, v) & mask), out, v * LABELS, LABELS);
    }
    return out;
  }

  private static boolean moved(Weights weights, int bucket) {
    for (int l = 0; l < LABELS; l++) {
      if (weights.get(bucket * LABELS + l) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The first weight of {@code bucket}'s row in {@link #rows}: 0, the zeros, when it has none. */
  private int rowOf(int bucket) {
    long word = present[bucket >>> 6];
    long bit = 1L << bucket;
    int row = rank[bucket >>> 6] + Long.bitCount(word & (bit - 1));
    return (word & bit) == 0 ? 0 : row * LABELS;
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
      throw new DetectionModelException(
          "detector model " + name + " is not a version-" + VERSION + " context model");
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
    ByteBuffer q = b.slice(); // the int16 weights, read in place: no dense copy is made
    return new ContextModel(
        bits, null, i -> q.getShort(2 * i) * quantum, transitions, starts, marginScale, true);
  }

  /** Writes the model in the format {@link #load} reads. */
  void write(OutputStream out) throws IOException {
    float[] weights =
        java.util.Objects.requireNonNull(
            this.weights, "a model read from a file keeps no dense weights to write");
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

  /**
   * Adds the emission scores of features {@code f[0, n)} into {@code score[offset, +LABELS)}, from
   * the dense weights (training, where they change between calls).
   */
  void emit(int[] f, int n, float[] score, int offset) {
    float[] weights = java.util.Objects.requireNonNull(this.weights, "no dense weights");
    for (int i = 0; i < n; i++) {
      int base = (f[i] & mask) * LABELS;
      for (int l = 0; l < LABELS; l++) {
        score[offset + l] += weights[base + l];
      }
    }
  }

  /** The same as {@link #emit}, from the compact table: the weights must not change since. */
  void emitCompact(int[] f, int n, float[] score, int offset) {
    float[] r = rows;
    for (int i = 0; i < n; i++) {
      int base = rowOf(f[i] & mask); // adding the zeros costs less than a mispredicted branch
      for (int l = 0; l < LABELS; l++) {
        score[offset + l] += r[base + l];
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
    static final int SHAPE_SUM_BITS = 12;

    /** The model the caches kept from text to text were filled from. */
    @Nullable ContextModel owner;

    /** Sums of the bias and shape rows ({@link #shapeSum}), by a key of shapes and cases. */
    final long[] shapeKeys = new long[1 << SHAPE_SUM_BITS];

    final float[] shapeSums = new float[LABELS << SHAPE_SUM_BITS];

    int[] features = new int[ContextFeatures.MAX];
    float[] emissions = new float[64 * LABELS];
    float[] best = new float[64 * LABELS];
    float[] after = new float[64 * LABELS];
    byte[] path = new byte[64];

    /** Per token: whether {@link ContextFeatures#gated} holds it outside. */
    boolean[] gate = new boolean[64];

    int[] shapes = new int[64];
    int[] refs = new int[64];

    /** Per token: how much better the best path is than the best one tagging it outside. */
    float[] margin = new float[64];

    int[] lineCase = new int[64];

    /** Per token: whether its line capitalizes most of its words ("Tasks Completed: Bathing"). */
    boolean[] titleLine = new boolean[64];

    /** Per token: whether its line is written mostly in another language than English. */
    boolean[] foreignLine = new boolean[64];

    /** Role sums of the words of this text; zeroed when the text is done (names pass here). */
    final RoleCache textWords = new RoleCache(2048);

    /** The feature sums of a token's roles when the caches are full. */
    final float[] direct = new float[ContextFeatures.ROLES * LABELS];

    /**
     * Role sums of words that are never identifiers (ordinary vocabulary, marks, numbers by
     * length), kept from text to text: short texts such as log lines find them all here.
     */
    final RoleCache vocabulary = new RoleCache(8192);

    void clearCache() {
      textWords.clear();
    }

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
      after = new float[n * LABELS];
      path = new byte[n];
      gate = new boolean[n];
      shapes = new int[n];
      refs = new int[n];
      margin = new float[n];
      lineCase = new int[n];
      titleLine = new boolean[n];
      foreignLine = new boolean[n];
    }
  }

  /** Fills {@code s.lineCase} and returns the document's case pattern. */
  static int cases(Tokens tk, Scratch s) {
    s.ensure(tk.count);
    // One pass: each line's counts make its pattern, and their totals the document's.
    int words = 0;
    int caps = 0;
    int capitalized = 0;
    int lineStart = 0;
    int lineWords = 0;
    int lineCaps = 0;
    int lineCapitalized = 0;
    int lineForeign = 0;
    for (int t = 0; t <= tk.count; t++) {
      if (t > 0 && (t == tk.count || tk.newlineBefore(t))) {
        int c = ContextFeatures.casePattern(lineWords, lineCaps, lineCapitalized);
        boolean title = lineWords >= 3 && lineCapitalized * 2 >= lineWords;
        boolean foreign = lineForeign >= 4 && lineForeign * 5 >= lineWords * 2;
        for (int k = lineStart; k < t; k++) {
          s.lineCase[k] = c;
          s.titleLine[k] = title;
          s.foreignLine[k] = foreign;
        }
        lineForeign = 0;
        words += lineWords;
        caps += lineCaps;
        capitalized += lineCapitalized;
        lineWords = 0;
        lineCaps = 0;
        lineCapitalized = 0;
        lineStart = t;
      }
      if (t < tk.count && tk.kind[t] == Tokens.WORD && tk.length(t) >= 2) {
        lineWords++;
        lineForeign += tk.wordIs(t, Lexicon.FOREIGN) ? 1 : 0;
        int f = tk.flags[t];
        if ((f & Tokens.ALL_CAPS) != 0) {
          lineCaps++;
        } else if ((f & Tokens.CAPITALIZED) != 0) {
          lineCapitalized++;
        }
      }
    }
    return ContextFeatures.casePattern(words, caps, capitalized);
  }

  /**
   * Computes the emission scores of every token into {@code s.emissions}. The features a word
   * brings in each of its roles (itself, a neighbour one or two either side) are summed once per
   * distinct word of the text and cached for the rest of it; only the features of where a token
   * stands are looked up for every token.
   */
  void scoreAll(Tokens tk, Scratch s, int docCase) {
    int n = tk.count;
    float[] e = s.emissions;
    int[] shape = s.shapes;
    int[] ref = s.refs;
    if (s.owner != this) { // the sums kept from text to text are another model's
      s.owner = this;
      java.util.Arrays.fill(s.shapeKeys, 0L);
      s.vocabulary.clear();
    }
    try {
      for (int t = 0; t < n; t++) {
        shape[t] = ContextFeatures.shape(tk, t);
        ref[t] = ref(tk, t, docCase, s);
      }
      int outside = ContextFeatures.shape(tk, -1);
      int before = ref(tk, -1, docCase, s);
      int after = ref(tk, n, docCase, s);
      // The role sums the tokens outside the gate use, each filled once if this text (or, for
      // the vocabulary, an earlier one) has not yet met it: the loop below then only reads them.
      for (int t = 0; t < n; t++) {
        s.gate[t] = ContextFeatures.gated(tk, t, s.lineCase[t]);
        if (s.gate[t]) {
          continue;
        }
        for (int role = 0; role < ContextFeatures.ROLES; role++) {
          int k = t + ROLE_OFFSETS[role];
          int r = k < 0 ? before : k >= n ? after : ref[k];
          if (r >= 0) {
            fill(tk, k, role, r, docCase, s);
          }
        }
      }
      for (int t = 0; t < n; t++) {
        if (s.gate[t]) {
          gate(e, t);
          continue;
        }
        int at = t * LABELS;
        int sh = shape[t];
        boolean lineStart = ContextFeatures.lineStart(tk, t);
        int base =
            shapeSum(
                s,
                sh,
                t > 0 ? shape[t - 1] : outside,
                t + 1 < n ? shape[t + 1] : outside,
                s.lineCase[t],
                docCase,
                lineStart);
        // The role sums this token adds, each filled first if this text has not yet met it.
        int r0 = ref[t];
        int r1 = t >= 1 ? ref[t - 1] : before;
        int r2 = t + 1 < n ? ref[t + 1] : after;
        int r3 = t >= 2 ? ref[t - 2] : before;
        int r4 = t + 2 < n ? ref[t + 2] : after;
        int o0 = offset(tk, t, ContextFeatures.SELF, r0, docCase, s);
        int o1 = offset(tk, t - 1, ContextFeatures.AS_PREV, r1, docCase, s);
        int o2 = offset(tk, t + 1, ContextFeatures.AS_NEXT, r2, docCase, s);
        int o3 = offset(tk, t - 2, ContextFeatures.AS_PREV2, r3, docCase, s);
        int o4 = offset(tk, t + 2, ContextFeatures.AS_NEXT2, r4, docCase, s);
        float[] v0 = sums(s, r0);
        float[] v1 = sums(s, r1);
        float[] v2 = sums(s, r2);
        float[] v3 = sums(s, r3);
        float[] v4 = sums(s, r4);
        ContextFeatures.pairFeatures(tk, t, s.features, null, 0); // always two
        int p0 = rowOf(s.features[0] & mask);
        int p1 = rowOf(s.features[1] & mask);
        float[] r = rows;
        // One pass per tag, its terms added in the order they always were (the bias and shape
        // rows, the five roles, the two pairs): the same floats, without storing and reloading the
        // sum.
        float[] b = s.shapeSums;
        for (int l = 0; l < LABELS; l++) {
          float x = b[base + l];
          x += v0[o0 + l];
          x += v1[o1 + l];
          x += v2[o2 + l];
          x += v3[o3 + l];
          x += v4[o4 + l];
          x += r[p0 + l];
          x += r[p1 + l];
          e[at + l] = x;
        }
      }
    } finally {
      s.clearCache();
    }
  }

  /**
   * Token {@code k}'s entry in the role caches: its slot times two, plus one for the vocabulary
   * cache (kept across texts) rather than the text's own; -1 when the cache is full.
   */
  private static int ref(Tokens tk, int k, int docCase, Scratch s) {
    long key = (long) ContextFeatures.identity(tk, k) << 2 | docCase;
    boolean vocabulary = ContextFeatures.neverIdentifier(tk, k);
    int slot = (vocabulary ? s.vocabulary : s.textWords).slot(key);
    return slot < 0 ? -1 : slot << 1 | (vocabulary ? 1 : 0);
  }

  /**
   * Where the sum of the bias and the shape rows of a token lies in {@code s.shapeSums}: the
   * token's shape and its neighbours', its line's and the document's case, whether it starts a
   * line. Made as it always was and kept by those values (nothing of the text), so that the many
   * tokens alike in shape add the seven rows once.
   */
  private int shapeSum(
      Scratch s, int sh, int prev, int next, int lineCase, int docCase, boolean lineStart) {
    long key =
        1L << 40 // no key is 0, an empty slot's
            | (long) (lineCase << 3 | docCase << 1 | (lineStart ? 1 : 0)) << 30
            | (long) prev << 20
            | (long) next << 10
            | sh;
    int slot = (int) ((key * 0x9e3779b97f4a7c15L) >>> (64 - Scratch.SHAPE_SUM_BITS));
    int at = slot * LABELS;
    if (s.shapeKeys[slot] != key) {
      float[] b = s.shapeSums;
      int shr = sh * LABELS;
      int ps = prev * LABELS;
      int ns = next * LABELS;
      int ls = (lineCase * ContextFeatures.SHAPES + sh) * LABELS;
      int ds = (docCase * ContextFeatures.SHAPES + sh) * LABELS;
      for (int l = 0; l < LABELS; l++) {
        b[at + l] =
            bias[l]
                + shapeRows[shr + l]
                + prevShapeRows[ps + l]
                + nextShapeRows[ns + l]
                + docCaseShapeRows[ds + l]
                + lineCaseShapeRows[ls + l]
                + (lineStart ? lineStartRows[shr + l] : 0f);
      }
      s.shapeKeys[slot] = key;
    }
    return at;
  }

  /** The token each role is read from, relative to the token scored. */
  private static final int[] ROLE_OFFSETS = new int[ContextFeatures.ROLES];

  static {
    ROLE_OFFSETS[ContextFeatures.SELF] = 0;
    ROLE_OFFSETS[ContextFeatures.AS_PREV] = -1;
    ROLE_OFFSETS[ContextFeatures.AS_NEXT] = 1;
    ROLE_OFFSETS[ContextFeatures.AS_PREV2] = -2;
    ROLE_OFFSETS[ContextFeatures.AS_NEXT2] = 2;
  }

  /** Sums token {@code k}'s features in {@code role} into the cache entry {@code ref}, once. */
  private void fill(Tokens tk, int k, int role, int ref, int docCase, Scratch s) {
    RoleCache cache = (ref & 1) == 1 ? s.vocabulary : s.textWords;
    int slot = ref >> 1;
    if (!cache.has(slot, role)) {
      int n = ContextFeatures.roleFeatures(tk, k, role, docCase, s.features, null, 0);
      emitCompact(s.features, n, cache.vectors, entry(ref, role));
      cache.filled(slot, role);
    }
  }

  /**
   * Where token {@code k}'s sum in {@code role} lies in {@link #sums}{@code (s, ref)}: its cache
   * entry, filled before, or when the caches are full ({@code ref < 0}) a sum made apart.
   */
  private int offset(Tokens tk, int k, int role, int ref, int docCase, Scratch s) {
    return ref < 0 ? direct(tk, k, role, docCase, s) : entry(ref, role);
  }

  /** Where the cache entry {@code ref}'s sum in {@code role} lies in {@link #sums}. */
  private static int entry(int ref, int role) {
    return ((ref >> 1) * ContextFeatures.ROLES + role) * LABELS;
  }

  /**
   * Token {@code k}'s feature sum in {@code role} when the caches are full, summed apart exactly as
   * a cache entry is, so that a finding's confidence never depends on what the thread scanned
   * before; returns where it lies in {@code s.direct}.
   */
  private int direct(Tokens tk, int k, int role, int docCase, Scratch s) {
    float[] v = s.direct;
    int base = role * LABELS;
    java.util.Arrays.fill(v, base, base + LABELS, 0f);
    int n = ContextFeatures.roleFeatures(tk, k, role, docCase, s.features, null, 0);
    emitCompact(s.features, n, v, base);
    return base;
  }

  /** The array {@link #fill} or {@link #direct} wrote a sum of the cache entry {@code ref} into. */
  private static float[] sums(Scratch s, int ref) {
    return ref < 0 ? s.direct : (ref & 1) == 1 ? s.vocabulary.vectors : s.textWords.vectors;
  }

  /** Allows only "outside" at token {@code t}. */
  static void gate(float[] emissions, int t) {
    int base = t * LABELS;
    emissions[base] = 0;
    for (int l = 1; l < LABELS; l++) {
      emissions[base + l] = Float.NEGATIVE_INFINITY;
    }
  }

  /**
   * The best tag sequence for the scores in {@code s.emissions}, into {@code s.path}, and the
   * margins of its tagged tokens into {@code s.margin}. A gated token is outside, so the token
   * after it is reached from outside only: one sum per tag instead of nine.
   */
  void viterbi(int n, Scratch s) {
    float[] e = s.emissions;
    float[] best = s.best;
    float[] tr = transitions;
    boolean[] gate = s.gate;
    for (int l = 0; l < LABELS; l++) {
      best[l] = allowedFirst(l) ? e[l] + starts[l] : Float.NEGATIVE_INFINITY;
    }
    for (int t = 1; t < n; t++) {
      int cur = t * LABELS;
      int prev = cur - LABELS;
      if (gate[t]) { // outside: no other tag to reach
        best[cur] = (gate[t - 1] ? best[prev] + tr[O] : into(best, prev, tr, O)) + e[cur];
        for (int l = 1; l < LABELS; l++) {
          best[cur + l] = Float.NEGATIVE_INFINITY;
        }
      } else if (gate[t - 1]) {
        float outside = best[prev];
        for (int l = 0; l < LABELS; l++) {
          best[cur + l] = allowedFirst(l) ? outside + tr[l] + e[cur + l] : Float.NEGATIVE_INFINITY;
        }
      } else {
        // Outside and the begin tags may follow any tag; an inside tag only its own type's. The
        // previous token's scores are read once; the tags are written out (LABELS is 9).
        float b0 = best[prev];
        float b1 = best[prev + 1];
        float b2 = best[prev + 2];
        float b3 = best[prev + 3];
        float b4 = best[prev + 4];
        float b5 = best[prev + 5];
        float b6 = best[prev + 6];
        float b7 = best[prev + 7];
        float b8 = best[prev + 8];
        best[cur] = into(tr, O, b0, b1, b2, b3, b4, b5, b6, b7, b8) + e[cur];
        best[cur + 1] = into(tr, 1, b0, b1, b2, b3, b4, b5, b6, b7, b8) + e[cur + 1];
        best[cur + 2] = max(b1 + tr[LABELS + 2], b2 + tr[2 * LABELS + 2]) + e[cur + 2];
        best[cur + 3] = into(tr, 3, b0, b1, b2, b3, b4, b5, b6, b7, b8) + e[cur + 3];
        best[cur + 4] = max(b3 + tr[3 * LABELS + 4], b4 + tr[4 * LABELS + 4]) + e[cur + 4];
        best[cur + 5] = into(tr, 5, b0, b1, b2, b3, b4, b5, b6, b7, b8) + e[cur + 5];
        best[cur + 6] = max(b5 + tr[5 * LABELS + 6], b6 + tr[6 * LABELS + 6]) + e[cur + 6];
        best[cur + 7] = into(tr, 7, b0, b1, b2, b3, b4, b5, b6, b7, b8) + e[cur + 7];
        best[cur + 8] = max(b7 + tr[7 * LABELS + 8], b8 + tr[8 * LABELS + 8]) + e[cur + 8];
      }
      if (Math.abs(best[cur]) > RESCALE) {
        rescale(best, cur, LABELS);
      }
    }
    int last = (n - 1) * LABELS;
    int arg = 0;
    for (int l = 1; l < LABELS; l++) {
      if (best[last + l] > best[last + arg]) {
        arg = l;
      }
    }
    // Back along the best path: each step's predecessor is found again, not stored.
    int first = -1;
    for (int t = n - 1; ; t--) {
      s.path[t] = (byte) arg;
      if (arg != O) {
        first = t;
      }
      if (t == 0) {
        break;
      }
      arg = gate[t - 1] ? O : from(best, (t - 1) * LABELS, tr, arg);
    }
    if (first >= 0) {
      backward(n, first, s);
      for (int t = first; t < n; t++) {
        if (s.path[t] != O) {
          s.margin[t] = margin(s, t, s.path[t]);
        }
      }
    }
  }

  /**
   * How far from zero a token's path scores may grow before they are moved back. Scores summed
   * along a text of hundreds of thousands of tokens reach magnitudes where a float's step is larger
   * than the margins between tags, and a finding would depend on how long the text is; below this
   * bound a float's step is under a thousandth, and the texts people write never reach it.
   */
  private static final float RESCALE = 4096f;

  /**
   * Moves the {@code labels} scores at {@code at} by the same amount, so that the first is zero:
   * which tag is best, and by how much, is unchanged (only differences between the tags of one
   * token are ever compared).
   */
  private static void rescale(float[] scores, int at, int labels) {
    float by = scores[at];
    for (int l = 0; l < labels; l++) {
      scores[at + l] -= by;
    }
  }

  /**
   * The best of {@code best[prev + p] + tr[p * LABELS + to]} over every tag {@code p}: the score of
   * the best path into tag {@code to} of the next token, before its emission.
   */
  private static float into(float[] best, int prev, float[] tr, int to) {
    float top = best[prev] + tr[to];
    for (int p = 1; p < LABELS; p++) {
      top = max(top, best[prev + p] + tr[p * LABELS + to]);
    }
    return top;
  }

  /** {@link #into(float[], int, float[], int)} with the previous token's scores in hand. */
  private static float into(
      float[] tr,
      int to,
      float b0,
      float b1,
      float b2,
      float b3,
      float b4,
      float b5,
      float b6,
      float b7,
      float b8) {
    float top = b0 + tr[to];
    top = max(top, b1 + tr[LABELS + to]);
    top = max(top, b2 + tr[2 * LABELS + to]);
    top = max(top, b3 + tr[3 * LABELS + to]);
    top = max(top, b4 + tr[4 * LABELS + to]);
    top = max(top, b5 + tr[5 * LABELS + to]);
    top = max(top, b6 + tr[6 * LABELS + to]);
    top = max(top, b7 + tr[7 * LABELS + to]);
    return max(top, b8 + tr[8 * LABELS + to]);
  }

  /**
   * The greater of two scores. No score is NaN (no sum meets infinities of both signs), so this
   * differs from {@link Math#max} only in the sign of a zero, which no sum or comparison downstream
   * can tell; a comparison the branch predictor mostly guesses right (a token's best predecessor is
   * usually the same tag) costs less than Math.max's blend of both.
   */
  private static float max(float a, float b) {
    return b > a ? b : a;
  }

  /** The tag of token {@code prev / LABELS} on the best path into {@code to} (first on ties). */
  private static int from(float[] best, int prev, float[] tr, int to) {
    int from = 0;
    float top = Float.NEGATIVE_INFINITY;
    for (int p = allowedFirst(to) ? 0 : to - 1; p < LABELS; p++) {
      float v = allowed(p, to) ? best[prev + p] + tr[p * LABELS + to] : Float.NEGATIVE_INFINITY;
      if (v > top) {
        top = v;
        from = p;
      }
    }
    return from;
  }

  /**
   * The backward half of the max-marginals, into {@code s.after}: for each token from {@code first}
   * on and each tag, the score of the best way from that tag to the text's end. Of a gated token
   * only "outside" is computed, the only tag it can take.
   */
  private void backward(int n, int first, Scratch s) {
    float[] e = s.emissions;
    float[] after = s.after;
    float[] tr = transitions;
    boolean[] gate = s.gate;
    int last = (n - 1) * LABELS;
    for (int l = 0; l < LABELS; l++) {
      after[last + l] = 0;
    }
    for (int t = n - 2; t >= first; t--) {
      int cur = t * LABELS;
      int at = cur + LABELS;
      int labels = gate[t] ? 1 : LABELS;
      if (Math.abs(after[at]) > RESCALE) {
        rescale(after, at, gate[t + 1] ? 1 : LABELS);
      }
      // The next token's emissions and scores to the end are read once; each tag adds its
      // transition to them in the order the sums were always made: (transition + emission) +
      // after.
      float e0 = e[at];
      float a0 = after[at];
      if (gate[t + 1]) { // after a gated token only outside follows
        for (int l = 0; l < labels; l++) {
          after[cur + l] = tr[l * LABELS] + e0 + a0;
        }
        continue;
      }
      float e1 = e[at + 1];
      float e3 = e[at + 3];
      float e5 = e[at + 5];
      float e7 = e[at + 7];
      float a1 = after[at + 1];
      float a3 = after[at + 3];
      float a5 = after[at + 5];
      float a7 = after[at + 7];
      // outside: then outside or a begin tag
      after[cur] = begins(tr, 0, e0, a0, e1, a1, e3, a3, e5, a5, e7, a7);
      if (labels == 1) {
        continue;
      }
      // a type's begin and inside tags: then also that type's inside
      for (int l = 1; l < LABELS; l += 2) {
        int inside = l + 1;
        float ei = e[at + inside];
        float ai = after[at + inside];
        int row = l * LABELS;
        after[cur + l] =
            max(
                begins(tr, row, e0, a0, e1, a1, e3, a3, e5, a5, e7, a7),
                tr[row + inside] + ei + ai);
        row += LABELS;
        after[cur + inside] =
            max(
                begins(tr, row, e0, a0, e1, a1, e3, a3, e5, a5, e7, a7),
                tr[row + inside] + ei + ai);
      }
    }
  }

  /**
   * The best of {@code (tr[row + q] + e_q) + a_q} over outside and the begin tags {@code q}: where
   * a tag whose transitions start at {@code row} goes next, outside or into a new span.
   */
  private static float begins(
      float[] tr,
      int row,
      float e0,
      float a0,
      float e1,
      float a1,
      float e3,
      float a3,
      float e5,
      float a5,
      float e7,
      float a7) {
    float top = tr[row] + e0 + a0;
    top = max(top, tr[row + 1] + e1 + a1);
    top = max(top, tr[row + 3] + e3 + a3);
    top = max(top, tr[row + 5] + e5 + a5);
    return max(top, tr[row + 7] + e7 + a7);
  }

  /**
   * Max-marginals: the score of the best path through each tag of a token is the forward best plus
   * the backward best. Token {@code t}'s margin is that of tag {@code label} over that of "outside"
   * (or, for an outside token, over its best other tag): the score the decision would lose were the
   * token tagged the other way. Needs {@link #backward} from {@code t} or before.
   */
  private static float margin(Scratch s, int t, int label) {
    float[] best = s.best;
    float[] after = s.after;
    int cur = t * LABELS;
    float mine = best[cur + label] + after[cur + label];
    if (label != O) {
      return mine - (best[cur + O] + after[cur + O]);
    }
    if (s.gate[t]) { // no other tag can be reached
      return Float.POSITIVE_INFINITY;
    }
    float other = Float.NEGATIVE_INFINITY;
    for (int l = 1; l < LABELS; l++) {
      other = max(other, best[cur + l] + after[cur + l]);
    }
    return mine - other;
  }

  /**
   * Tags the text's tokens and proposes every name and place found.
   *
   * @param docCase the text's case pattern, as {@link #cases} returned it (with the line cases)
   */
  void propose(Tokens tk, Scratch s, int docCase, Candidates out) {
    int n = tk.count;
    if (n == 0) {
      return;
    }
    scoreAll(tk, s, docCase);
    viterbi(n, s);
    joinNameParts(tk, s);
    nicknames(tk, s);
    byte[] path = s.path;
    int months = monthsWithAYear(tk);
    int[] totals = totalsOfCounts(tk);
    int[] firms = firmWords(tk);
    for (int t = 0; t < n; t++) {
      int label = path[t];
      boolean words = label != O && TYPES[(label - 1) >> 1] != PhiType.PHONE;
      if (words && (bracket(tk, t) || timeZone(tk, t) || key(tk, t))) {
        // "Smyrna (Oyelowo)": a place, then an aside, no name or place holds a bracket; nor a
        // time zone's "America/Chicago", nor a program's key "FirstName:"
        continue;
      }
      if (words && markup(tk, t)) {
        // "&ndash;", "font-family:Arial", "\\fswiss Verdana", "=COUNTA(": a document's or a
        // program's own words; a span that went on after it starts again after it
        int begin = (label & 1) == 1 ? label : label - 1;
        if (t + 1 < n && path[t + 1] == begin + 1) {
          path[t + 1] = (byte) begin;
        }
        continue;
      }
      if (label != O && (label & 1) == 0 && (columnBreak(tk, t) || (words && bracket(tk, t - 1)))) {
        label--; // the rest of a span cut at a line or column break is a span of its own
      }
      if ((label & 1) == 0) {
        continue;
      }
      int inside = label + 1;
      int end = t + 1;
      while (end < n
          && path[end] == inside
          && !columnBreak(tk, end)
          && !(words && bracket(tk, end))) {
        if (words
            && (sentenceEnd(tk, end) || listComma(tk, t, end, label) || spacedPlus(tk, end))) {
          if (end + 1 < n && path[end + 1] == inside) {
            path[end + 1] = (byte) label; // "hit mbird. Lidia had", "Young + Sorensen": two names
          }
          break;
        }
        if (label == B_NAME && pronounAfterComma(tk, end)) {
          break; // "hi mrs petrovic, we're going": the name ends at its comma
        }
        end++;
      }
      PhiType type = TYPES[label >> 1];
      boolean format = type == PhiType.DATE || type == PhiType.PHONE;
      int tagged = end;
      if (type == PhiType.DATE
          && end < n
          && (tk.isPunct(end - 1, '/') || tk.isPunct(end - 1, '-'))
          && tk.joined(end)
          && tk.kind[end] == Tokens.NUM
          && tk.length(end) <= 4) {
        end++; // "ONSET 7/30:": tagged to its slash, the day after it is the date's too
      }
      if (end - t > MAX_SPAN_TOKENS || oneWordRepeated(tk, t, end)) {
        t = end - 1;
        continue; // "1 1 1 1 ...", "Park Park Park ...": a run of one word, no name, place or day
      }
      // A span that runs into a program's identifier keeps the words before it ("patient Ada
      // Lovelace ShiftService failed"); one that starts with it is no name or place.
      int last = format ? end : beforeCode(tk, t, end);
      int first = t;
      if (last <= first) {
        t = end - 1;
        continue; // a span that starts with a program's identifier
      }
      if (!format) {
        while (last > first + 1 && tk.kind[last - 1] == Tokens.NUM) {
          last--; // "El Paso 79924": no name or place ends in a number; the ZIP rule has it
        }
        while (last > first + 1 && tk.isPunct(last - 1, ',')) {
          last--; // "Mr. Amadou Sow, his son": the comma ends the name
        }
        if (!holdsAWord(tk, first, last)) {
          t = end - 1;
          continue; // "3" before a file's name: no name or place is written without letters
        }
        if (type == PhiType.NAME
            && last == first + 1
            && docCase == ContextFeatures.CASE_MIXED
            && s.lineCase[first] == ContextFeatures.CASE_MIXED
            && uncuedLowerCaseWord(tk, first)) {
          t = end - 1;
          continue; // "the price is 12.5": capitals mean something here, and no cue says name
        }
        if (type == PhiType.NAME
            && last == first + 1
            && tk.equalsIgnoreCase(first, "bill")
            && tk.equalsIgnoreCase(last, "to")
            && (tk.isPunct(last + 1, ':')
                || ((tk.flags[last] & Tokens.CAPITALIZED) != 0
                    && last + 1 < tk.count
                    && tk.kind[last + 1] == Tokens.WORD
                    && (tk.flags[last + 1] & Tokens.CAPITALIZED) != 0))) {
          t = end - 1;
          continue; // "Bill To:" an invoice's payer; "Submit Bill To Other Processor"
        }
        if (type == PhiType.NAME && tk.equalsAnyIgnoreCase(first, NO_ONE_NAMED)) {
          int rest = first + 1;
          while (rest < last && tk.kind[rest] == Tokens.PUNCT) {
            rest++;
          }
          if (rest >= last || ordinaryPart(tk, rest, last)) {
            t = end - 1;
            continue; // "Anonymous Attendee", "Unknown Caller": a meeting's or a phone's stand-in
          }
          first = rest; // "Unknown Maria Lopez": the name after the stand-in
        }
        if (type == PhiType.NAME
            && tk.equalsIgnoreCase(first, "speaker")
            && last <= first + 2
            && (last == first + 1 || tk.length(first + 1) <= 2)) {
          t = end - 1;
          continue; // "Speaker A:", "Speaker 2": a transcript's label for a voice, no one's name
        }
        if (type == PhiType.NAME) {
          int dash = headingDash(tk, first, last);
          if (dash > 0) {
            first = dash + 1; // "Comment - Nikhil Deshpande": a heading, then the name
          }
          for (int k = first + 1; k < last - 1; k++) {
            if (tk.equalsIgnoreCase(k, "aka") && !tk.capitalizedOnly(k)) {
              last = k; // "eleanor pruitt aka nell": the name, then the one she goes by, a rule's
              break;
            }
          }
        }
        if (s.foreignLine[first] && foreignWords(tk, first, last)) {
          t = end - 1;
          continue; // "na lang sya", "Quiero morir": in a line of another language, its words
        }
        if (type == PhiType.NAME && clinicalAcronym(tk, first) && lowerCaseAfter(tk, first, last)) {
          t = end - 1;
          continue; // "Ref for IDA", "DRE brown stool", "if EGD unrevealing": an abbreviation
        }
        while (first < last
            && tk.kind[first] == Tokens.ALNUM
            && tk.length(first) <= 4
            && Tokens.isDigit(tk.text.charAt(tk.start[first]))) {
          first++; // "58M", "3L BORG": an age and a sex, a flow; no name or place starts so
        }
        if (first == last) {
          t = end - 1;
          continue;
        }
        if (tk.isPunct(first - 1, '%') && tk.joined(first)) {
          t = end - 1;
          continue; // "5th %ile": a word of a number's, no place
        }
        if (type == PhiType.NAME
            && last <= first + 2
            && docCase == ContextFeatures.CASE_MIXED
            && s.lineCase[first] == ContextFeatures.CASE_MIXED
            && tk.lowerCase(first)
            && (!tk.wordIs(first, Lexicon.FIRST | Lexicon.LAST)
                || tk.wordIs(first, Lexicon.CLINICAL))
            && !tk.wordIs(first - 1, Lexicon.TITLE | Lexicon.ROLE)
            && tk.is(last, Tokens.NUM)
            && tk.equalsAnyIgnoreCase(last + 1, DOSE_UNITS)) {
          t = end - 1;
          continue; // "started dex 4 mg": in a note with capitals, a drug in lower case and its
          // dose
        }
        if (type == PhiType.NAME && last == first + 1 && brandCase(tk, first)) {
          t = end - 1;
          continue; // "LifeLink", "CoverMyMeds": a capital inside a word marks a brand
        }
        if (businessNamed(tk, last)
            && ((type == PhiType.NAME
                    && last == first + 1
                    && !tk.wordIs(first - 1, Lexicon.ROLE | Lexicon.TITLE | Lexicon.WEAK_CUE)
                    && !(tk.wordIs(first, Lexicon.FIRST) && tk.wordIs(last, Lexicon.LAST)))
                || (type == PhiType.CITY
                    && tk.equalsAnyIgnoreCase(last, BUSINESSES_NAMED_AFTER_TOWNS)
                    && !tk.is(last + 1, Tokens.NUM)))) { // not "City Trenton Telephone 609-..."
          t = end - 1;
          continue; // "Ridgeway Pharmacy", "Corbin Drug #112": a business's name, no one's
        }
        if (type == PhiType.NAME
            && tk.equalsAnyIgnoreCase(first - 1, CONGREGATIONS)
            && !tk.lowerCase(first - 1)) {
          t = end - 1;
          continue; // "Temple Beth Shalom", "TEMPLE ISRAEL": a congregation's name, no one's
        }
        for (int k = first + 1; type == PhiType.NAME && k < last - 1; k++) {
          if (tk.isPunct(k, ',') && tk.equalsAnyIgnoreCase(k + 1, CONGREGATIONS)) {
            last = k; // "RABBI FELDMAN, TEMPLE ISRAEL": the name, then his congregation
          }
        }
        if (type == PhiType.NAME && firms.length > 0) {
          last = beforeAFirm(tk, first, last, firms);
          if (last == first) {
            t = end - 1;
            continue; // "KESSLER OFFICE:" after "Kessler Plumbing": the firm, not a person
          }
        }
        if (type == PhiType.CITY
            && (homeCareAfter(tk, last)
                || lawFirmAfter(tk, last)
                || buildingNamed(tk, last)
                || schoolNamed(tk, last)
                || (last - first >= 2 && schoolNamed(tk, last - 1))
                || schoolOfAPlace(tk, last)
                || (last - first >= 2 && schoolOfAPlace(tk, last - 1))
                || (last - first >= 2 && buildingNamed(tk, last - 1))
                || (tk.equalsIgnoreCase(last - 1, "cross")
                    && tk.equalsIgnoreCase(last - 2, "red")))) {
          t = end - 1;
          continue; // "from Brightwater Home Care", "sunnyvale home care", "the Red Cross"
        }
        if (type == PhiType.CITY && titledPerson(tk, first)) {
          type = PhiType.NAME; // "Dr. Amos Kettle, DVM": a doctor, not a town after a drive
          label = begin(PhiType.NAME);
        }
        if (type == PhiType.CITY && (noPlace(tk, first, last) || numberWords(tk, first, last))) {
          t = end - 1;
          continue; // "came over in forty nine", "four point oh", "IN-CENTER TX", "South,377"
        }
        if (type == PhiType.NAME
            && (businessAfter(tk, last)
                || firm(tk, first, last)
                || ((schoolNamed(tk, last) || (last - first >= 2 && schoolNamed(tk, last - 1)))
                    && !titledPerson(tk, first)))) {
          t = end - 1;
          continue; // "Kim's Pharmacy", "Hale & Osei LLC": a business named after people
        }
        int maker =
            tk.equalsAnyIgnoreCase(first, MAKERS)
                ? first
                : tk.equalsAnyIgnoreCase(first - 1, MAKERS) ? first - 1 : -1;
        if ((type == PhiType.NAME || type == PhiType.CITY)
            && maker >= 0
            && !tk.isPunct(maker + 1, ',') // "Starkey, Ann": a surname
            && !titledPerson(tk, maker)) {
          if (maker == first || modelAfter(tk, last)) {
            t = end - 1;
            continue; // "Oticon Ruby 1 BTE", "Phonak Marvel batteries": a maker's model, no one
          }
        }
        if (type == PhiType.NAME && bacterium(tk, first, last)) {
          t = end - 1;
          continue; // "C. diff", "E. coli": a germ's genus, not an initial
        }
        if (type != PhiType.DATE
            && type != PhiType.PHONE
            && (eponym(tk, first, last)
                || eponymousCondition(tk, first, last)
                || describedEponym(tk, first, last))) {
          t = end - 1;
          continue; // "Hunter criteria", "Ottawa ankle rules": a rule named after someone
        }
        if (type == PhiType.CITY && tk.isPunct(first - 1, ',') && stateOnly(tk, first, last)) {
          t = end - 1;
          continue; // "North Miami, Florida": the state after its town
        }
        if (aNation(tk, type, first, last)) {
          t = end - 1;
          continue; // "speaks Farsi", "Interpreter Dutch", "from Ukraine": no person or town
        }
        if (type == PhiType.NAME
            && last == first + 1
            && (tk.bot(first)
                || lowerCaseParticle(tk, first)
                || modalVerb(tk, first)
                || lastWill(tk, first)
                || settingKey(tk, first)
                || endearment(tk, first)
                || apostropheDropped(tk, first))) {
          t = end - 1;
          continue; // "evvbot" posts in a chat; "by van driver", "pt may return": no names
        }
        if (type == PhiType.NAME
            && (youngOne(tk, first) || youngOne(tk, last - 1) || lettersCounted(tk, first))) {
          t = end - 1;
          continue; // "Thank you, young lady", "Two D's in the middle": no names
        }
        if (type == PhiType.NAME && credential(tk, first, last)) {
          t = end - 1;
          continue; // "Duc Pham, M.D.": a degree after the name, not an initial
        }
        if (type == PhiType.NAME
            && last - first >= 3
            && tk.isPunct(last - 2, ',')
            && tk.wordIs(last - 1, Lexicon.COUNTRY)
            && (!tk.wordIs(last - 1, Lexicon.FIRST)
                || Lexicon.placeAbroad(tk.text, tk.start[first], tk.end[last - 3]))) {
          t = end - 1;
          continue; // "Kisumu, Kenya": a town and its country, not "Last, First"
        }
        if (Lexicon.get().countryOfWords(tk.text, tk.start[first], tk.end[last - 1])
            || (type == PhiType.CITY
                && tk.isPunct(first - 1, ',')
                && last == first + 1
                && tk.wordIs(first, Lexicon.COUNTRY))) {
          t = end - 1;
          continue; // "Sierra Leone"; "Rome, Italy": the country after a town is no town
        }
        if (type == PhiType.NAME
            && (s.titleLine[first] || s.lineCase[first] == ContextFeatures.CASE_CAPS)
            && !tk.wordIs(first - 1, Lexicon.TITLE)) {
          // Where capitals mark every word, a list of ordinary words is no name ("Tasks: Bathing,
          // Meal Prep, Laundry"): its parts of ordinary words only are dropped.
          first = firstNamePart(tk, first, last);
          last = lastNamePart(tk, first, last);
          if (last <= first) {
            t = end - 1;
            continue;
          }
        }
        while (last > first + 1
            && (tk.kind[first] == Tokens.NUM
                || tk.kind[first] == Tokens.PUNCT
                || notOfAName(tk, first)
                || tk.equalsAnyIgnoreCase(first, CLERGY)
                || spellingWord(tk, first)
                || spellingWord(tk, first + 1)
                || apostropheDropped(tk, first)
                || (tk.equalsAnyIgnoreCase(first, ANSWER_WORDS) && tk.isPunct(first + 1, ','))
                || (docCase == ContextFeatures.CASE_MIXED
                    && tk.lowerCase(first)
                    && (tk.word[first] & Lexicon.COMMON) != 0
                    && tk.isPunct(first + 1, ',')))) {
          first++; // "1905 Lakshmi", "Judge Harrowgate", "Okay, Ines", "P as in Paul, A-D-E",
          // "Signature block, Lionel Achterberg": no name opens so
        }
        if (type == PhiType.NAME && last == first + 1 && spellingWord(tk, first)) {
          t = end - 1;
          continue; // "q like queen", and "P as in Paul" after the words before it are taken off
        }
        if (type == PhiType.NAME && tk.isPunct(last - 1, '.') && spelledByHyphens(tk, last - 2)) {
          last--; // "W-O-J-C-I-K.": the full stop after a spelling
        }
        if (first > t && markup(tk, first)) {
          t = end - 1;
          continue; // ", Candara, Segoe" in a font list: the list's words all the way
        }
        if (docCase != ContextFeatures.CASE_LOWER && lowerCaseInsideACompound(tk, first)) {
          t = end - 1;
          continue; // "spring.jpa.open-in-view": a program's word, not a name or place
        }
        if (holiday(tk, first, last)) {
          t = end - 1;
          continue; // "Memorial Day", "New Year's Day", "Christmas": a holiday, not a person or
          // town
        }
        first = afterACar(tk, first, last);
        last = beforeAnExtension(tk, first, last);
        if (last <= first
            || anyProgramWordOrMake(tk, first, last)
            || pathFolder(tk, first)
            || wordsBeforeAFile(tk, first, last)) {
          t = end - 1;
          continue; // "len=212", "IN_PROGRESS"; "a Toyota Sienna"; "Users\x\Desktop", "a.pdf"
        }
        if (type == PhiType.NAME && meridiem(tk, first, last)) {
          t = end - 1;
          continue; // "9 A.M.": the time of day
        }
        if (type == PhiType.NAME
            && last == first + 1
            && (Recognizers.systemAccount(tk.text, tk.start[first], tk.end[first])
                || monthAndOrdinal(tk, first))) {
          t = end - 1;
          continue; // "Account Name: krbtgt": a system's account; "june first": a day
        }
        if (type == PhiType.NAME
            && last == first + 1
            && tk.cue[first] != 0
            && (tk.isPunct(first + 1, ':')
                || tk.is(first + 1, Tokens.NUM)
                || tk.is(first + 1, Tokens.ALNUM)
                || ((tk.cue[first] & Lexicon.C_VIN) != 0
                    && tk.equalsIgnoreCase(first + 1, "is")
                    && first + 2 < tk.count
                    && (tk.kind[first + 2] != Tokens.WORD
                        || tk.length(first + 2) == 1
                        || tk.wordIs(first + 2, Lexicon.NUMBER_WORD))))) {
          t = end - 1;
          continue; // "Age: 96", "Tel 555-860-4450", "VIN 1HGCV1F3...": a label before its value
        }
      } else if ((type == PhiType.DATE
              && (!dateShaped(tk, t, end)
                  || aCountOutOf(tk, t, end, totals)
                  || (tk.equalsAnyIgnoreCase(t - 1, PHONE_EXTENSIONS) && end - t <= 3)))
          || (type == PhiType.PHONE && !phoneShaped(tk, t, end))
          || inAFileName(tk, t, end)) {
        t = end - 1;
        continue; // "stand 98/62", "anger 6/10", "Mozilla/5.0", "may wait"; "export-2026-11-23.csv"
      }
      boolean oneByOne = type == PhiType.DATE && digitsOneByOne(tk, first, last);
      if (oneByOne) {
        type = PhiType.ID; // "8 9 0 1 4 1 0 4 ...": no date has seven digits said apart
      }
      if (type == PhiType.NAME && last == first + 1 && wordOfItsPhrase(tk, first)) {
        if (!tk.wordIs(first, Lexicon.MONTH)) {
          t = end - 1;
          continue; // "DAD WILL CONTINUE", "the policy is in grace"
        }
        type = PhiType.DATE; // "from late January": the month, not a person named January
        label = DATE_BEGIN;
      }
      float margin = Float.MAX_VALUE;
      for (int k = first; k < Math.min(last, tagged); k++) {
        margin = Math.min(margin, s.margin[k]);
      }
      double confidence = 1 / (1 + Math.exp(-margin / marginScale));
      if (type == PhiType.NAME && surnameBeforeComma(tk, first)) {
        first -= 2; // "Patient: Bishop, Cornelius A.": the surname of "Last, First", also a word
      }
      if (type == PhiType.DATE && tensBeforeAnOrdinal(tk, first)) {
        first -= 2; // "twenty-eighth of October": the day began at "twenty"
      }
      if (type == PhiType.DATE
          && tk.wordIs(last - 1, Lexicon.ORDINAL_WORD)
          && tk.equalsIgnoreCase(last, "of")
          && tk.wordIs(last + 1, Lexicon.MONTH)) {
        last += 2; // "the ninth of June": the month is the day's
      }
      if (type == PhiType.DATE && confidence >= SURE_DATE && monthDay(tk, first) > 0) {
        months |= 1 << monthDay(tk, first);
      }
      confidence = Math.min(confidence, format ? FORMAT_TYPE_CEILING : CEILING);
      if (type == PhiType.NAME) {
        if (last - first >= 2 && tk.equalsIgnoreCase(last - 1, "i") && tk.lowerCase(last - 1)) {
          last--; // "the family of amparo cruz i think": the pronoun after the name
        }
        last = beforeCredentials(tk, first, last);
        while (last - first >= 2
            && (tk.equalsAnyIgnoreCase(first, OFFICES_BEFORE_A_NAME)
                || ((tk.flags[first] & Tokens.ALL_CAPS) != 0
                    && tk.equalsAnyIgnoreCase(first, ROLES_BEFORE_A_NAME)))
            && tk.is(first + 1, Tokens.WORD)
            && (!tk.lowerCase(first + 1) || tk.lowerCase(first))) {
          first++; // "JUDGE HOLLOWAY:", "ortho PA Darnell Young", "supv ray:": the office stays out
        }
        if (last - first >= 2 && tk.equalsAnyIgnoreCase(last - 1, PREPOSITIONS_LISTED)) {
          last--; // "VISIT WITH ROSA DURING AM": the word after the name
        }
        if (withBeforeAName(tk, first, last, s)) {
          first++; // "SCHED 12/11 W ADEBAYO": "with", as capitals' shorthand writes it
        }
        if (codeLetter(tk, first, last)
            || pronounI(tk, first, last)
            || monthOfADay(tk, first, last)
            || shortSpelling(tk, first, last)
            || (oneWordAndPossessive(tk, first, last) && oneWordNoName(tk, first, s))
            || (last == first + 1
                && tk.equalsAnyIgnoreCase(first, ANSWER_WORDS)
                && pronounAfterComma(tk, last))) {
          t = end - 1;
          continue; // "2025-1204-88173-K.": a code's last letter; "Yeah, I'm on the link"
        }
        first = spellingStart(tk, first); // "P-E-L-L-E-T-I-E-R" found from its third letter
      }
      if (type == PhiType.DATE) {
        last = monthBeforeAStop(tk, first, last); // "in with me in January. 1915 South Clarence"
        last = beforeACountedOrdinal(tk, first, last);
        if (last <= first) {
          t = end - 1;
          continue;
        }
      }
      while (type == PhiType.PHONE && last > first + 1 && tk.kind[last - 1] == Tokens.PUNCT) {
        last--; // "four four oh six... hold on": the stop is the sentence's
      }
      if (type == PhiType.PHONE) {
        int said = firstDigitSaid(tk, first, last);
        if (said > first && listedNames(tk, first, said) && confidence >= out.minimumConfidence()) {
          out.add( // "caller: oluwaseun adebayo two one six five five five ...": her name, then it
              PhiType.NAME,
              tk.start[first],
              tk.end[said - 1],
              confidence,
              "context.model",
              reason(tk, first, s, begin(PhiType.NAME), confidence));
        }
        first = areaCodeSaid(tk, said, last);
      }
      if (type == PhiType.CITY
          && tk.equalsAnyIgnoreCase(last, COUNTIES)
          && !tk.lowerCase(last) == !tk.lowerCase(last - 1)
          && !tk.newlineBefore(last)
          && !tk.joined(last)) {
        last++; // "the Pennington County Register of Deeds": the county's word is its name's
      }
      int said = type == PhiType.NAME ? nameSaidAgain(tk, first, last) : -1;
      if (last > t
          && confidence >= out.minimumConfidence()
          && out.wants(type)
          && !(format && confidence < FORMAT_TYPE_FLOOR)) {
        String why = oneByOne ? ONE_BY_ONE : reason(tk, t, s, label, confidence);
        if (said > first) { // "Paul, Paul Lutz", "volkov boris volkov": two spans, no comma in one
          int cut = tk.isPunct(said - 1, ',') || tk.isPunct(said - 1, '.') ? said - 1 : said;
          out.add(type, tk.start[first], tk.end[cut - 1], confidence, "context.model", why);
          first = said;
        }
        out.add(type, tk.start[first], tk.end[last - 1], confidence, "context.model", why);
        if (type == PhiType.CITY) {
          zipAfter(tk, last, out);
        }
      }
      t = end - 1;
    }
    if (months != 0) {
      sameMonth(tk, s, months, out);
    }
  }

  private static final WordList COUNTIES = WordList.of("county", "parish", "borough");

  /**
   * "415 Quarry Rd, Ellison, 48830", "OAK HOLLOW 37219 KEY IN LOCKBOX": five digits (and four)
   * right after a town the model found, ending the line or the column: its ZIP, with no state
   * between them.
   */
  private static void zipAfter(Tokens tk, int k, Candidates out) {
    if (tk.isPunct(k, ',')) {
      k++;
    }
    if (!(k < tk.count && tk.kind[k] == Tokens.NUM && tk.length(k) == 5 && !tk.joined(k))) {
      return;
    }
    int last = k;
    if (tk.isPunct(k + 1, '-')
        && tk.joined(k + 1)
        && tk.kind[k + 2] == Tokens.NUM
        && tk.length(k + 2) == 4
        && tk.joined(k + 2)) {
      last = k + 2;
    }
    int next = last + 1;
    if (next >= tk.count
        || tk.newlineBefore(next)
        || columnBreak(tk, next)
        || (tk.kind[next] == Tokens.PUNCT && !tk.isPunct(next, '-') && !tk.isPunct(next, '/'))) {
      out.add(PhiType.ZIP, tk.start[k], tk.end[last], 0.8, "zip.after-town", "after a town");
    }
  }

  /** A month/day date at least this sure makes its month one the text writes dates in. */
  private static final double SURE_DATE = 0.75;

  /**
   * How much less likely than "outside" the model may find a month/day date, in the units of its
   * scores, and still have it taken when the text dates other things in the same month.
   */
  private static final float SAME_MONTH_MARGIN = 2.5f;

  private static final int DATE_BEGIN = begin(PhiType.DATE);

  private static final int CITY_BEGIN = begin(PhiType.CITY);

  /**
   * "visits 3/1 and 3/2", "tecum 3/5 via certified mail": month/day dates the model found too
   * weakly alone, in a text that writes other dates of the same month (with a year, or surely
   * enough). Settings and ratios ("PS 10/5", "pain 3/10") score far below the margin allowed.
   */
  private void sameMonth(Tokens tk, Scratch s, int months, Candidates out) {
    boolean toTheEnd = false;
    for (int t = 0; t + 2 < tk.count; t++) {
      int month = monthDay(tk, t);
      if (month == 0
          || (months & (1 << month)) == 0
          || Recognizers.scoreOnAScale(tk, t)
          || (tk.isPunct(t + 3, '/') && tk.joined(t + 3))
          || (tk.isPunct(t - 1, '/') && tk.joined(t))
          || tk.equalsIgnoreCase(t + 3, "of")
          || Recognizers.measureAfter(tk, t + 3)) {
        // "5/8 of the hours" is a part. A date found already is proposed again, less sure, and
        // resolution keeps the first.
        continue;
      }
      if (!toTheEnd) {
        // The tagger computed the scores to the text's end only from its first tagged token on,
        // or not at all: these tokens may lie before it. The same sums, so no margin changes.
        backward(tk.count, 0, s);
        toTheEnd = true;
      }
      int cur = t * LABELS;
      float odds =
          s.best[cur + DATE_BEGIN]
              + s.after[cur + DATE_BEGIN]
              - (s.best[cur + O] + s.after[cur + O]);
      if (odds > -SAME_MONTH_MARGIN) {
        out.add(
            PhiType.DATE,
            tk.start[t],
            tk.end[t + 2],
            0.6,
            "context.model",
            "date model: a month/day date in a month the text dates other things in");
      }
    }
  }

  /**
   * The month of "m/d" at token {@code t} (1 to 12, a day of 1 to 31 after it, no more digits
   * joined), or 0.
   */
  private static int monthDay(Tokens tk, int t) {
    if (t + 2 >= tk.count
        || tk.kind[t] != Tokens.NUM
        || !tk.isPunct(t + 1, '/')
        || !tk.joined(t + 1)
        || !tk.joined(t + 2)
        || tk.kind[t + 2] != Tokens.NUM
        || tk.length(t) > 2
        || tk.length(t + 2) > 2) {
      return 0;
    }
    int m = tk.intValue(t);
    int d = tk.intValue(t + 2);
    return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? m : 0;
  }

  /** The months of the numeric dates with a year in the text ("03/02/2026", "3/9/26"), as bits. */
  private static int monthsWithAYear(Tokens tk) {
    int months = 0;
    for (int t = 0; t + 4 < tk.count; t++) {
      int m = monthDay(tk, t);
      if (m > 0
          && tk.isPunct(t + 3, '/')
          && tk.joined(t + 3)
          && tk.joined(t + 4)
          && tk.kind[t + 4] == Tokens.NUM
          && (tk.length(t + 4) == 2 || tk.length(t + 4) == 4)) {
        months |= 1 << m;
      }
    }
    return months;
  }

  private static final int NOT_OF_A_NAME = Lexicon.TITLE | Lexicon.ROLE | Lexicon.STOP;

  /** Words that open a speaker's reply before a comma: "Okay, Berta Quispe covered that day". */
  private static final WordList ANSWER_WORDS =
      WordList.of(
          ("okay ok yes yeah yep no hi hello thanks sure alright right ah oh uh uhh um umm er hmm"
                  + " well aw so anyway")
              .split(" "));

  /**
   * Whether token {@code k} is a word that tells a spelled letter apart ("P as in Paul", "q like
   * queen"), not a person.
   */
  private static boolean spellingWord(Tokens tk, int k) {
    if (tk.kind[k] != Tokens.WORD || (tk.flags[k] & Tokens.POSSESSIVE) != 0) {
      return false; // "slot B as in Brenda's"
    }
    if (tk.equalsIgnoreCase(k - 1, "in") && tk.equalsIgnoreCase(k - 2, "as")) {
      return aSpelledLetter(tk, k - 3);
    }
    return tk.equalsIgnoreCase(k - 1, "like")
        && aSpelledLetter(tk, k - 2)
        && !tk.equalsIgnoreCase(k - 2, "a")
        && !tk.equalsIgnoreCase(k - 2, "i");
  }

  /**
   * A letter standing alone as a spelling says it: after a stop, a comma, a colon, another letter,
   * a line's start or "yes", "it's"; not "plan B like Tom said", not the "s" of "it's".
   */
  private static boolean aSpelledLetter(Tokens tk, int k) {
    if (k < 0 || tk.kind[k] != Tokens.WORD || tk.length(k) != 1 || tk.joined(k)) {
      return false;
    }
    int b = k - 1;
    return b < 0
        || tk.newlineBefore(k)
        || tk.kind[b] == Tokens.PUNCT
        || (tk.kind[b] == Tokens.WORD && tk.length(b) == 1)
        || tk.equalsAnyIgnoreCase(b, BEFORE_A_SPELLING);
  }

  private static final WordList BEFORE_A_SPELLING =
      WordList.of("yes", "yeah", "its", "is", "and", "then", "thats", "that's", "s");

  /**
   * Whether word {@code k}, alone, is a term of endearment said to someone ("Thank you, hon."),
   * with no title before it ("Mrs. Honey" is a name).
   */
  private static boolean endearment(Tokens tk, int k) {
    return tk.equalsAnyIgnoreCase(k, ENDEARMENTS)
        && !tk.wordIs(tk.isPunct(k - 1, '.') ? k - 2 : k - 1, Lexicon.TITLE);
  }

  /** "Thank you, young lady", "a young man": the word "young" before a person, not a surname. */
  private static boolean youngOne(Tokens tk, int k) {
    return tk.equalsIgnoreCase(k, "young")
        && tk.equalsAnyIgnoreCase(k + 1, YOUNG_ONES)
        && !tk.wordIs(k - 1, Lexicon.TITLE)
        && !(tk.wordIs(k - 1, Lexicon.FIRST | Lexicon.LAST)
            && !tk.lowerCase(k - 1)); // "Kim Young Man"
  }

  private static final WordList YOUNG_ONES =
      WordList.of("lady", "ladies", "man", "men", "woman", "women", "fellow", "lad", "people");

  /** "Two D's in the middle": a count of a spelling's letters, no name. */
  private static boolean lettersCounted(Tokens tk, int k) {
    return tk.wordIs(k, Lexicon.NUMBER_WORD)
        && tk.length(k + 1) == 1
        && (tk.isPunct(k + 2, '\'')
            || tk.isPunct(k + 2, '\u2019')
            || tk.equalsIgnoreCase(k + 2, "s")
            || tk.isPunct(k + 2, ','));
  }

  /**
   * Whether lower-case word {@code k} is a contraction typed without its apostrophe, as chats and
   * transcripts write them ("alright heres your id", "so ive got"), not a name.
   */
  private static boolean apostropheDropped(Tokens tk, int k) {
    return (tk.lowerCase(k) || lineOpening(tk, k)) && tk.equalsAnyIgnoreCase(k, APOSTROPHE_DROPPED);
  }

  /** Whether token {@code k} opens its line or a speaker's words ("Heres your schedule"). */
  private static boolean lineOpening(Tokens tk, int k) {
    return k == 0 || tk.newlineBefore(k) || (tk.isPunct(k - 1, ':') && !tk.joined(k));
  }

  private static final WordList APOSTROPHE_DROPPED =
      WordList.of(
          ("ive heres theres youre theyre weve youve theyve dont didnt doesnt isnt wasnt thats"
                  + " whos arent werent havent hasnt youll theyll itll wouldve couldve shouldve"
                  + " aint yall")
              .split(" "));

  private static final WordList ENDEARMENTS =
      WordList.of(
          "hon",
          "hun",
          "honey",
          "sweetie",
          "sweetheart",
          "darling",
          "dear",
          "babe",
          "sugar",
          "sweetpea",
          "mija", // "thx mija": Spanish for "my dear", also a given name
          "mijo");

  /**
   * Whether {@code [first, last)} is a degree or licence written with stops after a name and a
   * comma ("Duc Pham, M.D.", "Tamika Reed, M.S.N., R.N.", "Alan Voss, Ph.D."), not initials.
   */
  private static boolean credential(Tokens tk, int first, int last) {
    if (first < 2 || !tk.isPunct(first - 1, ',') || tk.kind[first - 2] != Tokens.WORD) {
      return false; // "Call from J.D. re: Saturday": initials, with no name before them
    }
    return credentialsEnd(tk, first) >= last;
  }

  /**
   * The end of the degrees written with stops from token {@code k}, commas between them ("M.S.N.,
   * R.N."), past any span's end ("Ph.D." may be found as "Ph" alone), or -1 where none is.
   */
  private static int credentialsEnd(Tokens tk, int k) {
    int end = -1;
    StringBuilder letters = new StringBuilder(6);
    int j = k;
    while (j < k + 16 && j < tk.count) {
      letters.setLength(0);
      int g = j;
      while (g < j + 10
          && g < tk.count
          && tk.kind[g] == Tokens.WORD
          && tk.length(g) <= 5
          && (tk.isPunct(g + 1, '.') || g > j)
          && (g == j || tk.joined(g))) {
        for (int i = tk.start[g]; i < tk.end[g]; i++) {
          letters.append(WordTable.lower(tk.text.charAt(i)));
        }
        if (!(tk.isPunct(g + 1, '.') && tk.joined(g + 1))) {
          g++; // "M.D" without its last stop
          break;
        }
        g += 2;
      }
      if (g == j || !CREDENTIALS.contains(letters.toString())) {
        break;
      }
      end = g;
      if (!(tk.isPunct(g, ',') && tk.joined(g))) {
        break;
      }
      j = g + 1;
    }
    return end;
  }

  /** Offices written before a name that the model may take into it: "JUDGE HOLLOWAY:". */
  private static final WordList OFFICES_BEFORE_A_NAME =
      WordList.of(
          "judge", "justice", "magistrate", "commissioner", "sheriff", "coord", "sched", "supv");

  /**
   * Roles abbreviated in capitals before a name: "ortho PA Darnell Young", "CG ROSE" (not the Hmong
   * given name "Pa Nhia").
   */
  private static final WordList ROLES_BEFORE_A_NAME =
      WordList.of("pa", "np", "cg", "rn", "lpn", "cna", "hha", "sw", "msw");

  /**
   * Where degrees written with stops open at the end of a name span ("Duc Pham M.D."), so that the
   * name ends before them, or {@code last}.
   */
  private static int beforeCredentials(Tokens tk, int first, int last) {
    for (int k = first + 1; k < last; k++) {
      if (tk.kind[k - 1] == Tokens.WORD
          && tk.length(k - 1) > 1
          && !tk.joined(k)
          && credentialsEnd(tk, k) >= last) {
        return k;
      }
    }
    return last;
  }

  private static final java.util.Set<String> CREDENTIALS =
      java.util.Set.of(
          "md", "do", "rn", "np", "pa", "lpn", "cna", "dds", "dmd", "phd", "od", "dpm", "pt", "ot",
          "msw", "lcsw", "jd", "esq", "pharmd", "aprn", "bsn", "msn", "dnp", "lvn", "fnp", "hha",
          "rd", "pta", "otr", "dpt", "cota", "slp", "ccc", "lmsw", "lpc", "cma");

  /**
   * Whether a personal title stands before token {@code first}, and a given name there: "Mrs.
   * Lane", "Dr. Amos Kettle", but not the "Dr." of a street before its town ("Oak Dr. Ashby").
   */
  private static boolean titledPerson(Tokens tk, int first) {
    int b = tk.isPunct(first - 1, '.') ? first - 2 : first - 1;
    if (!tk.wordIs(b, Lexicon.TITLE)) {
      return false;
    }
    return !tk.wordIs(b, Lexicon.STREET_SUFFIX)
        || (tk.wordIs(first, Lexicon.FIRST)
            && !(b > 0
                && tk.kind[b - 1] == Tokens.WORD
                && (tk.flags[b - 1] & Tokens.CAPITALIZED) != 0));
  }

  /**
   * Whether the words around {@code [first, last)} speak of languages: "speaks", "fluent" or "in"
   * before it, "interpreter" after it, or another language shortly before ("Dutch and some
   * German"). There a language that is also a given name ("German", "Karen") is the language.
   */
  private static boolean aboutLanguages(Tokens tk, int first, int last) {
    if (tk.equalsAnyIgnoreCase(first - 1, LANGUAGE_CUES)
        || tk.equalsAnyIgnoreCase(last, LANGUAGE_CUES_AFTER)) {
      return true;
    }
    for (int k = first - 1; k >= first - 4 && k >= 0; k--) {
      if (tk.wordIs(k, Lexicon.LANGUAGE) && !tk.wordIs(k, Lexicon.FIRST)) {
        return true;
      }
    }
    return false;
  }

  private static final WordList LANGUAGE_CUES =
      WordList.of("speaks", "speak", "speaking", "spoke", "fluent", "in", "understands", "reads");

  private static final WordList LANGUAGE_CUES_AFTER =
      WordList.of(
          "interpreter",
          "interpreters",
          "speaker",
          "speakers",
          "speaking",
          "translator",
          "translation");

  /**
   * Whether a span of tokens {@code [first, last)} that ends in a language, nationality or country
   * is no town or person's name for it. A town: unless that word is also a US town ("Lebanon") or a
   * given name. A name: unless a title comes before it ("Mr. English"); dropped when all its words
   * are such words and none a given name ("Karen") or US town, a given name counting only where the
   * words around speak of something else than languages ("some German"); or when its last word is
   * no name of any list and its first no given name ("Interpreter Dutch"; not "Amy French").
   */
  private static boolean aNation(Tokens tk, PhiType type, int first, int last) {
    int k = last - 1;
    if (!tk.wordIs(k, Lexicon.LANGUAGE | Lexicon.COUNTRY)) {
      return false;
    }
    if (type == PhiType.CITY) {
      return !tk.wordIs(k, Lexicon.PLACE | Lexicon.FIRST)
          || (last == first + 1
              && !tk.wordIs(k, Lexicon.FIRST)
              && !tk.equalsAnyIgnoreCase(k, TOWNS_NAMED_AS_NATIONS)
              && !stateAfter(tk, last)); // "a hospital in England"; not "Lebanon, TN"
    }
    if (tk.wordIs(first - 1, Lexicon.TITLE)) {
      return false;
    }
    int kept =
        !aboutLanguages(tk, first, last)
            ? Lexicon.PLACE | Lexicon.FIRST
            : tk.wordIs(k, Lexicon.LANGUAGE) ? 0 : Lexicon.PLACE; // "fluent in Creole and English"
    return nationsOnly(tk, first, last, kept)
        || (!tk.wordIs(k, Lexicon.FIRST | Lexicon.LAST | Lexicon.PLACE)
            && !tk.wordIs(first, Lexicon.FIRST));
  }

  /**
   * Nations that are one city ("he lives in Singapore") or whose name many an American town has
   * ("near Lebanon, on a farm").
   */
  private static final WordList TOWNS_NAMED_AS_NATIONS =
      WordList.of("singapore", "monaco", "lebanon");

  /**
   * Whether a state or a region follows token {@code k - 1}, a comma between or not: "Lebanon, TN",
   * "Peru, New York"; not a country ("Poland, Germany").
   */
  private static boolean stateAfter(Tokens tk, int k) {
    int n = tk.isPunct(k, ',') ? k + 1 : k;
    return !tk.newlineBefore(n)
        && (tk.wordIs(n, Lexicon.STATE | Lexicon.STATE_NAME)
            || (n > k // "Peru, New York", "Denmark, South Carolina": a region after the comma
                && tk.is(n, Tokens.WORD)
                && !tk.lowerCase(n)
                && !tk.wordIs(n, Lexicon.COUNTRY)));
  }

  /** Whether tokens {@code [first, last)} are a state's name and nothing else. */
  private static boolean stateOnly(Tokens tk, int first, int last) {
    return tk.text.regionIsAny(tk.start[first], tk.end[last - 1], STATES);
  }

  private static final String[] STATES = {
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "georgia",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "rhode island",
    "south carolina",
    "south dakota",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "washington",
    "west virginia",
    "wisconsin",
    "wyoming"
  };

  /**
   * Whether every word of tokens {@code [first, last)} is a language, nationality or country and
   * none of word class {@code also}.
   */
  private static boolean nationsOnly(Tokens tk, int first, int last, int also) {
    boolean any = false;
    for (int k = first; k < last; k++) {
      if (tk.kind[k] == Tokens.WORD) {
        if (!tk.wordIs(k, Lexicon.LANGUAGE | Lexicon.COUNTRY) || tk.wordIs(k, also)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * Whether lower-case word {@code k} continues a compound joined by '-', '.', '/' or '_' to the
   * word or number before it ("open-in-view", "node-adams-0"): in a text whose capitals mean
   * something, a program's name for a thing, never the start of a person's name or a place.
   */
  private static boolean lowerCaseInsideACompound(Tokens tk, int k) {
    return tk.kind[k] == Tokens.WORD
        && tk.lowerCase(k)
        && tk.joined(k)
        && (tk.isPunct(k - 1, '-')
            || tk.isPunct(k - 1, '.')
            || tk.isPunct(k - 1, '/')
            || tk.isPunct(k - 1, '_'))
        && tk.joined(k - 1)
        && (tk.is(k - 2, Tokens.WORD) || tk.is(k - 2, Tokens.NUM) || tk.is(k - 2, Tokens.ALNUM));
  }

  /**
   * Whether word {@code k} is a program's: a key before '=' and its value ("len=212"), or a part of
   * a name joined by '_' in one case ("ip_address", "IN_PROGRESS") that is an ordinary word, or a
   * short one beside an ordinary word. Names in files' names ("10291_MWANGI_WANJIRU_INS") are not.
   */
  private static boolean programWord(Tokens tk, int k) {
    if (tk.kind[k] != Tokens.WORD) {
      return false;
    }
    int m = k; // the last word of the compound: "grace_period=30", "GRACE_PERIOD=30"
    while (tk.isPunct(m + 1, '_')
        && tk.joined(m + 1)
        && tk.joined(m + 2)
        && tk.is(m + 2, Tokens.WORD)) {
      m += 2;
    }
    if (tk.isPunct(m + 1, '=')
        && tk.joined(m + 1)
        && tk.joined(m + 2)
        && !tk.is(m + 2, Tokens.PUNCT)
        && (m == k || ordinaryWord(tk, m))) {
      return true; // a setting's key, not "ec_sheet_ambrose=1"
    }
    int before = tk.isPunct(k - 1, '_') && tk.joined(k) && tk.joined(k - 1) ? k - 2 : -1;
    int after = tk.isPunct(k + 1, '_') && tk.joined(k + 1) && tk.joined(k + 2) ? k + 2 : -1;
    return programPart(tk, k, before) || programPart(tk, k, after);
  }

  /**
   * Whether span [first, last) is a holiday's name: its words a holiday's, one at least its own.
   */
  private static boolean holiday(Tokens tk, int first, int last) {
    int before = first - 1;
    if (tk.equalsIgnoreCase(before, "s")
        && (tk.isPunct(before - 1, '\'') || tk.isPunct(before - 1, '\u2019'))) {
      before -= 2; // "New Year's Day": the holiday's own word before the span
    }
    boolean day = false;
    boolean own = tk.equalsAnyIgnoreCase(before, HOLIDAYS);
    boolean alone = false;
    for (int k = first; k < last; k++) {
      if (tk.equalsAnyIgnoreCase(k, HOLIDAYS_ALONE)) {
        alone = true;
      } else if (tk.equalsAnyIgnoreCase(k, HOLIDAYS)) {
        own = true;
      } else if (tk.equalsIgnoreCase(k, "day") || tk.equalsIgnoreCase(k, "eve")) {
        day = true;
      } else if (!(tk.kind[k] == Tokens.PUNCT || tk.equalsAnyIgnoreCase(k, HOLIDAY_PARTS))) {
        return false;
      }
    }
    return alone || (own && day); // "Columbus Day", not the town of Columbus
  }

  /** Holidays named by one word: "Thanksgiving", "Christmas". */
  private static final WordList HOLIDAYS_ALONE =
      WordList.of(
          "thanksgiving",
          "christmas",
          "xmas",
          "easter",
          "halloween",
          "juneteenth",
          "hanukkah",
          "kwanzaa",
          "ramadan",
          "diwali");

  /** Holidays' own words before "Day" or "Eve", some of them towns ("Columbus", "Independence"). */
  private static final WordList HOLIDAYS =
      WordList.of(
          "memorial",
          "labor",
          "labour",
          "independence",
          "veterans",
          "presidents",
          "valentine",
          "valentines",
          "mlk",
          "columbus",
          "mothers",
          "fathers",
          "year",
          "years");

  /** Words a holiday's name holds beside its own: "New", "Mother's". */
  private static final WordList HOLIDAY_PARTS = WordList.of("new", "s", "mother", "father");

  /**
   * Whether a word of span [first, last) is a program's ({@link #programWord}) or a car maker's ("a
   * black Toyota Sienna", "Silver Hyundai Elantra": a car, not a person or a town).
   */
  /**
   * Where a span starts once a car's make and its model are left out: "Jeep Cherokee Maria Lopez"
   * is Maria Lopez, "a black Toyota Sienna" no one.
   */
  private static int afterACar(Tokens tk, int first, int last) {
    for (int k = Math.max(first - 1, 0); k < last; k++) {
      if (tk.is(k, Tokens.WORD)
          && !tk.lowerCase(k)
          && tk.equalsAnyIgnoreCase(k, Recognizers.VEHICLE_MAKES)
          && !tk.wordIs(k, Lexicon.FIRST)) {
        // the words after the model are a name only when a list knows them ("Sport" is none)
        first = tk.wordIs(k + 2, Lexicon.FIRST | Lexicon.LAST) ? Math.max(first, k + 2) : last;
      }
    }
    return first;
  }

  /**
   * Whether {@code first} is a word's folder in a path written with backslashes
   * ("Users\x\Desktop"), not a file named after a person ("Visit Notes\Lopez, Ana.docx").
   */
  private static boolean pathFolder(Tokens tk, int first) {
    return tk.isPunct(first - 1, '\\')
        && tk.joined(first)
        && tk.wordIs(first, Lexicon.COMMON)
        && !tk.wordIs(first, Lexicon.FIRST | Lexicon.LAST);
  }

  /**
   * Where a span ends once a file's extension inside it is left out ("Lopez.pdf" is Lopez); at its
   * start when what is left is a letter or an ordinary word ("a.pdf").
   */
  private static int beforeAnExtension(Tokens tk, int first, int last) {
    for (int k = first + 1; k + 1 < last; k++) {
      if (extensionAt(tk, k)) {
        boolean word = k == first + 1 && (tk.length(first) <= 2 || ordinaryWord(tk, first));
        return word ? first : k;
      }
    }
    return last;
  }

  /**
   * Whether the span's words run into a file's name whose word is an ordinary one: "Scanned
   * CHECK_20250402.pdf", not "Scanned Karen Smith.pdf" nor a folder "Maria Lopez\\care.pdf".
   */
  private static boolean wordsBeforeAFile(Tokens tk, int first, int last) {
    if (last - first < 2 || !ordinaryWord(tk, last - 1)) {
      return false;
    }
    for (int k = last; k < tk.count && k < last + 8 && tk.joined(k); k++) {
      if (tk.isPunct(k, '\\') || tk.isPunct(k, '/')) {
        return false;
      }
      if (extensionAt(tk, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code k} is the dot of a file's extension ("careplan.pdf"). */
  private static boolean extensionAt(Tokens tk, int k) {
    return tk.isPunct(k, '.')
        && tk.joined(k)
        && tk.joined(k + 1)
        && tk.equalsAnyIgnoreCase(k + 1, FILE_EXTENSIONS)
        && !(tk.joined(k + 2) && (tk.is(k + 2, Tokens.WORD) || tk.is(k + 2, Tokens.NUM)));
  }

  static final WordList FILE_EXTENSIONS =
      WordList.of(
          "pdf", "doc", "docx", "xls", "xlsx", "csv", "txt", "jpg", "jpeg", "png", "gif", "tif",
          "tiff", "heic", "wav", "mp3", "mp4", "m4a", "zip", "json", "xml", "html", "rtf", "msg",
          "eml");

  /** Whether the span's words and numbers are one, three times or more ("Park Park Park"). */
  private static boolean oneWordRepeated(Tokens tk, int from, int to) {
    int same = 0;
    int first = -1;
    for (int k = from; k < to; k++) {
      if (tk.kind[k] == Tokens.PUNCT) {
        continue;
      }
      if (first < 0) {
        first = k;
      } else if (tk.length(k) != tk.length(first)) {
        return false;
      } else {
        for (int i = 0; i < tk.length(k); i++) {
          if (tk.text.charAt(tk.start[k] + i) != tk.text.charAt(tk.start[first] + i)) {
            return false;
          }
        }
      }
      same++;
    }
    return same >= 3;
  }

  /** Whether the span is "a.m" or "p.m" ("at 9 A.M."). */
  private static boolean meridiem(Tokens tk, int first, int last) {
    return last == first + 3
        && (tk.equalsIgnoreCase(first, "a") || tk.equalsIgnoreCase(first, "p"))
        && tk.isPunct(first + 1, '.')
        && tk.equalsIgnoreCase(first + 2, "m");
  }

  /**
   * Whether the name-list word at {@code k} is used as the ordinary word it also is: "will" as a
   * verb in a line of one case ("DAD WILL CONTINUE", "son will call"; not "SEND WILL A COPY"),
   * "grace" in a text about a grace period ("the policy is in grace"), a month after a word that
   * places a time in it ("late January", not "in June's room").
   */
  static boolean wordOfItsPhrase(Tokens tk, int k) {
    if (tk.equalsIgnoreCase(k, "will")) {
      return !tk.capitalizedOnly(k)
          && k > 0
          && tk.kind[k - 1] == Tokens.WORD
          && !tk.newlineBefore(k)
          && tk.wordIs(k + 1, Lexicon.COMMON)
          && !tk.wordIs(k + 1, Lexicon.FIRST | Lexicon.LAST)
          && !tk.newlineBefore(k + 1)
          && !tk.equalsAnyIgnoreCase(k + 1, NOT_AFTER_A_MODAL)
          && !inflected(tk, k + 1);
    }
    if (tk.equalsIgnoreCase(k, "grace")) {
      if (tk.capitalizedOnly(k)) {
        return tk.equalsIgnoreCase(k + 1, "period"); // "In Grace's absence", "Grace ends her shift"
      }
      return (tk.equalsAnyIgnoreCase(k - 1, BEFORE_GRACE)
              || (k > 0 && tk.kind[k - 1] == Tokens.NUM)
              || tk.equalsAnyIgnoreCase(k + 1, AFTER_GRACE))
          && gracePeriod(tk, k);
    }
    return tk.wordIs(k, Lexicon.MONTH)
        && tk.equalsAnyIgnoreCase(k - 1, TIME_OF_A_MONTH)
        && !((tk.isPunct(k + 1, '\'') || tk.isPunct(k + 1, '\u2019')) && tk.joined(k + 1));
  }

  /**
   * Whether the text speaks of a grace period ("grace period"), as insurers' notices do, within
   * {@link #GRACE_WINDOW} tokens of token {@code k}: a bounded look, so that a text of many "grace"
   * stays linear.
   */
  private static boolean gracePeriod(Tokens tk, int k) {
    int to = Math.min(tk.count, k + GRACE_WINDOW);
    for (int g = Math.max(0, k - GRACE_WINDOW); g + 1 < to; g++) {
      if (tk.equalsIgnoreCase(g, "grace") && tk.equalsIgnoreCase(g + 1, "period")) {
        return true;
      }
    }
    return false;
  }

  private static final int GRACE_WINDOW = 400;

  /**
   * "will called off", "SON WILL STATES": a verb in the past or in the present's third person after
   * it makes "will" a name; "will discuss", "will focus" are the verb's own forms.
   */
  private static boolean inflected(Tokens tk, int k) {
    int e = tk.end[k];
    if (tk.length(k) <= 3) {
      return false;
    }
    char last = WordTable.lower(tk.text.charAt(e - 1));
    char before = WordTable.lower(tk.text.charAt(e - 2));
    return (last == 'd' && before == 'e')
        || (last == 's' && before != 's' && before != 'u' && before != 'i');
  }

  /** Words after "will" that are no verb it takes: "will said", "will was here". */
  private static final WordList NOT_AFTER_A_MODAL =
      WordList.of(
          "was", "is", "has", "had", "said", "came", "went", "did", "got", "took", "left", "told",
          "brought", "ate", "saw", "drove", "wrote", "spoke", "gave", "and", "or", "too", "also");

  private static final WordList BEFORE_GRACE = WordList.of("in", "the", "of", "its", "party");

  private static final WordList AFTER_GRACE =
      WordList.of("period", "notice", "ends", "ended", "days", "expires", "expired");

  /** Words that place a time in the month after them: "late January", "mid-March". */
  private static final WordList TIME_OF_A_MONTH =
      WordList.of("late", "early", "mid", "through", "until", "since", "in");

  /**
   * Whether a name span from {@code first} to {@code last} opens with "W" for "with" in a line
   * typed in capitals: one letter, no full stop, after a word or a number of the same line that no
   * title, role or "by" is ("SCHED 12/11 W ADEBAYO", not "SEEN BY W SMITH").
   */
  private static boolean withBeforeAName(Tokens tk, int first, int last, Scratch s) {
    return last - first >= 2
        && tk.equalsIgnoreCase(first, "w")
        && !tk.joined(first + 1)
        && first > 0
        && !tk.newlineBefore(first)
        && s.lineCase[first] == ContextFeatures.CASE_CAPS
        && (tk.is(first - 1, Tokens.NUM) || tk.is(first - 1, Tokens.WORD))
        && !tk.wordIs(first - 1, Lexicon.TITLE | Lexicon.ROLE)
        && !tk.equalsAnyIgnoreCase(first - 1, BEFORE_AN_INITIAL);
  }

  private static final WordList BEFORE_AN_INITIAL = WordList.of("by", "per", "from", "cc", "to");

  /** Whether a name span is one month after an ordinal and "of": "the ninth of June". */
  private static boolean monthOfADay(Tokens tk, int first, int last) {
    return last == first + 1
        && tk.wordIs(first, Lexicon.MONTH)
        && tk.equalsIgnoreCase(first - 1, "of")
        && tk.wordIs(first - 2, Lexicon.ORDINAL_WORD);
  }

  /**
   * Whether the one word at {@code t}, found as a name, is none by the words beside it: a word said
   * twice ("Done and done."), an abbreviation after "the" in a text not in capitals ("the ER wants
   * our med rec"), a saint's name a hospital or church is named for ("to Saint Agnes").
   */
  private static boolean oneWordNoName(Tokens tk, int t, Scratch s) {
    if ((tk.equalsAnyIgnoreCase(t, ASSENTS) || tk.equalsAnyIgnoreCase(t, PREPOSITIONS_LISTED))
        && !tk.wordIs(t - 1, Lexicon.TITLE)) {
      return true; // "is mr santangelo ok?", "MOVED BY GRANDSON DURING CLEANING"
    }
    if (tk.lowerCase(t)
        && (tk.equalsAnyIgnoreCase(t, FUNCTION_WORDS)
            || (tk.equalsAnyIgnoreCase(t - 1, ARTICLES)
                && (tk.word[t] & Lexicon.COMMON) != 0
                && tk.is(t + 1, Tokens.WORD)
                && tk.lowerCase(t + 1)
                && !tk.equalsAnyIgnoreCase(t + 1, HOUSEHOLDS)))) {
      return true; // "her phone as five five five", "also the bird has a vet appt"
    }
    if (tk.equalsIgnoreCase(t + 1, "and")
        && t + 2 < tk.count
        && sameWord(tk, t, t + 2)
        && (tk.lowerCase(t + 2) || (tk.word[t] & Lexicon.COMMON) != 0)) {
      return true;
    }
    if (tk.equalsIgnoreCase(t - 1, "the")
        && s.lineCase[t] == ContextFeatures.CASE_MIXED
        && tk.length(t) <= 3
        && (tk.flags[t] & Tokens.ALL_CAPS) != 0) {
      return true;
    }
    if (tk.equalsIgnoreCase(t - 1, "saint") && (tk.flags[t - 1] & Tokens.CAPITALIZED) != 0) {
      return true;
    }
    if (tk.wordIs(t, Lexicon.ORDINAL_WORD)
        || (tk.lowerCase(t)
            && tk.equalsIgnoreCase(t - 1, "how")
            && (tk.word[t] & Lexicon.COMMON) != 0)
        || (tk.lowerCase(t)
            && tk.equalsAnyIgnoreCase(t, SURNAMES_OF_DEGREE)
            && (tk.equalsAnyIgnoreCase(t - 1, DEGREE_WORDS)
                || tk.equalsIgnoreCase(t + 1, "as")
                || tk.equalsIgnoreCase(t - 1, "ran")))) {
      return true; // "Corner of Alder and Ninth": a numbered street; "how long", "as long as"
    }
    int st = tk.isPunct(t - 1, '.') ? t - 2 : t - 1; // "rose (st bridget emhc)", "St. Casimir"
    return tk.equalsIgnoreCase(st, "st")
        && (tk.flags[st] & Tokens.ALL_CAPS) == 0 // "ST BRIANNA 1400": speech therapy
        && (st == 0
            || tk.kind[st - 1] == Tokens.PUNCT
            || tk.equalsAnyIgnoreCase(st - 1, BEFORE_A_SAINT)); // not "maple st laura is"
  }

  /**
   * Whether capitalized token {@code k} names a building or a supplier after a place: "the Palo
   * Verde Apartments", "the Bayview Inn", "Sierra Foothills Oxygen".
   */
  private static boolean buildingNamed(Tokens tk, int k) {
    return k < tk.count
        && (tk.flags[k] & Tokens.CAPITALIZED) != 0
        && (tk.flags[k] & Tokens.NEWLINE_BEFORE) == 0
        && tk.equalsAnyIgnoreCase(k, BUILDINGS)
        && !tk.is(k + 1, Tokens.NUM);
  }

  /**
   * Whether capitalized token {@code k} goes on to name a school after a person or place: "Lincoln
   * Park Elementary", "Hawthorne Middle School", "EASTLAKE HIGH SCHOOL". "School" or "Academy"
   * alone does not: "GRANDSON TYLER SCHOOL BUS", "Maria Lopez Academy graduate".
   */
  private static boolean schoolNamed(Tokens tk, int k) {
    if (k >= tk.count || tk.lowerCase(k) || (tk.flags[k] & Tokens.NEWLINE_BEFORE) != 0) {
      return false;
    }
    if (tk.equalsIgnoreCase(k, "elementary") || tk.equalsIgnoreCase(k, "elem")) {
      return !tk.isPunct(k + 1, ':'); // not "School: Roosevelt", a form's field after a name
    }
    return (tk.equalsIgnoreCase(k, "middle") || tk.equalsIgnoreCase(k, "high"))
        && tk.equalsIgnoreCase(k + 1, "school")
        && !tk.lowerCase(k + 1)
        && !tk.isPunct(k + 2, ':');
  }

  /** Whether token {@code k} is a school's word after a place's name: "Fairview Academy". */
  private static boolean schoolOfAPlace(Tokens tk, int k) {
    return k < tk.count
        && (tk.flags[k] & Tokens.CAPITALIZED) != 0
        && (tk.flags[k] & Tokens.NEWLINE_BEFORE) == 0
        && tk.equalsAnyIgnoreCase(k, SCHOOLS)
        && !tk.isPunct(k + 1, ':');
  }

  private static final WordList SCHOOLS = WordList.of("school", "academy", "preschool");

  /**
   * Whether token {@code k} goes on to describe a device's model after its name: a number ("Ruby
   * 1", "Omnia 9"), a model code, or a kind of device ("Marvel batteries", "Mia mask").
   */
  private static boolean modelAfter(Tokens tk, int k) {
    return k < tk.count
        && !tk.newlineBefore(k)
        && (tk.kind[k] == Tokens.NUM
            || tk.kind[k] == Tokens.ALNUM
            || tk.equalsAnyIgnoreCase(k, DEVICE_KINDS));
  }

  private static final WordList DEVICE_KINDS =
      WordList.of(
          "aid",
          "aids",
          "bte",
          "ric",
          "cic",
          "itc",
          "ite",
          "mask",
          "machine",
          "cuff",
          "battery",
          "batteries",
          "sensor",
          "pump",
          "charger",
          "hearing",
          "cpap",
          "bipap",
          "concentrator");

  /** Makers of hearing aids and home medical devices, whose models read as names. */
  private static final WordList MAKERS =
      WordList.of(
          "oticon",
          "resound",
          "starkey",
          "phonak",
          "signia",
          "widex",
          "unitron",
          "omron",
          "dexcom",
          "medtronic",
          "resmed",
          "inogen",
          "invacare",
          "omnipod",
          "respironics");

  private static final WordList BUILDINGS =
      WordList.of("apartments", "apts", "inn", "hotel", "motel", "oxygen");

  /** Whether every word of [first, last) is a number's: "ext. four forty" is no town. */
  private static boolean numberWords(Tokens tk, int first, int last) {
    for (int k = first; k < last; k++) {
      if (tk.kind[k] == Tokens.WORD && !tk.wordIs(k, Lexicon.NUMBER_WORD)) {
        return false;
      }
    }
    return true;
  }

  /** Surnames that are words of measure: "as long as", "so young", "too little". */
  private static final WordList SURNAMES_OF_DEGREE =
      WordList.of("long", "young", "little", "short", "strong", "sharp", "swift", "wise", "rich");

  /** Words of degree before an adjective: "so long", "too young", "very little". */
  private static final WordList DEGREE_WORDS =
      WordList.of("as", "so", "too", "very", "how", "that", "this");

  /**
   * Clergy's titles, which some people bear as surnames ("Ahmed Imam"): before a name they are the
   * title, not the name's first word ("Is this Imam Saleh?").
   */
  private static final WordList CLERGY =
      WordList.of("reverend", "pastor", "imam", "rabbi", "deacon", "cantor", "swami");

  /** Words before a church named after its saint: "nurse for St. Casimir", "at st anne's". */
  private static final WordList BEFORE_A_SAINT =
      WordList.of("for", "at", "from", "of", "to", "the", "in", "with", "on", "and");

  /** Words that name a congregation by what follows them: "Temple Beth Shalom", "Masjid Noor". */
  static final WordList CONGREGATIONS =
      WordList.of(
          "temple",
          "congregation",
          "masjid",
          "synagogue",
          "shul",
          "mandir",
          "gurdwara",
          "chua",
          "wat",
          "parish",
          "cathedral",
          "chapel");

  /** Words that ask or agree, never the last word of a name: "is mr santangelo ok?". */
  private static final WordList ASSENTS =
      WordList.of("ok", "okay", "yes", "yeah", "yep", "thanks", "pls", "lol");

  /** Prepositions that a list of surnames also holds, no one's name alone in any case. */
  private static final WordList PREPOSITIONS_LISTED = WordList.of("during", "with", "from");

  /** Short words of grammar that are no one's name in lower case, whatever a list of names says. */
  private static final WordList FUNCTION_WORDS =
      WordList.of("as", "at", "by", "if", "or", "so", "to", "up", "us", "of", "on", "is", "it");

  /**
   * The articles: a word in lower case after one and before another word is a thing ("the bird
   * has"), no one's name, unless that word says whose household it is ("the marsh case").
   */
  private static final WordList ARTICLES = WordList.of("the", "a");

  /** What a family's surname after "the" names: "the marsh case", "the young house". */
  private static final WordList HOUSEHOLDS =
      WordList.of(
          "case",
          "house",
          "home",
          "lady",
          "man",
          "family",
          "place",
          "residence",
          "couple",
          "kids",
          "account",
          "file",
          "visit",
          "visits",
          "shift",
          "apartment",
          "apt",
          "farm",
          "girls",
          "boys",
          "clan",
          "side");

  /** Whether a name span is a spelling of two letters ("Okay, O-K"): no name is spelled so. */
  private static boolean shortSpelling(Tokens tk, int first, int last) {
    return last == first + 3
        && tk.length(first) == 1
        && tk.isPunct(first + 1, '-')
        && tk.joined(first + 1)
        && tk.length(first + 2) == 1
        && tk.joined(first + 2)
        && !(tk.isPunct(first - 1, '-') && tk.joined(first));
  }

  /**
   * The first letter of the spelling whose later letters a name span opens with ("Y-O-U-N-G" found
   * as "O-U-N-G"), or {@code first}: a name is spelled from its first letter.
   */
  private static int spellingStart(Tokens tk, int first) {
    int k = first;
    while (tk.length(k) == 1
        && tk.isPunct(k - 1, '-')
        && tk.joined(k)
        && tk.joined(k - 1)
        && tk.is(k - 2, Tokens.WORD)
        && tk.length(k - 2) == 1
        && first - k < 40) {
      k -= 2;
    }
    return k;
  }

  /** Whether ordinal word {@code k} follows a tens word and a hyphen: "twenty-eighth". */
  private static boolean tensBeforeAnOrdinal(Tokens tk, int k) {
    return tk.wordIs(k, Lexicon.ORDINAL_WORD)
        && tk.isPunct(k - 1, '-')
        && tk.joined(k - 1)
        && tk.joined(k)
        && (tk.equalsIgnoreCase(k - 2, "twenty") || tk.equalsIgnoreCase(k - 2, "thirty"));
  }

  /** Whether the word at {@code k} is a month before a day in words ("june first"). */
  private static boolean monthAndOrdinal(Tokens tk, int k) {
    int d = tk.equalsIgnoreCase(k + 1, "the") ? k + 2 : k + 1;
    return tk.wordIs(k, Lexicon.MONTH) && tk.wordIs(d, Lexicon.ORDINAL_WORD);
  }

  /**
   * Whether a name found from token {@code first}, a capitalized given name, is the given name of
   * "Last, First" written after a label or at a line's start ("To: Pierce, Ruth Ann", "EMERGENCY
   * CONTACT — Browning, Estelle"): the word before its comma is then a listed surname even when it
   * is also an ordinary word, which the model alone leaves out.
   */
  private static boolean surnameBeforeComma(Tokens tk, int first) {
    int k = first - 2;
    return k >= 0
        && tk.isPunct(first - 1, ',')
        && tk.joined(first - 1)
        && !tk.joined(first)
        && tk.is(k, Tokens.WORD)
        && Character.isUpperCase(tk.text.charAt(tk.start[k]))
        && Character.isUpperCase(tk.text.charAt(tk.start[first]))
        && tk.wordIs(first, Lexicon.FIRST)
        && tk.wordIs(k, Lexicon.LAST)
        && !tk.wordIs(
            k, Lexicon.STOP | Lexicon.ROLE | Lexicon.TITLE | Lexicon.MONTH | Lexicon.WEEKDAY)
        && !tk.equalsAnyIgnoreCase(k, ANSWER_WORDS) // "Well, Sandra called": no "Last, First"
        && (k == 0
            || tk.newlineBefore(k)
            || tk.isPunct(k - 1, ':')
            || ((tk.isPunct(k - 1, '-') || tk.isPunct(k - 1, '\u2014')) && !tk.joined(k)));
  }

  /**
   * Whether the comma at {@code k} separates two people in a name span that opens with a given name
   * and a surname ("Darnell Fitzgerald, Lorraine's son"): only a surname comes before the comma of
   * "Last, First".
   */
  private static boolean listComma(Tokens tk, int first, int k, int label) {
    return label == B_NAME
        && tk.isPunct(k, ',')
        && k - first >= 2
        && tk.is(k - 1, Tokens.WORD)
        && tk.wordIs(first, Lexicon.FIRST)
        && !tk.wordIs(first, Lexicon.PARTICLE)
        && Character.isUpperCase(tk.text.charAt(tk.start[first]))
        && !tk.isPunct(first + 1, '.');
  }

  /**
   * Whether token {@code k} is a plus with a space each side: "Young + Sorensen", not "lou+ann".
   */
  private static boolean spacedPlus(Tokens tk, int k) {
    return tk.isPunct(k, '+') && !tk.joined(k) && !tk.joined(k + 1);
  }

  /** Whether the comma at {@code k} comes before a pronoun's contraction: ", we're". */
  private static boolean pronounAfterComma(Tokens tk, int k) {
    return tk.isPunct(k, ',') && tk.equalsAnyIgnoreCase(k + 1, CONTRACTED_PRONOUNS);
  }

  private static final WordList CONTRACTED_PRONOUNS =
      WordList.of(
          "we're", "we'll", "we've", "we'd", "you're", "you'll", "you've", "they're", "they'll",
          "i'm", "i'll", "i've", "i'd", "he's", "she's", "it's", "that's", "there's");

  /**
   * Whether token {@code k} is a period that ends a sentence after a lower-case word of three
   * letters or more that is no title ("mbird. Lidia"), not an initial's ("J. Okafor").
   */
  private static boolean sentenceEnd(Tokens tk, int k) {
    if (!tk.isPunct(k, '.') || !tk.joined(k) || tk.joined(k + 1) || !tk.is(k - 1, Tokens.WORD)) {
      return false;
    }
    if (tk.equalsIgnoreCase(k - 1, "m")
        && tk.isPunct(k - 2, '.')
        && (tk.equalsIgnoreCase(k - 3, "a") || tk.equalsIgnoreCase(k - 3, "p"))) {
      return true; // "at 10 a.m. Rosa Diaz signed"
    }
    if (tk.length(k - 1) >= 4
        && tk.wordIs(k - 1, Lexicon.FIRST | Lexicon.LAST)
        && !tk.wordIs(k - 1, Lexicon.TITLE | Lexicon.ROLE)
        && !tk.equalsAnyIgnoreCase(k - 1, GIVEN_NAME_ABBREVIATIONS)
        && tk.is(k + 1, Tokens.WORD)
        && !tk.lowerCase(k + 1)) {
      return true; // "Beatriz Cardenas Ruiz. Cardenas with no accent": a full name, then a part
    }
    return tk.lowerCase(k - 1) && tk.length(k - 1) >= 3 && !tk.wordIs(k - 1, Lexicon.TITLE);
  }

  /** Given names as old records shorten them, with a stop: "Thos. Brennan", "Wm. Ortiz". */
  private static final WordList GIVEN_NAME_ABBREVIATIONS =
      WordList.of("robt", "thos", "chas", "benj", "saml", "richd", "jas", "geo", "wm", "edw");

  private static boolean anyProgramWordOrMake(Tokens tk, int first, int last) {
    for (int k = first; k < last; k++) {
      if (programWord(tk, k)
          || (!tk.lowerCase(k) && tk.equalsAnyIgnoreCase(k, Recognizers.VEHICLE_MAKES))) {
        return true;
      }
    }
    return false;
  }

  private static boolean programPart(Tokens tk, int k, int other) {
    if (other < 0 || tk.kind[other] != Tokens.WORD || !sameCase(tk, k, other)) {
      return false;
    }
    return ordinaryWord(tk, k) || (tk.length(k) <= 3 && ordinaryWord(tk, other));
  }

  private static boolean ordinaryWord(Tokens tk, int k) {
    return tk.wordIs(k, Lexicon.COMMON | Lexicon.STOP)
        && !tk.wordIs(k, Lexicon.FIRST | Lexicon.LAST);
  }

  /** Whether words {@code a} and {@code b} are both in lower case or both in capitals. */
  private static boolean sameCase(Tokens tk, int a, int b) {
    boolean capsA = (tk.flags[a] & Tokens.ALL_CAPS) != 0;
    boolean capsB = (tk.flags[b] & Tokens.ALL_CAPS) != 0;
    return (capsA && capsB) || (tk.lowerCase(a) && tk.lowerCase(b));
  }

  /**
   * Whether word {@code k} has a capital after three lower-case letters or more, as brands are
   * written ("LifeLink") and names almost never ("McNeil", "DeShawn", "MacKenzie"; "FitzGerald"
   * excepted).
   */
  private static boolean brandCase(Tokens tk, int k) {
    if (tk.kind[k] != Tokens.WORD) {
      return false;
    }
    int a = tk.start[k];
    int lower = 0;
    for (int i = a; i < tk.end[k]; i++) {
      char c = tk.text.charAt(i);
      if (Character.isLowerCase(c)) {
        lower++;
      } else if (Character.isUpperCase(c) && lower >= 3) {
        // "MaryBeth", "RoseMary", "VandenBerg", "DelaRosa": a given name or a particle first
        return i - lower == a + 1
            && (Lexicon.get().word(tk.text.chars, a, i) & (Lexicon.FIRST | Lexicon.PARTICLE)) == 0
            && !tk.text.regionIsAny(a, i, NAME_PREFIXES);
      } else {
        lower = 0;
      }
    }
    return false;
  }

  private static final String[] NAME_PREFIXES = {
    "fitz", "vanden", "vander", "dela", "della", "delos", "delas", "mac", "saint"
  };

  /** Whether capitalized word {@code k}, right after a span, names a kind of business. */
  private static boolean businessNamed(Tokens tk, int k) {
    return k < tk.count
        && (tk.flags[k] & Tokens.CAPITALIZED) != 0
        && (tk.flags[k] & Tokens.NEWLINE_BEFORE) == 0
        && tk.start[k] == tk.end[k - 1] + 1
        && tk.equalsAnyIgnoreCase(k, BUSINESSES)
        && !(tk.joined(k + 1) && (tk.isPunct(k + 1, '=') || tk.isPunct(k + 1, ':'))); // "DRUG="
  }

  /** A letter's or a payment's words before whom it goes to: "paid out to Hollis & Sons". */
  private static final WordList ADDRESSED = WordList.of("to", "from", "cc", "attn");

  /** The kin a firm is named with: "Marino & Sons", "Diaz and Brothers". */
  private static final WordList KIN_IN_FIRMS = WordList.of("sons", "brothers", "bros", "daughters");

  /** Verbs of speaking to a person: "Spoke with Betty Clark", "called Tom Reed". */
  private static final WordList CONTACT_VERBS =
      WordList.of(
          "spoke",
          "talked",
          "called",
          "visited",
          "notified",
          "informed",
          "met",
          "saw",
          "paged",
          "texted",
          "emailed");

  /** What a record's label says after "medical": "MEDICAL RECORD NO", no supplier's name. */
  private static final WordList RECORDS = WordList.of("record", "records", "rec");

  /** Enough firms' words for one text. */
  private static final int MAX_FIRM_WORDS = 8;

  /**
   * The words of the firms a text names ("Voltline Electric", "Arc Angel Electric", "Kessler
   * Plumbing", "Brown Home Health", "Marino & Sons Roofing"): the capitalized words, two at most,
   * right before a kind of business or an agency's "Home Care"; their hashes.
   */
  private static int[] firmWords(Tokens tk) {
    int[] words = new int[MAX_FIRM_WORDS];
    int n = 0;
    for (int k = 1; k < tk.count && n < MAX_FIRM_WORDS; k++) {
      boolean agency = homeCareAfter(tk, k) && (tk.flags[k] & Tokens.CAPITALIZED) != 0;
      if (!(businessNamed(tk, k) || agency)
          || tk.equalsIgnoreCase(k, "rx")
          || (tk.equalsIgnoreCase(k, "medical") && tk.equalsAnyIgnoreCase(k + 1, RECORDS))) {
        continue; // not "BIRD, ARNOLD RX# 6033710", "HAROLD BROWN MEDICAL RECORD NO": a label
      }
      int last = k - 1;
      if (tk.equalsAnyIgnoreCase(last, KIN_IN_FIRMS)
          && (tk.isPunct(last - 1, '&') || tk.equalsIgnoreCase(last - 1, "and"))) {
        last -= 2; // "Marino & Sons Roofing"
      }
      for (int j = last; j >= Math.max(0, last - 1) && n < MAX_FIRM_WORDS; j--) {
        if (tk.kind[j] != Tokens.WORD
            || (tk.flags[j] & Tokens.CAPITALIZED) == 0
            || tk.wordIs(j, Lexicon.TITLE | Lexicon.ROLE | Lexicon.STOP)
            || (j < last && tk.start[j + 1] != tk.end[j] + 1)) {
          break;
        }
        words[n++] = tk.hash[j];
        if (tk.newlineBefore(j)) {
          break;
        }
      }
    }
    return n == MAX_FIRM_WORDS ? words : java.util.Arrays.copyOf(words, n);
  }

  /**
   * Where name span [first, last) ends once the words a firm's name holds are cut from its end:
   * "Denise, Voltline" after "Voltline Electric" is Denise of the firm; {@code first} when the span
   * is the firm's words alone, with no title or role before it to say a person bears them.
   */
  private static int beforeAFirm(Tokens tk, int first, int last, int[] firms) {
    int end = last;
    while (end > first && (firmWord(tk, end - 1, firms) || tk.isPunct(end - 1, ','))) {
      end--;
    }
    if (end == last) {
      return last;
    }
    if (end == first) {
      int verb = tk.equalsIgnoreCase(first - 1, "with") ? first - 2 : first - 1;
      return tk.wordIs(first - 1, Lexicon.TITLE | Lexicon.ROLE)
              || tk.equalsAnyIgnoreCase(verb, CONTACT_VERBS)
              || (tk.isPunct(first - 1, ':') && tk.equalsIgnoreCase(first - 2, "name"))
          ? last
          : first; // "Spoke with Betty Clark", "NAME: HAROLD BROWN": a person, named as such
    }
    return tk.isPunct(end, ',') ? end : last; // "Denise, Voltline", not "Arc Angel"'s "Arc"
  }

  private static boolean firmWord(Tokens tk, int k, int[] firms) {
    if (tk.kind[k] != Tokens.WORD) {
      return false;
    }
    for (int h : firms) {
      if (h == tk.hash[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code [first, last)} name no place: numbers said ("forty nine", "four point"),
   * or one word that is a direction or a center alone ("South" in a table, "IN-CENTER").
   */
  private static boolean noPlace(Tokens tk, int first, int last) {
    if (last == first + 1 && tk.equalsAnyIgnoreCase(first, NO_PLACES)) {
      return true;
    }
    if ((tk.equalsIgnoreCase(first, "saint") || tk.equalsIgnoreCase(first, "st"))
        && (tk.isPunct(last, '\'') || tk.isPunct(last, '\u2019'))
        && tk.joined(last)
        && tk.equalsIgnoreCase(last + 1, "s")
        && !(tk.isPunct(last + 2, ',') && !tk.lowerCase(last + 3))) { // "St. John's, Newfoundland"
      return true; // "home from Saint Vincent's": a hospital or a parish named after its saint
    }
    if ((tk.equalsIgnoreCase(last, "on")
            && (tk.isPunct(last + 1, '-')
                ? tk.equalsIgnoreCase(last + 2, "call")
                : tk.equalsIgnoreCase(last + 1, "call")))
        || tk.equalsIgnoreCase(last, "oncall")
        || (tk.isPunct(last, ',')
            && tk.equalsAnyIgnoreCase(last + 1, ROOMS)
            && (tk.is(last + 2, Tokens.NUM) || tk.is(last + 2, Tokens.ALNUM)))) {
      return true; // "Clearwater on-call RN": a team; "SNF (Pine Ridge, rm 214B)": a building
    }
    if (tk.wordIs(last, Lexicon.STREET_SUFFIX)
        && !tk.wordIs(last, Lexicon.STATE) // "Bethel CT": Connecticut, no court
        && !tk.lowerCase(last)
        && !tk.newlineBefore(last)
        && !tk.equalsIgnoreCase(last, "st")) {
      return true; // "her street, Delmont Terrace": a street's name, no town
    }
    for (int k = first; k < last; k++) {
      if (!tk.wordIs(k, Lexicon.NUMBER_WORD)
          && !tk.equalsIgnoreCase(k, "point")
          && !tk.isPunct(k, '-')) {
        return false;
      }
    }
    return true;
  }

  private static final WordList NO_PLACES =
      WordList.of("center", "centre", "south", "north", "east", "west", "downtown", "uptown");

  /** A room after a comma: the name before it is a building's ("SNF (Pine Ridge, rm 214B)"). */
  private static final WordList ROOMS = WordList.of("rm", "room", "unit", "bed");

  /** Whether "home care" or "home health" follows token {@code k - 1}: an agency's name. */
  static boolean homeCareAfter(Tokens tk, int k) {
    return tk.equalsIgnoreCase(k, "home")
        && !tk.newlineBefore(k)
        && (tk.equalsIgnoreCase(k + 1, "care")
            || tk.equalsIgnoreCase(k + 1, "health")
            || tk.equalsIgnoreCase(k + 1, "healthcare"));
  }

  /**
   * Whether {@code [first, last)} is one word, alone or with its possessive and a stop after it
   * ("from st brigid's. i was": not a middle initial "s.").
   */
  private static boolean oneWordAndPossessive(Tokens tk, int first, int last) {
    if (last == first + 1) {
      return true;
    }
    int k = first + 1;
    boolean possessive =
        (tk.isPunct(k, '\'') || tk.isPunct(k, '\u2019'))
            && tk.joined(k)
            && tk.equalsIgnoreCase(k + 1, "s")
            && tk.joined(k + 1);
    return possessive && (last == k + 2 || (last == k + 3 && tk.isPunct(k + 2, '.')));
  }

  /** Whether "'s" and a kind of business follow token {@code k - 1} ("Kim's Pharmacy"). */
  private static boolean businessAfter(Tokens tk, int k) {
    if (!(tk.isPunct(k, '\'') || tk.isPunct(k, '\u2019'))
        || !tk.joined(k)
        || !tk.equalsIgnoreCase(k + 1, "s")
        || !tk.joined(k + 1)) {
      return false;
    }
    return tk.equalsAnyIgnoreCase(k + 2, BUSINESSES);
  }

  /**
   * Whether name span [first, last) names a firm: a company suffix in it or after it ("Lupu Therapy
   * LLC"), after "& Partner" ("Hale & Osei LLC", "Ojukwu & Lamb, P.A."), or "Law" ending it after a
   * word that is no given name ("Whitlock Injury Law") or opening "Law Group" after it.
   */
  static boolean firm(Tokens tk, int first, int last) {
    if (tk.isPunct(first - 1, ',') && professional(tk, first)) {
      return true; // "Ojukwu & Lamb, P.A.": the association's letters
    }
    int of = tk.isPunct(first - 1, '.') && tk.length(first - 2) == 1 ? first - 3 : first - 1;
    if (tk.equalsIgnoreCase(of, "of")
        && tk.equalsAnyIgnoreCase(of - 1, LAW_FIRMS)
        && tk.equalsIgnoreCase(of - 2, "law")) {
      return true; // "LAW OFFICE OF H. FAIRCLOTH": the lawyer's firm, as its letterhead says
    }
    if (lawFirmAfter(tk, last)
        || (businessNamed(tk, last) && tk.equalsAnyIgnoreCase(last, TRADES))) {
      return true; // "Ashcroft Willis Elder & Estate Law", "Plunkett Paving": the firm's name
    }
    boolean afterPartner = tk.isPunct(first - 1, '&') && tk.isPunct(first + 1, ',');
    for (int k = first; k < last; k++) {
      if (tk.equalsAnyIgnoreCase(k, COMPANY_SUFFIXES)
          || (afterPartner && k == first + 2 && professional(tk, k))) {
        return true;
      }
    }
    int k = last;
    if ((tk.isPunct(k, '&') || tk.equalsIgnoreCase(k, "and"))
        && tk.equalsAnyIgnoreCase(k + 1, KIN_IN_FIRMS)
        && !tk.lowerCase(k + 1)
        && !(tk.wordIs(first - 1, Lexicon.ROLE | Lexicon.TITLE) // "Client Robert Greene and Sons"
            && !tk.equalsAnyIgnoreCase(first - 1, ADDRESSED))
        && !tk.wordIs(k + 2, Lexicon.FIRST)) { // not "WIFE JOYCE KING AND SONS MARCUS & DEV"
      return true; // "the funeral home, Kessler and Daughters": a family's firm
    }
    if (last == first + 1
        && tk.isPunct(k, '&')
        && k + 1 < tk.count
        && tk.kind[k + 1] == Tokens.WORD
        && tk.isPunct(k + 2, ',')
        && professional(tk, k + 3)) {
      return true; // "Ojukwu & Lamb, P.A."
    }
    if (tk.isPunct(k, '&') && k + 1 < tk.count && tk.kind[k + 1] == Tokens.WORD) {
      k += 2; // "Hale & Osei LLC"
    }
    int words = 0;
    while (words < 2
        && k < tk.count
        && tk.kind[k] == Tokens.WORD
        && !tk.lowerCase(k)
        && !tk.equalsAnyIgnoreCase(k, COMPANY_SUFFIXES)) {
      k++; // "Lupu Therapy LLC", "Whitlock Injury Law": a word or two of the firm's name
      words++;
    }
    if (words == 2 && tk.equalsIgnoreCase(k - 1, "law") && !tk.wordIs(k - 2, Lexicon.FIRST)) {
      return true;
    }
    if (tk.isPunct(k, ',')) {
      k++;
    }
    if (tk.equalsAnyIgnoreCase(k, COMPANY_SUFFIXES)) {
      return true;
    }
    return (last - first >= 2
            && tk.equalsIgnoreCase(last - 1, "law")
            && !tk.wordIs(last - 2, Lexicon.FIRST))
        || (tk.equalsIgnoreCase(last, "law") && tk.equalsAnyIgnoreCase(last + 1, LAW_FIRMS));
  }

  private static final WordList COMPANY_SUFFIXES =
      WordList.of("llc", "llp", "pllc", "inc", "ltd", "corp");

  /**
   * Whether token {@code k} opens "P.A." or "P.C." (or "PA", "PC"), which after two partners' names
   * is a professional association, not a job title.
   */
  private static boolean professional(Tokens tk, int k) {
    return tk.equalsAnyIgnoreCase(k, PROFESSIONAL_SUFFIXES)
        || (tk.equalsIgnoreCase(k, "p")
            && tk.isPunct(k + 1, '.')
            && tk.joined(k + 1)
            && tk.joined(k + 2)
            && tk.equalsAnyIgnoreCase(k + 2, ASSOCIATION));
  }

  private static final WordList PROFESSIONAL_SUFFIXES = WordList.of("pa", "pc");

  private static final WordList ASSOCIATION = WordList.of("a", "c");

  private static final WordList LAW_FIRMS = WordList.of("group", "firm", "office", "offices");

  /**
   * Tradesmen's firms, named after their owners: "Plunkett Paving", "Kessler Plumbing". Other kinds
   * of business follow a person's name too often to say so ("HAROLD BROWN MEDICAL RECORD NO",
   * "Betty Clark Pharmacy tech").
   */
  private static final WordList TRADES =
      WordList.of(
          "paving",
          "construction",
          "contracting",
          "masonry",
          "remodeling",
          "plumbing",
          "roofing",
          "landscaping",
          "locksmith",
          "movers",
          "realty",
          "electric",
          "electrical",
          "heating",
          "hvac");

  /**
   * Whether the capitalized words and ampersands from {@code k}, five tokens at most and an
   * ampersand among them, end in "Law" after a word that is no given name: a law firm's name.
   */
  private static boolean lawFirmAfter(Tokens tk, int k) {
    boolean ampersand = false;
    for (int end = k + 5; k < end && k < tk.count && !tk.newlineBefore(k); k++) {
      if (tk.isPunct(k, '&')) {
        ampersand = true;
      } else if (tk.kind[k] != Tokens.WORD || tk.lowerCase(k)) {
        return false;
      } else if (tk.equalsIgnoreCase(k, "law")) {
        return ampersand && !tk.wordIs(k - 1, Lexicon.FIRST);
      }
    }
    return false;
  }

  /**
   * Whether span [first, last), one capitalized word, names a clinical rule, sign or scale after
   * its author ("Hunter criteria", "Ottawa ankle rules", "Wells score"), directly or across one
   * word in lower case; not after a title ("Dr. Hunter criteria reviewed").
   */
  private static boolean eponym(Tokens tk, int first, int last) {
    if (scaleNamedAfterSomeone(tk, first, last) || syndrome(tk, first, last)) {
      return true;
    }
    if (last - first >= 2
        && tk.equalsAnyIgnoreCase(first, SCALE_RESULTS)
        && scaleNamedAfterSomeone(tk, first + 1, last)) {
      return true; // "Positive Dix Hallpike": the result run into the test's name
    }
    int side = first;
    while (side < last && tk.kind[side] == Tokens.WORD && tk.lowerCase(side)) {
      side++; // "lateralizes L. Stenger negative"
    }
    if (last - side >= 3
        && (tk.equalsIgnoreCase(side, "r") || tk.equalsIgnoreCase(side, "l"))
        && tk.isPunct(side + 1, '.')
        && (side > first // "lateralizes L."
            || tk.equalsAnyIgnoreCase(side - 1, SCALE_RESULTS) // "positive R."
            || tk.wordIs(side - 1, Lexicon.CLINICAL | Lexicon.UNIT)) // "60 deg R."
        && scaleNamedAfterSomeone(tk, side + 2, last)) {
      return true; // "positive R. Brandt-Daroff exercises": a side ends a sentence, then a test
    }
    if (last != first + 1
        || (tk.flags[first] & Tokens.CAPITALIZED) == 0
        || (tk.flags[first] & Tokens.ALL_CAPS) != 0
        || tk.wordIs(tk.isPunct(first - 1, '.') ? first - 2 : first - 1, Lexicon.TITLE)) {
      return false;
    }
    int k = last;
    if (k + 1 < tk.count
        && tk.kind[k] == Tokens.WORD
        && tk.lowerCase(k)
        && !tk.joined(k)
        && !tk.newlineBefore(k)
        && !tk.equalsAnyIgnoreCase(k, EPONYM_USES)) {
      k++; // "Ottawa ankle rules"
    }
    return k < tk.count
        && tk.kind[k] == Tokens.WORD
        && !tk.joined(k)
        && !tk.newlineBefore(k)
        && tk.lowerCase(k)
        && tk.equalsAnyIgnoreCase(k, EPONYM_USES);
  }

  /**
   * Whether span [first, last), up to three words each capitalized (five joined by dashes), names a
   * syndrome or disease after the people who described it ("Charles Bonnet syndrome",
   * "Wolff-Parkinson-White syndrome", "Cushing disease", "Von Willebrand disease"): each word a
   * describer's the lists hold or no one's name at all; not a patient's name run into the word
   * ("Robert King syndrome of ...", "Rosa Diaz disease education", "pt Kowalski disease"), nor
   * after a title or a role ("Dr. Cushing disease update").
   */
  private static boolean syndrome(Tokens tk, int first, int last) {
    while (first < last - 1 && tk.wordIs(first, Lexicon.CLINICAL)) {
      first++; // "Hx Wolff-Parkinson-White syndrome"
    }
    if (last - first > 5
        || tk.joined(last)
        || tk.newlineBefore(last)
        || !tk.lowerCase(last)
        || !(tk.equalsIgnoreCase(last, "syndrome") || tk.equalsIgnoreCase(last, "disease"))
        || tk.wordIs(
            tk.isPunct(first - 1, '.') ? first - 2 : first - 1, Lexicon.TITLE | Lexicon.ROLE)
        || (last - first > 3 && !tk.isPunct(first + 1, '-'))) {
      return false;
    }
    for (int k = first; k < last; k++) {
      boolean word = tk.kind[k] == Tokens.WORD;
      if (word
          ? (tk.flags[k] & Tokens.CAPITALIZED) == 0
              || (tk.flags[k] & Tokens.ALL_CAPS) != 0
              || (tk.wordIs(k, Lexicon.FIRST | Lexicon.LAST)
                  && !tk.equalsAnyIgnoreCase(k, EPONYMOUS_CONDITIONS)
                  && !tk.equalsAnyIgnoreCase(k, DESCRIBERS_OF_SYNDROMES)
                  && !tk.equalsAnyIgnoreCase(k, PARTICLES_OF_A_DESCRIBER))
          : !tk.isPunct(k, '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether span [first, last) is, or follows, a side's or a finding's word before a sign or
   * condition named after someone: "Left Baker's cyst", "Sonographic Murphy sign", "no sonographic
   * Murphy sign".
   */
  private static boolean describedEponym(Tokens tk, int first, int last) {
    int f = first;
    while (f < last - 1 && tk.equalsAnyIgnoreCase(f, DESCRIBING_A_SIGN)) {
      f++;
    }
    if (f == first
        && !(tk.equalsAnyIgnoreCase(first - 1, DESCRIBING_A_SIGN)
            && !tk.newlineBefore(first))) { // "No sonographic Murphy sign"
      return false;
    }
    return eponym(tk, f, last)
        || eponymousCondition(tk, f, last)
        || (last == f + 1
            && (tk.flags[f] & Tokens.CAPITALIZED) != 0
            && tk.equalsIgnoreCase(last, "sign")
            && tk.lowerCase(last)
            && !tk.joined(last));
  }

  /** Words that describe a sign or condition before its describer's name: "Left Baker's cyst". */
  private static final WordList DESCRIBING_A_SIGN =
      WordList.of(
          "left", "right", "bilateral", "sonographic", "positive", "negative", "pos", "neg");

  /** Describers of syndromes whose names the name lists also hold: "Charles Bonnet syndrome". */
  private static final WordList DESCRIBERS_OF_SYNDROMES =
      WordList.of(
          ("charles bonnet wolff white prader willi creutzfeldt jakob barre stevens johnson"
                  + " willebrand marfan ehlers danlos turner klinefelter kawasaki behcet hashimoto"
                  + " lyme wilson tay sachs gaucher fabry pompe reye rett angelman noonan sturge"
                  + " weber cowden lynch osler rendu goodpasture sheehan conn bartter gitelman"
                  + " fanconi gilbert chiari brugada down")
              .split(" "));

  /**
   * Whether span [first, last), one word or two joined by a dash, is a test or scale named after
   * its author, with its result beside it on its line: "Romberg neg", "negative Romberg", "Romberg
   * +", "Caprini 3, low risk", "Katz ADL 5/6", "(Rutherford 3)", "Fontaine 2b", "Dix-Hallpike
   * positive", "Weber lateralizes L"; not a person's count ("Katz 3 visits").
   */
  private static boolean scaleNamedAfterSomeone(Tokens tk, int first, int last) {
    int next = last;
    int maximum =
        last == first + 1
            ? scaleMaximum(tk, first)
            : last == first + 2 && tk.equalsAnyIgnoreCase(first, FIRST_NAMES_OF_A_TEST)
                ? scaleMaximum(tk, first + 1) // "Dix Hallpike", "Brandt Daroff" without a dash
                : last == first + 3
                        && tk.isPunct(first + 1, '-')
                        && tk.joined(first + 1)
                        && tk.joined(first + 2)
                    ? Math.max(scaleMaximum(tk, first), scaleMaximum(tk, first + 2))
                    : -1;
    if (maximum < 0
        || tk.wordIs(tk.isPunct(first - 1, '.') ? first - 2 : first - 1, Lexicon.TITLE)
        || tk.wordIs(first - 1, Lexicon.ROLE)) { // "Nurse Gleason positive for flu"
      return false;
    }
    if (!tk.newlineBefore(first) && tk.equalsAnyIgnoreCase(first - 1, SCALE_RESULTS)) {
      return true; // "negative Romberg"
    }
    if (next >= tk.count || tk.newlineBefore(next)) {
      return false;
    }
    if (tk.kind[next] == Tokens.NUM
        || (tk.kind[next] == Tokens.ALNUM && Tokens.isDigit(tk.text.charAt(tk.start[next])))) {
      int after = next + 1; // a score the scale has, then no word of a count: "Caprini 3, low risk"
      if (tk.intValue(next) > maximum
          || (tk.isPunct(after, ',')
              && tk.is(after + 1, Tokens.WORD)
              && tk.is(after + 2, Tokens.NUM))
          || (tk.isPunct(after, '-') && tk.joined(after) && tk.is(after + 1, Tokens.NUM))) {
        return false; // "Katz 24" hours; "Katz 8, Gleason 12", "Fontaine 8-4": people's numbers
      }
      return after >= tk.count
          || tk.newlineBefore(after)
          || !tk.is(after, Tokens.WORD)
          || tk.wordIs(after, Lexicon.CLINICAL)
          || tk.equalsAnyIgnoreCase(after, SCALE_RESULTS);
    }
    if (tk.equalsIgnoreCase(next + 1, "for")) {
      return false; // "Frenzel positive for flu": a person's result
    }
    return tk.isPunct(next, '+')
        || tk.equalsAnyIgnoreCase(next, SCALE_RESULTS)
        || (last == first + 3 && tk.equalsIgnoreCase(next, "exercises")) // "Brandt-Daroff"
        || (tk.equalsIgnoreCase(next, "stepping") && tk.equalsIgnoreCase(next + 1, "test"))
        || (tk.wordIs(next, Lexicon.CLINICAL)
            && !tk.wordIs(next, Lexicon.ROLE)); // "BORG DYSPNEA 1"
  }

  /** The highest score of the scale word {@code k} names, or -1 if it names none. */
  private static int scaleMaximum(Tokens tk, int k) {
    for (int i = 0; i < SCALES_NAMED_AFTER_PEOPLE.length; i++) {
      if (tk.equalsIgnoreCase(k, SCALES_NAMED_AFTER_PEOPLE[i])) {
        return SCALE_MAXIMA[i];
      }
    }
    return tk.equalsAnyIgnoreCase(k, TESTS_OF_THE_EAR) ? 0 : -1;
  }

  /** Tests and scales named after their authors, with their highest scores below. */
  private static final String[] SCALES_NAMED_AFTER_PEOPLE = {
    "katz", "lawton", "romberg", "caprini", "rutherford", "braden", "apgar", "gleason", "karnofsky",
    "borg", "tinetti", "barthel", "ranson", "mallampati", "breslow", "apfel", "spetzler", "fontaine"
  };

  private static final int[] SCALE_MAXIMA = {
    6, 8, 0, 20, 6, 23, 10, 10, 100, 20, 28, 100, 11, 4, 10, 4, 5, 4
  };

  /** The ear's and balance's tests and maneuvers named after people, which have no score. */
  private static final WordList TESTS_OF_THE_EAR =
      WordList.of(
          ("hallpike epley semont gufoni daroff fukuda unterberger rinne weber frenzel jerger"
                  + " stenger tullio hennebert valsalva halmagyi cawthorne cooksey")
              .split(" "));

  /** The first of two authors' names a test of the ear goes by: "Dix Hallpike". */
  private static final WordList FIRST_NAMES_OF_A_TEST = WordList.of("dix", "brandt");

  private static final WordList SCALE_RESULTS =
      WordList.of(
          ("neg pos negative positive adl adls iadl iadls sign test midline lateralizes lateralized"
                  + " maneuver goggles phenomenon")
              .split(" "));

  /**
   * Whether span [first, last), one word, names a condition after its describer, written with its
   * possessive: "Barrett's esophagus", "Bell's palsy", "hx Crohn's", "CROHN'S FLARE"; not a
   * person's own ("Joan's palsy", "Gomez's angina", "Barrett's mom", "Barrett's phone", "Daughter
   * Maria's ...") nor a shop ("at Barrett's").
   */
  static boolean eponymousCondition(Tokens tk, int first, int last) {
    if (last == first + 3 && tk.equalsIgnoreCase(last - 1, "s") && tk.is(last - 2, Tokens.PUNCT)) {
      last -= 2; // the span took the possessive in: "Barrett's, Romberg neg"
    }
    if (last == first + 2
        && (tk.wordIs(first, Lexicon.CLINICAL)
            || tk.equalsAnyIgnoreCase(first, PARTICLES_OF_A_DESCRIBER))) {
      first++; // "Hx Bell's palsy", "de Quervain's tenosynovitis"
    }
    if (last != first + 1
        || (tk.flags[first] & Tokens.CAPITALIZED) == 0
        || !(tk.isPunct(last, '\'') || tk.isPunct(last, '\u2019'))
        || !tk.joined(last)
        || !tk.equalsIgnoreCase(last + 1, "s")
        || !tk.joined(last + 1)
        || tk.wordIs(
            tk.isPunct(first - 1, '.') ? first - 2 : first - 1, Lexicon.TITLE | Lexicon.ROLE)) {
      return false;
    }
    int next = last + 2;
    boolean ends = next >= tk.count || tk.newlineBefore(next) || tk.is(next, Tokens.PUNCT);
    boolean describer =
        tk.equalsAnyIgnoreCase(first, DESCRIBERS)
            || tk.equalsAnyIgnoreCase(first, EPONYMOUS_CONDITIONS);
    if (!ends
        && tk.equalsAnyIgnoreCase(next, CONDITIONS)
        && !(tk.isPunct(next + 1, '-') && tk.joined(next + 1))
        && (!tk.wordIs(first, Lexicon.FIRST | Lexicon.LAST) || describer)) {
      return true; // "Bell's palsy", "Kussmaul's respirations"; not "Joan's palsy", "Gomez's
      // angina"
    }
    if (tk.wordIs(first, Lexicon.FIRST | Lexicon.LAST) && tk.equalsAnyIgnoreCase(first - 1, AT)) {
      return false; // "Picked up keys at Barrett's."
    }
    if (tk.equalsAnyIgnoreCase(next, RESULTS_OF_A_SIGN) && tk.equalsIgnoreCase(next + 1, "for")) {
      return false; // "Hoffmann's positive for flu": Hoffmann is
    }
    return tk.equalsAnyIgnoreCase(first, EPONYMOUS_CONDITIONS)
        && (ends
            || tk.equalsAnyIgnoreCase(next, COURSES_OF_A_CONDITION)
            || tk.equalsAnyIgnoreCase(next, RESULTS_OF_A_SIGN)
            || tk.wordIs(next, Lexicon.CLINICAL));
  }

  /**
   * What a condition named after its describer goes before: "Bell's palsy", "Kussmaul's
   * respirations", after a describer's name no name list holds or one of {@link #DESCRIBERS} (not
   * "Joan's palsy"; and not "ulcer", "test" or "dementia", which anyone has).
   */
  private static final WordList CONDITIONS =
      WordList.of(
          ("disease dz syndrome palsy esophagus thyroiditis contracture phenomenon lymphoma sarcoma"
                  + " encephalopathy diverticulum neuroma angina gangrene triad abscess respirations"
                  + " tenosynovitis cyst sign")
              .split(" "));

  /** Describers of conditions whose surnames the name lists hold: "Bell's palsy". */
  private static final WordList DESCRIBERS =
      WordList.of(
          "bell",
          "wilson",
          "graves",
          "addison",
          "cushing",
          "paget",
          "lyme",
          "bright",
          "baker",
          "hashimoto",
          "huntington",
          "murphy",
          "homan",
          "homans");

  /** Words before a name's possessive that make it a place or a belonging: "at Barrett's". */
  private static final WordList AT =
      WordList.of("at", "to", "from", "by", "with", "is", "are", "was", "were");

  /** Describers whose name in the possessive alone says the condition: "hx Crohn's". */
  private static final WordList EPONYMOUS_CONDITIONS =
      WordList.of(
          ("crohn alzheimer parkinson hodgkin barrett raynaud sjogren asperger meniere dupuytren"
                  + " peyronie hirschsprung zenker meckel korsakoff wernicke tourette kaposi"
                  + " scheuermann buerger guillain bartholin heberden schatzki kussmaul tinel phalen"
                  + " finkelstein hoffmann hoffman babinski quervain lachman mcmurray addison"
                  + " cushing graves paget huntington")
              .split(" "));

  /** Particles before a describer's name: "de Quervain's tenosynovitis". */
  private static final WordList PARTICLES_OF_A_DESCRIBER = WordList.of("de", "von", "van");

  /** A sign's result after its name: "Tinel's neg"; "Hoffmann's positive for flu" is a person's. */
  private static final WordList RESULTS_OF_A_SIGN =
      WordList.of("neg", "pos", "negative", "positive");

  /** Words of a condition's course after its name: "Crohn's flare", "Babinski's downgoing". */
  private static final WordList COURSES_OF_A_CONDITION =
      WordList.of(
          "flare",
          "flares",
          "flaring",
          "exacerbation",
          "dx",
          "diagnosis",
          "hx",
          "history",
          "since",
          "downgoing",
          "upgoing",
          "reflex",
          "maneuver");

  /**
   * Whether word {@code k} is a clinical abbreviation that is also a name, in capitals on a line
   * with words in lower case and no title before it: one no one is named ("if EGD unrevealing"), or
   * one people are named when a clinical word follows it ("ANA positive", "TED hose", "MAX assist",
   * "DRE brown stool", "for IDA (Hgb 8.9)"; not "IDA has been dizzy", "spoke with SAM", "DRE came
   * with his grandmother").
   */
  static boolean clinicalAcronym(Tokens tk, int k) {
    if (tk.kind[k] != Tokens.WORD
        || (tk.flags[k] & Tokens.ALL_CAPS) == 0
        || tk.wordIs(tk.isPunct(k - 1, '.') ? k - 2 : k - 1, Lexicon.TITLE)) {
      return false;
    }
    if (!tk.equalsAnyIgnoreCase(k, CLINICAL_ACRONYMS)) {
      int next = k + 1;
      if (!tk.equalsAnyIgnoreCase(k, CLINICAL_ACRONYMS_ALSO_NAMES)
          || tk.wordIs(k - 1, Lexicon.ROLE) // "Son TED assist", "Daughter MAE flush"
          || next >= tk.count
          || tk.newlineBefore(next)
          || !(tk.equalsAnyIgnoreCase(next, USES_OF_AN_ACRONYM)
              || (tk.isPunct(next, '(') // a lab value: "for IDA (Hgb 8.9)"
                  && tk.wordIs(next + 1, Lexicon.CLINICAL)
                  && tk.is(next + 2, Tokens.NUM)))) {
        return false;
      }
    }
    for (int j = k + 1; j < Math.min(tk.count, k + 6) && !tk.newlineBefore(j); j++) {
      if (tk.kind[j] == Tokens.WORD && tk.lowerCase(j)) {
        return true;
      }
    }
    for (int j = k - 1; j >= Math.max(0, k - 5) && !tk.newlineBefore(j + 1); j--) {
      if (tk.kind[j] == Tokens.WORD && tk.lowerCase(j)) {
        return true;
      }
    }
    return false;
  }

  /** Whether every word of span [first, last) after its first is written in lower case. */
  private static boolean lowerCaseAfter(Tokens tk, int first, int last) {
    for (int k = first + 1; k < last; k++) {
      if (tk.kind[k] == Tokens.WORD && !tk.lowerCase(k)) {
        return false;
      }
    }
    return true;
  }

  private static final WordList CLINICAL_ACRONYMS =
      WordList.of("egd", "ercp", "ecmo", "tee", "eus", "cabg", "rom", "uc", "midas");

  private static final WordList CLINICAL_ACRONYMS_ALSO_NAMES =
      WordList.of(
          "ana", "ida", "pat", "sam", "ted", "max", "don", "ami", "mae", "peg", "mac", "les",
          "dre");

  /** Clinical words after an abbreviation that is also a name: "ANA positive", "PEG tube". */
  private static final WordList USES_OF_AN_ACRONYM =
      WordList.of(
          ("positive pos neg negative titer titre screen hose hoses stockings assist assistance"
                  + " x4 tube site feeds feed flush flushed anesthesia sedation pattern brown heme"
                  + " guaiac normal deferred")
              .split(" "));

  /**
   * For each total from 13 to 99, how many "n/total" the text writes (bits 0 to 15), and whether
   * one of them has n above 12 (bit 16): three or more, one above 12, make a series of counts.
   */
  private static int[] totalsOfCounts(Tokens tk) {
    int[] totals = new int[100];
    for (int k = 0; k + 2 < tk.count; k++) {
      if (fraction(tk, k)) {
        int total = tk.intValue(k + 2);
        int counted = Math.min((totals[total] & COUNTED) + 1, COUNTED);
        totals[total] = counted | (totals[total] & ABOVE_TWELVE);
        if (tk.intValue(k) > 12) {
          totals[total] |= ABOVE_TWELVE;
        }
      }
    }
    return totals;
  }

  /** Words before a month and a year that date an event: "dx 3/96", "last fall 6/56". */
  private static final WordList DATING_WORDS =
      WordList.of(
          ("since on onset due seen appt started from until by next dated date dx hx dob born last"
                  + " fall fell admitted discharged surgery")
              .split(" "));

  private static final int COUNTED = 0xffff;
  private static final int ABOVE_TWELVE = 1 << 16;

  /** Whether {@code k} opens "n/total", n of one or two digits and a total of 13 to 99. */
  private static boolean fraction(Tokens tk, int k) {
    return tk.kind[k] == Tokens.NUM
        && tk.length(k) <= 2
        && !(tk.isPunct(k - 1, '/') && tk.joined(k))
        && tk.isPunct(k + 1, '/')
        && tk.joined(k + 1)
        && tk.joined(k + 2)
        && tk.is(k + 2, Tokens.NUM)
        && tk.length(k + 2) == 2
        && tk.intValue(k + 2) > 12
        && !(tk.isPunct(k + 3, '/') && tk.joined(k + 3));
  }

  /**
   * Whether [from, to) is "n/total" in a series of counts out of that total: beside "22/36" and
   * "30/36", "3/36" is the third of 36 sessions, no month and year ("VA 20/70" beside "OD 4/70",
   * two of them, is no series).
   */
  private static boolean aCountOutOf(Tokens tk, int from, int to, int[] totals) {
    if (to - from != 3
        || !fraction(tk, from)
        || tk.equalsAnyIgnoreCase(from - 1, DATING_WORDS)
        || tk.equalsAnyIgnoreCase(from - 2, DATING_WORDS)
        || ((tk.isPunct(from - 1, '-') || tk.isPunct(from - 1, '\u2013'))
            && tk.isPunct(from - 3, '/'))) {
      return false; // "Last fall 6/56" beside Berg scores out of 56; "2/26-4/30": a range's end
    }
    int counted = totals[tk.intValue(from + 2)];
    return (counted & ABOVE_TWELVE) != 0 && (counted & COUNTED) >= 3;
  }

  private static final WordList EPONYM_USES =
      WordList.of(
          ("criteria criterion rule rules score scale maneuver manoeuvre classification"
                  + " staging equation formula index")
              .split(" "));

  /**
   * Whether name span [first, last) is a germ's genus, or its initial, before its species ("C.
   * diff", "Candida auris", "CANDIDA AURIS"), not a person named Candida.
   */
  private static boolean bacterium(Tokens tk, int first, int last) {
    if (last - first > 2) {
      return false;
    }
    if (tk.length(first) == 1) {
      return tk.isPunct(first + 1, '.')
          && tk.equalsAnyIgnoreCase(first + 2, SPECIES)
          && tk.lowerCase(first + 2);
    }
    return genusBeforeSpecies(tk, first);
  }

  /** Whether word {@code t} is a genus before its species: "Candida auris", "CANDIDA AURIS". */
  static boolean genusBeforeSpecies(Tokens tk, int t) {
    int species = t + 1;
    return tk.kind[t] == Tokens.WORD
        && species < tk.count
        && tk.equalsAnyIgnoreCase(species, SPECIES)
        && !tk.joined(species)
        && (tk.flags[species] & Tokens.NEWLINE_BEFORE) == 0
        && (tk.lowerCase(species)
            || ((tk.flags[species] & Tokens.ALL_CAPS) != 0
                && (tk.flags[t] & Tokens.ALL_CAPS) != 0));
  }

  private static final WordList SPECIES =
      WordList.of(
          "diff",
          "difficile",
          "coli",
          "aureus",
          "pylori",
          "auris",
          "pneumoniae",
          "aeruginosa",
          "epidermidis",
          "faecalis",
          "faecium",
          "albicans",
          "mirabilis",
          "cloacae",
          "pyogenes",
          "glabrata",
          "tropicalis",
          "parapsilosis",
          "krusei",
          "species",
          "spp");

  /**
   * A town's name before these words names the store, the carer or the insurer, not where someone
   * lives: "Corbin Drug", "Byram Healthcare", "LAUREL GARDENS ASSISTED LIVING", "Ozark Valley
   * Credit Union".
   */
  private static final WordList BUSINESSES_NAMED_AFTER_TOWNS =
      WordList.of(
          "pharmacy",
          "drug",
          "drugs",
          "rx",
          "healthcare",
          "homecare",
          "hospice",
          "insurance",
          "assisted",
          "credit",
          "ambulance", // "TRI-COUNTY AMBULANCE", "NORTH PLAINS EMS DISTRICT"
          "ems",
          "elementary", // "Grade 3, Whittier Elementary": a school's name
          "appliance", // "RIVER CITY APPLIANCE", "Bellmont Plumbing": the tradesman's firm
          "plumbing",
          "electric",
          "realty",
          "lawn",
          "gas", // "Tri-County Gas and Electric", "Bethlehem Steel": a utility, an employer
          "utilities",
          "telephone",
          "steel",
          "mining",
          "railroad",
          "railway",
          "foundry");

  private static final WordList BUSINESSES =
      WordList.of(
          "gas",
          "utilities",
          "telephone",
          "mining",
          "railroad",
          "railway",
          "foundry",
          "motors",
          "industries",
          "manufacturing",
          "shipyard",
          "ambulance",
          "ems",
          "pharmacy",
          "drug",
          "drugs",
          "rx",
          "clinic",
          "hospital",
          "agency",
          "services",
          "center",
          "centre",
          "bank",
          "market",
          "bakery",
          "diner",
          "restaurant",
          "store",
          "salon",
          "garage",
          "llc",
          "inc",
          "homecare",
          "healthcare",
          "hospice",
          "transport",
          "transportation",
          "medical",
          "supply",
          "insurance",
          "assisted",
          "credit",
          "elementary",
          "plumbing",
          "heating",
          "electric",
          "electrical",
          "appliance",
          "appliances",
          "roofing",
          "realty",
          "movers",
          "locksmith",
          "landscaping",
          "lawn",
          "hvac",
          "paving", // "Plunkett Paving", "Miller Construction": a contractor's firm
          "construction",
          "contracting",
          "masonry",
          "remodeling");

  /**
   * Whether comma-separated part [from, to) of a name span holds only words of the ordinary
   * vocabulary that no list of names holds ("Meal Prep", "Known Atrial").
   */
  private static boolean ordinaryPart(Tokens tk, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tk.kind[k] == Tokens.PUNCT && !tk.isPunct(k, ',')) {
        continue;
      }
      if (tk.kind[k] != Tokens.WORD
          || tk.length(k) < 2
          || !tk.wordIs(k, Lexicon.ORDINARY)
          || tk.wordIs(k, Lexicon.FIRST | Lexicon.LAST)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The dash spaced apart after the ordinary words that open name span [first, last) ("Comment -
   * Nikhil Deshpande", "Reassessment \u2013 Tevita Fifita"), with a word after it; or -1.
   */
  private static int headingDash(Tokens tk, int first, int last) {
    for (int k = first + 1; k < last - 1 && k <= first + 3; k++) {
      if (tk.kind[k] == Tokens.PUNCT
          && (tk.isPunct(k, '-') || tk.isPunct(k, '\u2013') || tk.isPunct(k, '\u2014'))
          && !tk.joined(k)
          && !tk.joined(k + 1)
          && tk.kind[k + 1] == Tokens.WORD) {
        return ordinaryPart(tk, first, k) ? k : -1;
      }
    }
    return -1;
  }

  /** The start of the first part of [from, to) that is not {@link #ordinaryPart}, or {@code to}. */
  private static int firstNamePart(Tokens tk, int from, int to) {
    int partStart = from;
    for (int k = from; k <= to; k++) {
      if (k == to || tk.isPunct(k, ',')) {
        if (!ordinaryPart(tk, partStart, k)) {
          return partStart;
        }
        partStart = k + 1;
      }
    }
    return to;
  }

  /** The end of the last part of [from, to) that is not {@link #ordinaryPart}, or {@code from}. */
  private static int lastNamePart(Tokens tk, int from, int to) {
    int partEnd = to;
    for (int k = to - 1; k >= from - 1; k--) {
      if (k == from - 1 || tk.isPunct(k, ',')) {
        if (!ordinaryPart(tk, k + 1, partEnd)) {
          return partEnd;
        }
        partEnd = k;
      }
    }
    return from;
  }

  /** A title, role or other word that is never part of a name, and on no name list. */
  private static boolean notOfAName(Tokens tk, int k) {
    return tk.kind[k] == Tokens.WORD
        && tk.length(k) > 1 // "A. Quintanilla": an initial
        && tk.wordIs(k, NOT_OF_A_NAME)
        && !tk.wordIs(k, Lexicon.FIRST | Lexicon.LAST);
  }

  /**
   * Whether {@code [first, last)} holds only words of another language, in lower case, or none of
   * them a name, or one word opening a sentence ("Si lo ve, llame al 911").
   */
  private static boolean foreignWords(Tokens tk, int first, int last) {
    boolean lower = true;
    boolean name = false;
    for (int k = first; k < last; k++) {
      if (tk.kind[k] != Tokens.WORD) {
        continue;
      }
      if (!tk.wordIs(k, Lexicon.FOREIGN)) {
        return false;
      }
      lower &= tk.lowerCase(k);
      name |= tk.wordIs(k, Lexicon.FIRST | Lexicon.LAST);
    }
    boolean opens =
        last == first + 1
            && (first == 0
                || tk.newlineBefore(first)
                || tk.isPunct(first - 1, '.')
                || tk.isPunct(first - 1, '!')
                || tk.isPunct(first - 1, '?'));
    return lower || !name || opens;
  }

  /**
   * An ordinary word in lower case ("price"), or one on no list of names ("wifi", "dhcp"), on no
   * list of given names, with no title, role or other cue before it: in a text whose capitals mean
   * something, no name by itself.
   */
  private static boolean uncuedLowerCaseWord(Tokens tk, int k) {
    int before = tk.isPunct(k - 1, '.') ? k - 2 : k - 1; // "dr. marsh"
    return tk.lowerCase(k)
        && tk.wordIs(k, Lexicon.COMMON)
        && !tk.wordIs(k, Lexicon.FIRST) // "payroll note: frank"
        && !tk.wordIs(before, Lexicon.TITLE | Lexicon.ROLE | Lexicon.WEAK_CUE)
        && tk.cue[Math.max(0, before)] == 0;
  }

  /**
   * Whether [from, to) is written inside a file's name, joined to a word before it and to an
   * extension after it ("export-2026-11-23.csv"): a machine's stamp, which the rules judge by
   * shape.
   */
  private static boolean inAFileName(Tokens tk, int from, int to) {
    return tk.joined(from)
        && tk.is(from - 1, Tokens.PUNCT)
        && tk.joined(from - 1)
        && tk.is(from - 2, Tokens.WORD)
        && tk.isPunct(to, '.')
        && tk.joined(to)
        && tk.joined(to + 1)
        && tk.is(to + 1, Tokens.WORD);
  }

  /**
   * Whether [from, to) holds three numbers apart by slashes of which the middle is above 31 (no day
   * and no month) while the first is no year, or whose last is signed: a cervical exam's dilation,
   * effacement and station ("4/80/-1", "6/90/0"), never a date.
   */
  private static boolean cervicalExam(Tokens tk, int from, int to) {
    for (int k = from; k <= to; k++) { // the span's own slashes and one joined after it
      if (tk.isPunct(k, '/')
          && (k < to || tk.joined(k))
          && tk.joined(k + 1)
          && (tk.isPunct(k + 1, '-') || tk.isPunct(k + 1, '+'))) {
        return true;
      }
    }
    return to - from >= 5
        && tk.kind[from] == Tokens.NUM
        && tk.isPunct(from + 1, '/')
        && tk.kind[from + 2] == Tokens.NUM
        && tk.isPunct(from + 3, '/')
        && tk.intValue(from) <= 31
        && tk.intValue(from + 2) > 31
        && tk.length(from + 2) <= 3;
  }

  /**
   * Whether the fraction at {@code t} is one a ruler has, as inches are written ("3/4", "5/8",
   * "1/2"): below one, over two, four, eight or sixteen.
   */
  private static boolean inches(Tokens tk, int t) {
    int a = tk.intValue(t);
    int b = tk.intValue(t + 2);
    return a < b && (b == 2 || b == 4 || b == 8 || b == 16);
  }

  /** Whether the fraction at {@code t} is a part of a rate: "wean to 1/2 rate". */
  private static boolean partOfARate(Tokens tk, int t) {
    return tk.intValue(t) < tk.intValue(t + 2)
        && tk.intValue(t + 2) <= 4
        && tk.equalsIgnoreCase(t + 3, "rate")
        && !tk.newlineBefore(t + 3);
  }

  /**
   * Whether a double quote opened before token {@code t} on its line is still open, so that a quote
   * after it closes a quotation ("week of 3/9\"") and marks no inches.
   */
  private static boolean quoteOpenBefore(Tokens tk, int t) {
    boolean open = false;
    for (int k = t - 1; k >= 0 && k > t - 200 && !tk.newlineBefore(k + 1); k--) {
      open ^= tk.isPunct(k, '"');
    }
    return open;
  }

  /**
   * Whether the fraction at {@code t} ("5/5" at "PS") is two settings or scores, no day: a
   * ventilator's pressure support over its PEEP (five or more, the second no higher: "CPAP 3/2" is
   * a day), the Apgar scores at one and five minutes (neither above ten), a muscle's strength out
   * of five. "PS 5/14" may be a postscript's date.
   */
  static boolean settingsInTwo(Tokens tk, int t) {
    int a = tk.intValue(t);
    int b = tk.intValue(t + 2);
    return (pressures(tk, t - 1) && b <= a && a >= 5)
        || (tk.equalsAnyIgnoreCase(t - 1, APGARS) && a <= 10 && b <= 10)
        || (tk.equalsAnyIgnoreCase(t - 1, SCALES_OF_SIX) && a <= b && b == 6)
        || (tk.equalsAnyIgnoreCase(t - 1, SCALES_OF_EIGHT) && a <= b && b == 8)
        || (tk.equalsAnyIgnoreCase(t - 1, SCALES_OF_FIVE) && a <= b && b <= 5)
        || (tk.equalsIgnoreCase(t - 1, "tinetti") && a <= b && b == 28)
        || (tk.equalsAnyIgnoreCase(t - 1, STRENGTHS) && b == 5 && a <= 5);
  }

  /** Words before a muscle's strength graded out of five: "STRENGTH 5/5", "grip 4/5". */
  private static final WordList STRENGTHS =
      WordList.of(
          ("strength str opposition grip motor power ehl df pf ta quad quads quadriceps hamstring"
                  + " hamstrings hams deltoid deltoids biceps triceps iliopsoas gastroc hf ke kf"
                  + " ue le bue ble rue lue rle lle")
              .split(" "));

  private static final WordList PRESSURES =
      WordList.of("ps", "psv", "peep", "cpap", "bipap", "ipap", "nippv", "niv");

  /** Whether token {@code k} names a ventilator's pressures: "PS", "BiPAP settings". */
  private static boolean pressures(Tokens tk, int k) {
    return tk.equalsAnyIgnoreCase(k, PRESSURES)
        || (tk.equalsIgnoreCase(k, "support") && tk.equalsIgnoreCase(k - 1, "pressure"))
        || (tk.equalsIgnoreCase(k, "settings") && tk.equalsAnyIgnoreCase(k - 1, PRESSURES));
  }

  private static final WordList APGARS = WordList.of("apgar", "apgars");

  /** Tests of function scored out of their items: "Katz ADL 5/6", "IADL 4/8", "drawing 3/4". */
  private static final WordList SCALES_OF_SIX = WordList.of("adl", "adls", "katz");

  private static final WordList SCALES_OF_EIGHT = WordList.of("iadl", "iadls", "lawton");

  private static final WordList SCALES_OF_FIVE = WordList.of("drawing", "minicog");

  /**
   * Whether a span the model tagged DATE can be one: a day of the calendar, not a rating ("anger
   * 6/10"), a program and its version ("Mozilla/5.0") or the verb "may" ("may wait").
   */
  private static boolean dateShaped(Tokens tk, int from, int to) {
    if (to - from == 1 && tk.kind[from] == Tokens.WORD && tk.length(from) == 1) {
      return false; // an audiogram's "L" row: a letter alone dates nothing
    }
    if (to - from == 1 && tk.kind[from] == Tokens.NUM && aloneInACell(tk, from)) {
      return false; // "Northgate Branch<TAB>6<TAB>1<TAB>74": a count in a pasted sheet's cell
    }
    for (int i = tk.start[from]; i < tk.end[to - 1]; i++) {
      if (tk.charAt(i) == '\t') {
        return false; // "6<TAB> 1<TAB> 74": no date runs across a sheet's cells
      }
    }
    if (tk.kind[from] == Tokens.WORD
        && !tk.wordIs(from, Lexicon.MONTH)
        && !digitsReadAsLetters(tk, from)
        && tk.isPunct(from + 1, '/')
        && tk.joined(from + 1)) {
      return false;
    }
    if (to - from == 1
        && tk.equalsIgnoreCase(from, "may")
        && tk.lowerCase(from)
        && tk.is(from + 1, Tokens.WORD)
        && !tk.wordIs(from + 1, Lexicon.NUMBER_WORD | Lexicon.ORDINAL_WORD)) {
      return false;
    }
    int groups = 0;
    boolean aYear = false;
    for (int k = from; k < to; k++) {
      if (tk.kind[k] == Tokens.NUM && tk.length(k) == 4) {
        groups++;
        aYear |= tk.intValue(k) >= 1900 && tk.intValue(k) <= 2099;
      }
    }
    if (groups > 1 && !aYear) {
      return false; // "3456 7890 1234 5678": groups of an account's digits, and none a year
    }

    if (to - from == 2
        && tk.equalsIgnoreCase(from, "may")
        && tk.lowerCase(from)
        && tk.equalsAnyIgnoreCase(to, AFTER_A_MODAL)) {
      return false; // "pt may 19 be seen": a verb, whatever the number is
    }
    if (to - from == 3
        && tk.kind[from] == Tokens.NUM
        && tk.isPunct(from + 1, '-')
        && tk.intValue(from) > 12
        && tk.is(to, Tokens.NUM)
        && tk.isPunct(to + 1, ':')
        && tk.isPunct(to + 3, ':')
        && tk.isPunct(to + 5, '.')) {
      return false; // "13-04 08:02:55.470": a log stamp's month comes first
    }
    if (cervicalExam(tk, from, to)) {
      return false; // "SVE 4/80/-1", "6/90/0": dilation, effacement and station
    }
    if (to - from == 3
        && tk.kind[from] == Tokens.NUM
        && tk.length(from + 2) == 4
        && (tk.equalsIgnoreCase(from - 1, "rev")
            || (tk.isPunct(from - 1, '.') && tk.equalsIgnoreCase(from - 2, "rev")))) {
      return false; // "Form ODM 03528 (Rev. 1/2025)": a form's revision month, no one's day
    }
    if (tk.kind[from] == Tokens.NUM
        && tk.isPunct(from - 1, ':')
        && tk.joined(from)
        && tk.joined(from - 1)
        && tk.is(from - 2, Tokens.NUM)
        && tk.length(from - 2) >= 3) {
      return false; // "Rule 5160:1-2-01": a code's section
    }
    if (to - from == 3 && tk.kind[from] == Tokens.NUM && tk.isPunct(from + 1, '/')) {
      if (tk.kind[from + 2] == Tokens.ALNUM && tk.ordinal(from + 2) <= 0) {
        return false; // "SYRINGES U-40 1/2CC": a fraction and its unit in one word
      }
      if (tk.intValue(from) == 24 && tk.intValue(from + 2) == 7) {
        return false; // "a front desk 24/7"
      }
      if (Recognizers.measureAfter(tk, to)
          || partOfARate(tk, from)
          || Recognizers.litresOfOxygen(tk, to)) {
        return false; // "1/4 mile", "1/2 tab", "1/2 rate", "1/8 L NC": a fraction of a measure
      }
      if (tk.joined(to) && tk.isPunct(to, '"') && inches(tk, from) && !quoteOpenBefore(tk, from)) {
        return false; // "a 3/4\" needle"
      }
      if (settingsInTwo(tk, from)) {
        return false; // "CPAP PS 5/5", "APGARS 8/9": two settings or scores, no day
      }
    }
    if (to - from == 1
        && tk.wordIs(from, Lexicon.ORDINAL_WORD)
        && (tk.equalsAnyIgnoreCase(to, ORDERED)
            || (tk.isPunct(to, '-') && tk.joined(to) && tk.equalsIgnoreCase(to + 1, "party")))) {
      return false; // "the Twelfth Judicial Circuit", "the second floor", "a third-party payer"
    }
    if (to - from == 2
        && tk.wordIs(from, Lexicon.ORDINAL_WORD)
        && tk.kind[from + 1] == Tokens.NUM
        && tk.equalsAnyIgnoreCase(to, SPANS_OF_TIME)) {
      return false; // "the first 2 weeks": a count of days
    }
    if (tk.kind[from] == Tokens.NUM
        && tk.isPunct(from - 1, '.')
        && tk.joined(from)
        && tk.joined(from - 1)
        && tk.is(from - 2, Tokens.NUM)) {
      return false; // "VS 98.2 / 76 / 18": a decimal's fraction, then other vital signs
    }
    if (tk.kind[from] == Tokens.WORD
        && !tk.wordIs(from, Lexicon.MONTH)
        && (tk.isPunct(from - 1, '_') || tk.isPunct(from - 1, '.'))
        && tk.joined(from)) {
      return false; // "date_trunc", "moment.utc": a program's word
    }
    if (spokenYear(tk, from, to) && !dayBefore(tk, from)) {
      return false; // "I got him in nineteen eighty-eight": a year alone is no one's date
    }
    return calendarDay(tk, from, to) && !Recognizers.scoreOnAScale(tk, from);
  }

  /**
   * Whether number {@code t} fills a cell of a tab-separated row, or of a row of four numbers or
   * more aligned with spaces, on its own: "6", "12.3", an audiogram's "25 30 40 55". Not where the
   * row or the header line above it dates things: a year, a month's name or a date's label ("DOB 3
   * 14 41", "Ada Okafor<TAB>14<TAB>3<TAB>1941").
   */
  private static boolean aloneInACell(Tokens tk, int t) {
    int before = tk.start[t] - 1;
    int spaces = 0;
    while (before >= 0 && tk.charAt(before) == ' ') {
      before--;
      spaces++;
    }
    boolean decimal = tk.isPunct(t + 1, '.') && tk.joined(t + 1) && tk.joined(t + 2);
    int after = decimal && tk.is(t + 2, Tokens.NUM) ? tk.end[t + 2] : tk.end[t]; // "12.3"
    int n = tk.text.length();
    int trailing = 0;
    while (after < n && tk.charAt(after) == ' ') {
      after++;
      trailing++;
    }
    boolean opens = before >= 0 && (tk.charAt(before) == '\t' || spaces >= 2);
    boolean closes =
        after >= n
            || tk.charAt(after) == '\t'
            || tk.charAt(after) == '\n'
            || tk.charAt(after) == '\r'
            || trailing >= 2;
    if (!opens || !closes) {
      return false;
    }
    int lineStart = t;
    while (lineStart > 0 && !tk.newlineBefore(lineStart)) {
      lineStart--;
    }
    int lineEnd = t + 1;
    while (lineEnd < tk.count && !tk.newlineBefore(lineEnd)) {
      lineEnd++;
    }
    int header = Math.max(0, lineStart - 1);
    while (header > 0 && !tk.newlineBefore(header)) {
      header--; // the line above: a sheet's header ("Schedule   March", "DOB Day   DOB Mon")
    }
    for (int k = header; k < lineEnd; k++) {
      if (datesItsRow(tk, k) || (k >= lineStart && tk.equalsAnyIgnoreCase(k, BIRTHS))) {
        return false; // a header's "Date" names one column; a row's "DOB" dates the row
      }
    }
    return true;
  }

  /** Labels of a person's dates that a row's cells may hold apart: "DOB 3 14 41". */
  private static final WordList BIRTHS =
      WordList.of("dob", "dos", "dod", "born", "birth", "birthdate", "birthday", "bday");

  /** Whether token {@code k} is a year in digits or a month's name. */
  private static boolean datesItsRow(Tokens tk, int k) {
    return (tk.kind[k] == Tokens.NUM
            && tk.length(k) == 4
            && tk.intValue(k) >= 1900
            && tk.intValue(k) <= 2099)
        || tk.wordIs(k, Lexicon.MONTH);
  }

  /**
   * Whether {@code [from, to)} is a year said in words and nothing else: "nineteen eighty-eight",
   * "twenty twenty-three", "two thousand nine".
   */
  private static boolean spokenYear(Tokens tk, int from, int to) {
    int words = 0;
    for (int k = from; k < to; k++) {
      if (tk.wordIs(k, Lexicon.NUMBER_WORD)) {
        words++;
      } else if (!tk.isPunct(k, '-')) {
        return false;
      }
    }
    int second = tk.isPunct(from + 1, '-') ? from + 2 : from + 1;
    return words >= 2
        && (tk.equalsAnyIgnoreCase(from, CENTURIES)
            || (tk.equalsIgnoreCase(from, "twenty")
                && tk.equalsAnyIgnoreCase(second, YEARS_OF_THIS_CENTURY))
            || (tk.equalsIgnoreCase(from, "two") && tk.equalsIgnoreCase(second, "thousand")));
  }

  private static final WordList CENTURIES = WordList.of("eighteen", "nineteen");

  /** The second word of a year said from 2010 on: "twenty twenty-three", "twenty ten". */
  private static final WordList YEARS_OF_THIS_CENTURY =
      WordList.of(
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty",
          "thirty");

  /**
   * Whether a month or a day said as an ordinal comes in the eight words before {@code k}, so that
   * a year said after it completes that date ("the fifth month, nineteen forty-nine").
   */
  private static boolean dayBefore(Tokens tk, int k) {
    for (int j = k - 1; j >= Math.max(0, k - 8); j--) {
      if (tk.wordIs(j, Lexicon.MONTH | Lexicon.ORDINAL_WORD)
          || (tk.kind[j] == Tokens.ALNUM && Tokens.isDigit(tk.text.charAt(tk.start[j])))) {
        return true;
      }
    }
    return false;
  }

  /** Spans of time a count of them is of: "the first 2 weeks". */
  private static final WordList SPANS_OF_TIME =
      WordList.of("days", "weeks", "wks", "months", "nights", "visits", "shifts", "doses");

  /** Verbs after "may" and a number that make "may" the verb: "may 19 be seen". */
  static final WordList AFTER_A_MODAL = WordList.of("be", "have", "not", "need", "take");

  /** Nouns an ordinal word counts, not a day: "Twelfth Judicial Circuit", "second floor". */
  private static final WordList ORDERED =
      WordList.of(
          "judicial",
          "district",
          "circuit",
          "floor",
          "grade",
          "ward",
          "precinct",
          "avenue",
          "ave",
          "street",
          "st",
          "amendment",
          "edition",
          "dose",
          "shift",
          "attempt",
          "time",
          "round",
          "place");

  /** Whether word {@code k} has no letter OCR does not read for a digit ("lO" in "lO/Ol/2O25"). */
  private static boolean digitsReadAsLetters(Tokens tk, int k) {
    for (int i = tk.start[k]; i < tk.end[k]; i++) {
      char c = tk.text.charAt(i);
      if (c != 'O' && c != 'o' && c != 'l' && c != 'I') {
        return false;
      }
    }
    return true;
  }

  /** Words after which "may" or "will" is someone's name, not a verb: "may said", "will is". */
  private static final WordList AFTER_A_SUBJECT =
      WordList.of(
          ("would will can could should is was has had said says and or called came went wants"
                  + " needs left took brought")
              .split(" "));

  /**
   * Whether lower-case "may" or "will" at {@code k} is the verb before another lower-case verb ("pt
   * may return to work", "aide will come at 3"), not a given name.
   */
  private static boolean modalVerb(Tokens tk, int k) {
    return tk.lowerCase(k)
        && (tk.equalsIgnoreCase(k, "may") || tk.equalsIgnoreCase(k, "will"))
        && tk.is(k + 1, Tokens.WORD)
        && tk.lowerCase(k + 1)
        && !tk.wordIs(k + 1, Lexicon.FIRST | Lexicon.LAST)
        && !tk.equalsAnyIgnoreCase(k + 1, AFTER_A_SUBJECT);
  }

  /**
   * Whether "Will" at {@code k} is a testament: after a word that makes it one ("Pour-over Will",
   * "Last Will", "his Will") or before its signing ("Will signing", "Will and Trust").
   */
  private static boolean lastWill(Tokens tk, int k) {
    if (!tk.equalsIgnoreCase(k, "will")) {
      return false;
    }
    int before = tk.isPunct(k - 1, '-') && tk.joined(k) ? k - 2 : k - 1;
    return tk.equalsAnyIgnoreCase(before, BEFORE_A_TESTAMENT)
        || (tk.equalsIgnoreCase(before, "s") // "god's will"
            && tk.isPunct(before - 1, '\'')
            && tk.equalsAnyIgnoreCase(before - 2, DIVINE))
        || tk.equalsAnyIgnoreCase(k + 1, AFTER_A_TESTAMENT)
        || (tk.equalsIgnoreCase(k + 1, "and")
            && (tk.equalsIgnoreCase(k + 2, "testament") || tk.equalsIgnoreCase(k + 2, "trust")));
  }

  private static final WordList BEFORE_A_TESTAMENT =
      WordList.of(
          "over",
          "last",
          "living",
          "new",
          "old",
          "his",
          "her",
          "their",
          "my",
          "the",
          "a",
          "mom's",
          "dad's",
          "gods", // "would accept gods will"; "god's will" in lastWill
          "holographic",
          "signed",
          "unsigned",
          "draft",
          "original",
          "amended",
          "statutory");

  /** Units of a dose after its drug: "started dex 4 mg". */
  private static final WordList DOSE_UNITS =
      WordList.of("mg", "mcg", "g", "gm", "ml", "meq", "mmol");

  private static final WordList DIVINE = WordList.of("god", "lord", "allah", "heaven");

  private static final WordList AFTER_A_TESTAMENT =
      WordList.of("signing", "execution", "review", "draft", "packet", "ceremony", "witnesses");

  private static final WordList NO_ONE_NAMED = WordList.of("anonymous", "unknown", "unidentified");

  /**
   * "lon=-73.8987", "acc=11m": a setting's key before its value, not a name; a coordinate's key
   * ("LON = -73.89", "lon: -73.89") however written.
   */
  private static boolean settingKey(Tokens tk, int k) {
    if ((tk.isPunct(k + 1, '=') || tk.isPunct(k + 1, ':'))
        && tk.equalsAnyIgnoreCase(k, COORDINATE_KEYS)) {
      return true;
    }
    return tk.lowerCase(k)
        && tk.isPunct(k + 1, '=')
        && tk.joined(k + 1)
        && k + 2 < tk.count
        && tk.joined(k + 2);
  }

  private static final WordList COORDINATE_KEYS = WordList.of("lat", "lon", "lng", "long");

  /** Whether {@code k} is an article of a surname ("van", "de") in lower case: no name alone. */
  private static boolean lowerCaseParticle(Tokens tk, int k) {
    return tk.lowerCase(k) && tk.wordIs(k, Lexicon.PARTICLE);
  }

  /**
   * Whether word {@code t} is in a time zone's name ("TZID=America/New_York", "Europe/Paris"): the
   * city of a zone locates a calendar, not a person.
   */
  private static boolean timeZone(Tokens tk, int t) {
    if (tk.equalsAnyIgnoreCase(t, ZONE_AREAS)
        && tk.isPunct(t + 1, '/')
        && tk.joined(t + 1)
        && tk.joined(t + 2)
        && tk.kind[t + 2] == Tokens.WORD) {
      return true; // "Asia/Kolkata": the area itself
    }
    int k = t;
    while (k > 0
        && t - k < 8
        && tk.joined(k)
        && !tk.isPunct(k - 1, '/')
        && tk.kind[k - 1] != Tokens.NUM) {
      k--; // back over "New_" to the slash
    }
    return k >= 2
        && tk.joined(k)
        && tk.isPunct(k - 1, '/')
        && tk.joined(k - 1)
        && tk.equalsAnyIgnoreCase(k - 2, ZONE_AREAS);
  }

  private static final WordList ZONE_AREAS =
      WordList.of(
          "america",
          "europe",
          "asia",
          "africa",
          "australia",
          "pacific",
          "atlantic",
          "indian",
          "us",
          "canada",
          "etc");

  /**
   * Whether word {@code t} is a field's key written as one word before its ':' or '='
   * ("FirstName:", "PatientName=", "DisplayName:"): a program's name for a name, not one.
   */
  private static boolean key(Tokens tk, int t) {
    if (!(tk.kind[t] == Tokens.WORD
        && (tk.isPunct(t + 1, ':') || tk.isPunct(t + 1, '='))
        && tk.joined(t + 1))) {
      return false;
    }
    Text s = tk.text;
    int a = tk.start[t];
    int e = tk.end[t];
    for (int i = a + 1; i + 2 < e; i++) {
      if (Character.isUpperCase(s.charAt(i))
          && Character.isLowerCase(s.charAt(i - 1))
          && s.regionIsAny(i, e, KEY_ENDS)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether word {@code t} is markup's or a formula's, never a name or a place: an HTML entity
   * ("&ndash;"), a font in a style's font list ("font-family:Helvetica,Arial") or in a rich-text
   * font table ("\\fswiss Verdana;"), a rich-text control word ("\\endash"), a spreadsheet's
   * function ("=COUNTA(", ",PROPER(").
   */
  private static boolean markup(Tokens tk, int t) {
    byte kind = tk.kind[t];
    if (kind != Tokens.WORD && kind != Tokens.ALNUM) {
      return false;
    }
    Text s = tk.text;
    if (tk.isPunct(t - 1, '\\')
        && tk.joined(t)
        && Character.isLowerCase(s.charAt(tk.start[t]))
        && !(tk.isPunct(t + 1, '\\') && tk.joined(t + 1))) {
      return true; // "\\endash", "\\fs24", "\\highlight3": a control word, not a path's folder
    }
    if (kind != Tokens.WORD) {
      return false;
    }
    if (tk.isPunct(t - 1, '&') && tk.joined(t) && tk.isPunct(t + 1, ';') && tk.joined(t + 1)) {
      return true;
    }
    if ((tk.flags[t] & Tokens.ALL_CAPS) != 0
        && tk.isPunct(t + 1, '(')
        && tk.joined(t + 1)
        && tk.joined(t)
        && (tk.isPunct(t - 1, '=')
            || tk.isPunct(t - 1, '(')
            || tk.isPunct(t - 1, ',')
            || tk.isPunct(t - 1, '&'))) {
      return true;
    }
    if (tk.lowerCase(t)
        && tk.isPunct(t + 1, '.')
        && tk.joined(t + 1)
        && tk.kind[Math.min(t + 2, tk.count - 1)] == Tokens.WORD
        && tk.joined(t + 2)
        && tk.isPunct(t + 3, '(')
        && tk.joined(t + 3)) {
      return true; // "datetime.date(": a module and its function
    }
    int k = t - 1;
    while (k >= 1 && t - k < 5 && tk.kind[k] == Tokens.WORD && !tk.isPunct(k - 1, '\\')) {
      k--;
    }
    if (k >= 1 && tk.isPunct(k - 1, '\\') && k < t) {
      int a = tk.start[k];
      int e = tk.end[k];
      if (s.regionIsAny(a, e, FONT_FAMILIES)
          || (e - a > 8 && s.regionIs(a, a + 8, "fcharset"))
          || (e - a > 4 && s.regionIs(a, a + 4, "fprq"))) {
        return true; // "{\\f1\\froman Times New Roman;}": a font table's names
      }
    }
    k = t - 1;
    while (k >= 0
        && t - k < 40
        && !tk.newlineBefore(k + 1)
        && (tk.kind[k] == Tokens.WORD
            || tk.kind[k] == Tokens.NUM
            || tk.kind[k] == Tokens.ALNUM
            || tk.isPunct(k, ',')
            || tk.isPunct(k, '/')
            || tk.isPunct(k, '.')
            || tk.isPunct(k, '-')
            || tk.isPunct(k, '\'')
            || tk.isPunct(k, '"'))) {
      k--;
    }
    // "font-family: Calibri, Candara", "font: 12px/1.4 \"Helvetica Neue\", Arial", "face=\"Arial"
    return k >= 1
        && ((tk.isPunct(k, ':')
                && ((tk.equalsIgnoreCase(k - 1, "family")
                        && tk.isPunct(k - 2, '-')
                        && tk.equalsIgnoreCase(k - 3, "font"))
                    || tk.equalsIgnoreCase(k - 1, "font")))
            || (tk.isPunct(k, '=') && tk.equalsIgnoreCase(k - 1, "face")));
  }

  private static final String[] FONT_FAMILIES = {
    "fnil", "froman", "fswiss", "fmodern", "fscript", "fdecor", "ftech", "fbidi"
  };

  private static final String[] KEY_ENDS = {
    "name", "label", "id", "type", "date", "number", "contact"
  };

  /** Whether token {@code k} is a round or square bracket. */
  private static boolean bracket(Tokens tk, int k) {
    return tk.isPunct(k, '(') || tk.isPunct(k, ')') || tk.isPunct(k, '[') || tk.isPunct(k, ']');
  }

  /**
   * Whether a line break, a tab or a run of three spaces comes before token {@code k}: the columns
   * of a table or the lines of a list, which no name or place runs across.
   */
  private static boolean columnBreak(Tokens tk, int k) {
    if (k <= 0 || k >= tk.count || tk.joined(k)) {
      return false;
    }
    if (tk.newlineBefore(k)) {
      return true;
    }
    int gap = tk.start[k] - tk.end[k - 1];
    return gap >= 3 || tk.text.charAt(tk.start[k] - 1) == '\t';
  }

  private static boolean holdsAWord(Tokens tk, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tk.kind[k] == Tokens.WORD || tk.kind[k] == Tokens.ALNUM) {
        return true; // "0akwood": OCR's digit for a letter
      }
    }
    return false;
  }

  /**
   * Whether {@code [from, to)} holds digits enough for a phone, a pager or an extension: four or
   * more, or two or more after "ext" or "x", or words read out. An aging report's "120+" or a lone
   * dash is none.
   */
  private static boolean phoneShaped(Tokens tk, int from, int to) {
    if (to - from == 1 && tk.equalsAnyIgnoreCase(from, SENTINELS)) {
      return false; // "retries = 2147483647": a program's largest number
    }
    int digits = 0;
    boolean readOut = false;
    for (int k = from; k < to; k++) {
      if (tk.kind[k] == Tokens.NUM) {
        digits += tk.length(k);
      } else if (tk.kind[k] == Tokens.WORD && tk.wordIs(k, Lexicon.CLINICAL)) {
        return false; // "Lost 1 L EBL 1000": a measure of blood, no number read out
      } else if (tk.kind[k] != Tokens.PUNCT) {
        readOut = true; // read out ("five five five oh one"), or with letters for digits
      }
    }
    if (readOut) {
      return true;
    }
    if (digits > 15) {
      return false; // "4111111111111111": longer than any phone number (E.164 has 15 digits)
    }
    return digits >= 4 || (digits >= 2 && tk.equalsAnyIgnoreCase(from - 1, EXTENSION));
  }

  private static final WordList EXTENSION = WordList.of("ext", "x", "extension");

  /** The largest signed and unsigned 32-bit numbers, which programs write as "no limit". */
  private static final WordList SENTINELS = WordList.of("2147483647", "4294967295");

  private static boolean calendarDay(Tokens tk, int from, int to) {
    boolean dash =
        to - from == 3
            && tk.isPunct(from + 1, '-')
            && tk.length(from) <= 2
            && tk.length(from + 2) <= 2; // "3-15"; not an aging bucket's "0-30", "31-60"
    if (to - from < 3
        || tk.kind[from] != Tokens.NUM
        || tk.kind[from + 2] != Tokens.NUM
        || !(tk.isPunct(from + 1, '/') || dash)) {
      return true;
    }
    int a = tk.intValue(from);
    int b = tk.intValue(from + 2);
    return a >= 1 && b >= 1 && (a <= 12 || (a <= 31 && b <= 12)); // "cath 3/91": month, year
  }

  /**
   * The end of the part of [from, to) before its first token written as code, which no name or
   * place is, when two words or more come straight before it; otherwise {@code from}, nothing.
   */
  private static int beforeCode(Tokens tk, int from, int to) {
    int k = from;
    while (k < to && !(tk.kind[k] == Tokens.WORD && codeLike(tk, k))) {
      k++;
    }
    if (k == to) {
      return to;
    }
    int words = 0;
    for (int i = from; i < k; i++) {
      words += tk.kind[i] == Tokens.WORD ? 1 : 0;
    }
    // One word before a class name is a log's verb ("Starting ShiftService"); marks between
    // them end a list of a log's terms ("db UP, redis UP, diskSpace UP").
    return words >= 2 && tk.kind[k - 1] == Tokens.WORD ? k : from;
  }

  /**
   * "diskSpace", "WebApplicationContext", "ShiftService", "scheduling.ShiftService.assign": an
   * identifier of a program. Names with one inner capital ("McDonald", "DeShawn", "LaToya") are
   * not, unless the part after it is a programmer's word.
   */
  static boolean codeLike(Tokens tk, int k) {
    Text s = tk.text;
    int a = tk.start[k];
    int b = tk.end[k];
    if ((com.backofficecare.safeguard.core.detection.ProgramIdentifiers.isCamelCase(
                s.subSequence(a, b))
            && !particles(s, a, b))
        || brand(tk, k)) {
      return true;
    }
    // A capitalised part of a dotted program path: com.backofficecare.scheduling.ShiftService,
    // ShiftService.assign(...). A lower-case "mr.bird" in a chat is not one.
    if (!Character.isUpperCase(s.charAt(a))) {
      return false;
    }
    boolean packageBefore =
        k >= 2
            && tk.isPunct(k - 1, '.')
            && tk.joined(k)
            && tk.joined(k - 1)
            && tk.kind[k - 2] == Tokens.WORD
            && Character.isLowerCase(s.charAt(tk.start[k - 2]))
            && tk.length(k - 2) > 2;
    boolean methodAfter =
        k + 3 < tk.count
            && tk.isPunct(k + 1, '.')
            && tk.joined(k + 1)
            && tk.joined(k + 2)
            && tk.kind[k + 2] == Tokens.WORD
            && Character.isLowerCase(s.charAt(tk.start[k + 2]))
            && tk.joined(k + 3)
            && (tk.isPunct(k + 3, '(') || tk.isPunct(k + 3, '.'));
    return packageBefore || methodAfter;
  }

  /**
   * "DeLaCruz", "VanDerBeek": a surname whose every inner capital follows a particle of names, not
   * a program's identifier.
   */
  private static boolean particles(Text s, int a, int b) {
    if (!Character.isUpperCase(s.charAt(a))) {
      return false;
    }
    int part = a;
    for (int i = a + 1; i < b; i++) {
      if (Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i - 1))) {
        if (!s.regionIsAny(part, i, NAME_PARTICLES)) {
          return false;
        }
        part = i;
      }
    }
    return true;
  }

  private static final String[] NAME_PARTICLES = {
    "de", "la", "le", "van", "von", "der", "den", "di", "da", "du", "del", "dos", "mc", "mac", "st"
  };

  /**
   * "PillPal", "CareLink", "HomeBridge": a product's name standing alone, an ordinary word of four
   * letters or more run into a capitalised other. A name's inner capital follows a prefix
   * ("McDonald", "LaToya") or a given name ("MaryBeth"); a surname such as "FastHorse" follows a
   * title, a given name or a label, and is kept there.
   */
  private static boolean brand(Tokens tk, int k) {
    Text s = tk.text;
    int a = tk.start[k];
    int b = tk.end[k];
    int before = tk.isPunct(k - 1, '.') ? k - 2 : k - 1;
    if (tk.wordIs(before, Lexicon.TITLE | Lexicon.ROLE)
        || (tk.wordIs(before, Lexicon.FIRST) && !tk.lowerCase(before))
        || tk.isPunct(k - 1, ':')
        || tk.isPunct(k - 1, ',')
        || (tk.isPunct(k + 1, ',') && tk.wordIs(k + 2, Lexicon.FIRST)) // "FastHorse, Mary"
        || (unknownCapital(tk, before) && !tk.newlineBefore(k))) { // "Zorblat FastHorse"
      return false;
    }
    if (!Character.isUpperCase(s.charAt(a))) {
      return false;
    }
    int inner = -1;
    for (int i = a + 1; i < b; i++) {
      char c = s.charAt(i);
      if (Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1))) {
        if (inner >= 0) {
          return false;
        }
        inner = i;
      } else if (!Character.isLetter(c)) {
        return false;
      }
    }
    if (inner - a < 4 || b - inner < 2) {
      return false;
    }
    int first = Lexicon.get().word(s.chars, a, inner);
    return (first & Lexicon.COMMON) != 0 && (first & (Lexicon.FIRST | Lexicon.LAST)) == 0;
  }

  /** Whether token {@code k} is a capitalized word no list knows: a rare given name. */
  private static boolean unknownCapital(Tokens tk, int k) {
    return k >= 0
        && tk.kind[k] == Tokens.WORD
        && tk.word[k] == 0
        && (tk.flags[k] & Tokens.CAPITALIZED) != 0
        && (tk.flags[k] & Tokens.ALL_CAPS) == 0
        && tk.length(k) >= 3;
  }

  /**
   * A nickname in quotes or brackets after a given name, and the surname after it: one name in
   * quotes ("Marguerite "Peg" Delacroix", "Esperanza 'Espy' Ocampo"), three in brackets ("Wilbur
   * (Bill) Haverford"), which no name holds. With no surname after it, a nickname in quotes is a
   * name when it is a given name of the list ("Hope, William ("Will")"; "Maria (Spanish)" is not).
   */
  private static void nicknames(Tokens tk, Scratch s) {
    byte[] path = s.path;
    int inside = B_NAME + 1;
    for (int t = 1; t < tk.count - 2; t++) {
      boolean given = path[t - 1] == B_NAME || path[t - 1] == inside;
      if (!given && !(markOf(tk, t, "\"\u201c") && !tk.joined(t) && untaggedGiven(tk, t - 1))) {
        continue;
      }
      int w = t;
      boolean bracket = false;
      boolean quoted = false;
      while (w < t + 2 && opening(tk, w) && (w == t || tk.joined(w))) {
        bracket |= tk.isPunct(w, '(');
        quoted |= !tk.isPunct(w, '(');
        w++;
      }
      if (w == t
          || w + 1 >= tk.count
          || !tk.is(w, Tokens.WORD)
          || !tk.joined(w)
          || tk.lowerCase(w)
          || tk.length(w) < 2
          || (w > t + 1 && !tk.isPunct(t, '('))
          || (tk.wordIs(w, Lexicon.ORDINARY | Lexicon.TITLE)
              && !tk.wordIs(w, Lexicon.FIRST | Lexicon.LAST)
              && path[w] != B_NAME) // "Dash", a word, is a nickname where the model says so
          || ((tk.flags[w] & Tokens.ALL_CAPS) != 0
              && tk.length(w) <= 4
              && s.lineCase[w] != ContextFeatures.CASE_CAPS)) {
        continue; // "Mary "POA" Smith", "Marguerite "Deceased" Delacroix": a status, no nickname
      }
      int c = w + 1;
      while (c < w + 3 && closing(tk, c) && tk.joined(c)) {
        c++;
      }
      if (c - (w + 1) != w - t) {
        continue; // brackets and quotes must close as they opened
      }
      boolean named = c < tk.count && (path[c] == B_NAME || path[c] == inside);
      boolean surname =
          c < tk.count
              && !tk.joined(c)
              && !tk.newlineBefore(c)
              && tk.is(c, Tokens.WORD)
              && !tk.lowerCase(c)
              && (named || !tk.wordIs(c, Lexicon.ORDINARY));
      if (!surname && !(quoted && tk.wordIs(w, Lexicon.FIRST))) {
        continue;
      }
      if (!given && !(surname && named && !bracket)) {
        continue; // "Dashiell "Dash" Oduya" with only the nickname and surname tagged
      }
      if (!given) {
        boolean joins = t >= 2 && (path[t - 2] == B_NAME || path[t - 2] == inside);
        path[t - 1] = (byte) (joins ? inside : B_NAME); // "Dashiell Amadi "Dash" Oduya"
        s.margin[t - 1] = s.margin[c];
      }
      float margin = named ? Math.min(s.margin[t - 1], s.margin[c]) : s.margin[t - 1];
      if (surname && !bracket) {
        for (int k = t; k < c; k++) {
          path[k] = (byte) inside;
          s.margin[k] = margin;
        }
        byte other = path[c];
        path[c] = (byte) inside;
        if (!named) {
          s.margin[c] = margin;
          for (int k = c + 1; other != O && k < tk.count && path[k] == other + 1; k++) {
            path[k] = (byte) inside; // "Winnie" Sparks: a surname, though a town's name too
          }
        }
      } else {
        for (int k = t; k < c; k++) {
          path[k] = O;
        }
        path[w] = B_NAME;
        s.margin[w] = margin;
        if (surname && named) {
          path[c] = B_NAME;
        }
      }
      t = c - 1;
    }
  }

  /**
   * Whether untagged token {@code k} may be a given name before a nickname in quotes: capitalized,
   * and no ordinary word or place unless a name too.
   */
  private static boolean untaggedGiven(Tokens tk, int k) {
    return tk.is(k, Tokens.WORD)
        && tk.length(k) >= 2
        && (tk.flags[k] & Tokens.CAPITALIZED) != 0
        && (tk.flags[k] & Tokens.ALL_CAPS) == 0
        && !tk.wordIs(k, Lexicon.TITLE | Lexicon.MONTH)
        && (!tk.wordIs(k, Lexicon.ORDINARY | Lexicon.ORG | Lexicon.PLACE | Lexicon.STATE_NAME)
            || tk.wordIs(k, Lexicon.FIRST | Lexicon.LAST));
  }

  private static boolean opening(Tokens tk, int t) {
    return markOf(tk, t, "\"'(\u201c\u2018");
  }

  private static boolean closing(Tokens tk, int t) {
    return markOf(tk, t, "\"')\u201d\u2019");
  }

  /** Whether token {@code t} is one of the punctuation marks {@code marks}. */
  private static boolean markOf(Tokens tk, int t, String marks) {
    return t >= 0 && t < tk.count && tk.kind[t] == Tokens.PUNCT && marks.indexOf(tk.symbol[t]) >= 0;
  }

  /**
   * Writing conventions the tags alone would cut: a hyphen joining two tagged names with no space
   * makes one name ("Bakare-Lindgren"), as an underscore or asterisk does between two names a
   * program joined ("HILL_ROSE" in a file's name), and the point after a final initial belongs to
   * the name ("Okonjo, Chidi E."); the "s" of "mr kaplans" does not. The joined marks take no part
   * in the confidence.
   */
  private static void joinNameParts(Tokens tk, Scratch s) {
    byte[] path = s.path;
    int inside = B_NAME + 1;
    for (int t = 2; t + 1 < tk.count; t++) {
      if (tk.isPunct(t, '-')
          && tk.joined(t)
          && tk.joined(t + 1)
          && path[t + 1] == B_NAME
          && (path[t - 1] == O || path[t - 1] == CITY_BEGIN)
          && tk.is(t - 1, Tokens.WORD)
          && tk.length(t - 1) >= 2
          && tk.capitalizedOnly(t - 1)) {
        // "Mildred Haskins-Ferro": the part before the hyphen is the name's too, a town's or not,
        // and so is a given name before it that the tags left out
        boolean given =
            path[t - 2] == O
                && tk.capitalizedOnly(t - 2)
                && !tk.joined(t - 1)
                && tk.wordIs(t - 2, Lexicon.FIRST);
        boolean named = path[t - 2] == B_NAME || path[t - 2] == inside;
        if (given) {
          path[t - 2] = B_NAME;
          s.margin[t - 2] = s.margin[t + 1];
        }
        path[t - 1] = (byte) (given || (named && !tk.joined(t - 1)) ? inside : B_NAME);
        s.margin[t - 1] = s.margin[t + 1];
      }
    }
    boolean joined = false;
    for (int t = 1; t < tk.count; t++) {
      if ((tk.flags[t] & Tokens.POSSESSIVE) != 0) {
        path[t] = O; // "mr kaplans": the name ends before its "s"
      }
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
      if (nextWord
          && (tk.isPunct(t, '-')
              || ((tk.isPunct(t, '*') || tk.isPunct(t, '_')) && path[t + 1] == B_NAME)
              || (tk.isPunct(t, '_') && tk.length(t + 1) == 1))) {
        float next = path[t + 1] == O ? margin(s, t + 1, O) : s.margin[t + 1];
        path[t] = (byte) inside;
        path[t + 1] = (byte) inside;
        s.margin[t] = Float.MAX_VALUE;
        s.margin[t + 1] = Math.max(next, s.margin[t - 1]);
        joined = true;
        t++;
      } else if (tk.isPunct(t, '.')
          && tk.is(t - 1, Tokens.WORD)
          && tk.length(t - 1) == 1
          && !spelledByHyphens(tk, t - 1)) {
        path[t] = (byte) inside; // "J.": an initial's stop; not the full stop after "W-O-J-C-I-K"
        s.margin[t] = Float.MAX_VALUE;
      }
    }
  }

  /**
   * Where a name said twice in one span starts again, or -1: "Paul, Paul Lutz", "Dr. Brown, Michael
   * Brown", "volkov boris volkov", "dulce dulce maria cruz", "Lutz, L-U-T-Z"; speech says a name,
   * then says it whole or spells it, and neither is "Last, First".
   */
  private static int nameSaidAgain(Tokens tk, int first, int last) {
    if (last - first >= 2
        && tk.kind[first] == Tokens.WORD
        && tk.length(first) >= 2
        && tk.lowerCase(first) == tk.lowerCase(first + 1)
        && sameWord(tk, first, first + 1)) {
      return first + 1;
    }
    for (int k = first + 1; k < last - 1; k++) {
      if (!(tk.isPunct(k, ',') || tk.isPunct(k, '.'))
          || tk.kind[k - 1] != Tokens.WORD
          || tk.length(k - 1) < 2
          || tk.joined(k + 1)) {
        continue; // "J.J.": initials, no name said twice
      }
      if (sameWord(tk, k - 1, k + 1)
          || (last - k > 2 && sameWord(tk, k - 1, last - 1))
          || spelledByHyphens(tk, k - 1)
          || (tk.length(k + 1) == 1 && tk.isPunct(k + 2, '-') && tk.joined(k + 2))) {
        return k + 1;
      }
      return -1;
    }
    if (last - first >= 3
        && tk.length(first) >= 2
        && tk.lowerCase(first)
        && sameWord(tk, first, last - 1)) {
      return first + 1;
    }
    return -1;
  }

  private static boolean sameWord(Tokens tk, int a, int b) {
    return tk.kind[a] == Tokens.WORD && tk.kind[b] == Tokens.WORD && tk.sameText(a, b);
  }

  /**
   * The first token of a phone number read aloud in {@code [first, last)}: words before its first
   * digit or number word (a caller's name said before the number, in a transcript without
   * punctuation) are not the number's.
   */
  private static int firstDigitSaid(Tokens tk, int first, int last) {
    int k = first;
    while (k < last
        && tk.kind[k] == Tokens.WORD
        && !tk.wordIs(k, Lexicon.NUMBER_WORD)
        && tk.length(k) > 1
        && !tk.equalsIgnoreCase(k, "oh")
        && !tk.equalsAnyIgnoreCase(k, SPANISH_DIGITS)) {
      k++;
    }
    return k < last ? k : first;
  }

  /**
   * The first token of the area code said before a phone number read aloud from {@code first} to
   * before {@code last} ("six three one, five five five, zero one six four" found from "three"), or
   * {@code first}: the digits said one by one right before a number of seven to nine that make it
   * ten, on its line, and not a room's, a unit's or a key's ("apartment three one two, five ...").
   */
  private static int areaCodeSaid(Tokens tk, int first, int last) {
    int digits = 0;
    for (int k = first; k < last; k++) {
      if (oneDigitSaid(tk, k)) {
        digits++;
      } else if (tk.kind[k] != Tokens.PUNCT) {
        return first;
      }
    }
    if (digits < 7 || digits > 9) {
      return first;
    }
    int k = first;
    for (int n = digits; n < 10; n++) {
      int p = tk.isPunct(k - 1, ',') ? k - 2 : k - 1;
      if (!oneDigitSaid(tk, p) || tk.newlineBefore(k) || (p < k - 1 && tk.newlineBefore(k - 1))) {
        return first;
      }
      k = p;
    }
    int before = tk.isPunct(k - 1, ',') ? k - 2 : k - 1;
    return oneDigitSaid(tk, before) || tk.equalsAnyIgnoreCase(before, NUMBERED_THINGS) ? first : k;
  }

  /** What a number said before a phone number may count instead of its area: "room four". */
  private static final WordList NUMBERED_THINGS =
      WordList.of(
          "room",
          "unit",
          "apartment",
          "apt",
          "suite",
          "ste",
          "extension",
          "ext",
          "route",
          "floor",
          "bed",
          "press",
          "line",
          "chapter",
          "lot",
          "box",
          "bay",
          "gate",
          "door",
          "pin");

  /** Whether token {@code k} is one digit said: "zero" to "nine", "oh". */
  private static boolean oneDigitSaid(Tokens tk, int k) {
    return k >= 0
        && k < tk.count
        && tk.kind[k] == Tokens.WORD
        && tk.equalsAnyIgnoreCase(k, DIGIT_WORDS);
  }

  private static final WordList DIGIT_WORDS =
      WordList.of(
          "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

  /**
   * Whether more than six of the tokens {@code [first, last)} are single digits: "6 2 0 0 4 8 1".
   */
  private static boolean digitsOneByOne(Tokens tk, int first, int last) {
    int single = 0;
    for (int k = first; k < last; k++) {
      single += tk.kind[k] == Tokens.NUM && tk.length(k) == 1 ? 1 : 0;
    }
    return single > 6;
  }

  /**
   * Where date span [first, last) ends once an ordinal that counts the word after it is left out,
   * with the "the" and comma before it: "notes from august, the first time" dates August, not its
   * first day.
   */
  private static int beforeACountedOrdinal(Tokens tk, int first, int last) {
    if (!tk.wordIs(last - 1, Lexicon.ORDINAL_WORD)
        || !tk.equalsAnyIgnoreCase(last, COUNTED_BY_ORDINALS)
        || tk.newlineBefore(last)) {
      return last;
    }
    int k = last - 1;
    while (k > first && (tk.equalsIgnoreCase(k - 1, "the") || tk.isPunct(k - 1, ','))) {
      k--;
    }
    return k;
  }

  /** What an ordinal counts when it is no day: "the first time", "the second dose". */
  private static final WordList COUNTED_BY_ORDINALS =
      WordList.of(
          "time", "times", "thing", "one", "visit", "shift", "floor", "dose", "week", "day", "call",
          "try", "attempt");

  /** Words before a telephone extension, said in words as a time is: "extension four forty". */
  private static final WordList PHONE_EXTENSIONS = WordList.of("extension", "ext");

  private static final String ONE_BY_ONE =
      "date model: no date, an identifier's digits said one by one";

  /** Digits as a caller says them in Spanish: "cinco cinco cinco, tres uno dos". */
  private static final WordList SPANISH_DIGITS =
      WordList.of(
          "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve");

  /** Whether every token of {@code [first, last)} is a word on the name lists. */
  private static boolean listedNames(Tokens tk, int first, int last) {
    for (int k = first; k < last; k++) {
      if (tk.kind[k] != Tokens.WORD
          || (tk.word[k] & (Lexicon.FIRST | Lexicon.LAST)) == 0
          || tk.equalsAnyIgnoreCase(k, FUNCTION_WORDS)) {
        return false; // "her phone as five five five": a word of grammar before the digits
      }
    }
    return true;
  }

  /** Whether {@code [first, last)} is one letter, and a stop, right after a code's digits. */
  private static boolean codeLetter(Tokens tk, int first, int last) {
    int before = tk.isPunct(first - 1, '-') && tk.joined(first) ? first - 2 : first - 1;
    return tk.length(first) == 1
        && (last == first + 1 || (last == first + 2 && tk.isPunct(first + 1, '.')))
        && before >= 0
        && tk.kind[before] == Tokens.NUM;
  }

  /**
   * Whether {@code [first, last)} is "I'm", "I'll", "I'd" or "I" before a word ("Yeah, I see
   * claim"): the speaker, no name.
   */
  private static boolean pronounI(Tokens tk, int first, int last) {
    return last == first + 1
        && (tk.equalsAnyIgnoreCase(first, PRONOUN_I)
            || (tk.equalsIgnoreCase(first, "i")
                && tk.is(last, Tokens.WORD)
                && tk.length(last) > 1));
  }

  /** "I'm", "I'll", "I'd", "I've": one word to the tokenizer. */
  static final WordList PRONOUN_I =
      WordList.of("i'm", "i'll", "i'd", "i've", "i\u2019m", "i\u2019ll", "i\u2019d", "i\u2019ve");

  /** The end of a date span cut at a month written whole before a full stop, or {@code last}. */
  private static int monthBeforeAStop(Tokens tk, int first, int last) {
    for (int k = first; k < last - 1; k++) {
      if (tk.wordIs(k, Lexicon.MONTH) && tk.length(k) > 4 && tk.isPunct(k + 1, '.')) {
        return k + 1;
      }
    }
    return last;
  }

  /** Whether letter {@code k} ends a word spelled with hyphens: "W-O-J-C-I-K". */
  private static boolean spelledByHyphens(Tokens tk, int k) {
    return tk.isPunct(k - 1, '-')
        && tk.joined(k)
        && tk.joined(k - 1)
        && tk.is(k - 2, Tokens.WORD)
        && tk.length(k - 2) == 1;
  }

  /**
   * The evidence in words, from what surrounds the span's first token: the lists its word is on, or
   * its capital where capitals mean something; the kind of word before it. Only kinds of evidence
   * appear, never a word of the text. Strings are made once and reused.
   */
  private static String reason(Tokens tk, int t, Scratch s, int label, double confidence) {
    int own;
    int w = tk.word[t];
    if ((w & Lexicon.FIRST) != 0) {
      own = 0;
    } else if ((w & Lexicon.LAST) != 0) {
      own = 1;
    } else if ((w & (Lexicon.PLACE | Lexicon.PLACE_PART)) != 0) {
      own = 2;
    } else if ((w & (Lexicon.MONTH | Lexicon.NUMBER_WORD | Lexicon.ORDINAL_WORD)) != 0) {
      own = 3;
    } else if ((tk.flags[t] & Tokens.CAPITALIZED) != 0
        && s.lineCase[t] != ContextFeatures.CASE_CAPS) {
      own = 4;
    } else {
      own = 5;
    }
    int k = t - 1;
    while (k >= 0 && tk.kind[k] == Tokens.PUNCT && k >= t - 2) {
      k--;
    }
    int before;
    int wk = k >= 0 ? tk.word[k] : 0;
    if ((wk & Lexicon.TITLE) != 0) {
      before = 0;
    } else if ((wk & Lexicon.ROLE) != 0) {
      before = 1;
    } else if ((wk & Lexicon.WEAK_CUE) != 0) {
      before = 2;
    } else if (k >= 0 && tk.cue[k] != 0) {
      before = 3;
    } else {
      before = 4;
    }
    int percent = (int) Math.round(confidence * 100);
    return PREFIXES[(label >> 1) * 101 + percent] + EVIDENCE[own * 5 + before];
  }

  private static final String[] OWN = {
    "given-name list",
    "surname list",
    "place list",
    "date or number words",
    "capitalized",
    "word shape"
  };
  private static final String[] BEFORE = {
    "title before",
    "role or relation before",
    "verb of contact before",
    "label before",
    "words around"
  };
  private static final String[] EVIDENCE = new String[OWN.length * BEFORE.length];
  private static final String[] PREFIXES = new String[TYPES.length * 101];

  static {
    for (int o = 0; o < OWN.length; o++) {
      for (int b = 0; b < BEFORE.length; b++) {
        EVIDENCE[o * BEFORE.length + b] = ": " + OWN[o] + ", " + BEFORE[b];
      }
    }
    for (int k = 0; k < TYPES.length; k++) {
      for (int p = 0; p <= 100; p++) {
        PREFIXES[k * 101 + p] =
            TYPES[k].name().toLowerCase(java.util.Locale.ROOT)
                + " model "
                + (p / 100)
                + "."
                + (p % 100 < 10 ? "0" : "")
                + (p % 100);
      }
    }
  }

  /** Sums of role features by key (open addressing, filled to half at most). */
  static final class RoleCache {
    private final long[] keys;
    private final byte[] roles;
    private final boolean[] used;
    final float[] vectors;
    private final int[] usedSlots;
    private int count;

    RoleCache(int slots) {
      keys = new long[slots];
      roles = new byte[slots];
      used = new boolean[slots];
      vectors = new float[slots * ContextFeatures.ROLES * LABELS];
      usedSlots = new int[slots / 2];
    }

    /** The slot of {@code key}, claimed if new; -1 when the cache is half full. */
    int slot(long key) {
      int mask = keys.length - 1;
      long h = key * 0x9e3779b97f4a7c15L;
      for (int slot = (int) (h >>> 40) & mask; ; slot = (slot + 1) & mask) {
        if (!used[slot]) {
          if (count == usedSlots.length) {
            return -1;
          }
          used[slot] = true;
          keys[slot] = key;
          usedSlots[count++] = slot;
          return slot;
        }
        if (keys[slot] == key) {
          return slot;
        }
      }
    }

    boolean has(int slot, int role) {
      return (roles[slot] & (1 << role)) != 0;
    }

    void filled(int slot, int role) {
      roles[slot] |= (byte) (1 << role);
    }

    /** Forgets every entry and zeroes its sums. */
    void clear() {
      int width = ContextFeatures.ROLES * LABELS;
      for (int i = 0; i < count; i++) {
        int slot = usedSlots[i];
        used[slot] = false;
        keys[slot] = 0;
        roles[slot] = 0;
        java.util.Arrays.fill(vectors, slot * width, slot * width + width, 0f);
      }
      count = 0;
    }
  }
}
