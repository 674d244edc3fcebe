package com.backofficecare.safeguard.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.PhiType;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Precision and recall on labelled corpora, scored as {@code tools/score_phi.py} scores them:
 * strict spans (start, end and type all equal) and character coverage of identifier characters. The
 * floors sit below what the detector reaches so that a regression fails the build.
 */
@Tag("POL-2.3")
class CorpusAccuracyTest {

  record Score(
      double strictPrecision,
      double strictRecall,
      double charRecall,
      double charPrecision,
      Map<PhiType, double[]> perType) {
    double strictF1() {
      return 2 * strictPrecision * strictRecall / (strictPrecision + strictRecall);
    }
  }

  static Score score(List<Corpus.Doc> docs) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long goldChars = 0;
    long predChars = 0;
    long bothChars = 0;
    Map<PhiType, long[]> counts = new EnumMap<>(PhiType.class);
    for (Corpus.Doc doc : docs) {
      List<Finding> found = PhiDetector.standard().detect(doc.text());
      Set<String> gold = new HashSet<>();
      boolean[] g = new boolean[doc.text().length()];
      boolean[] p = new boolean[doc.text().length()];
      for (Corpus.Span s : doc.spans()) {
        gold.add(s.start() + ":" + s.end() + ":" + s.type());
        for (int i = s.start(); i < s.end(); i++) {
          g[i] = true;
        }
        counts.computeIfAbsent(s.type(), k -> new long[3])[2]++;
      }
      for (Finding f : found) {
        boolean hit = gold.contains(f.start() + ":" + f.end() + ":" + f.type());
        long[] c = counts.computeIfAbsent(f.type(), k -> new long[3]);
        if (hit) {
          tp++;
          c[0]++;
        } else {
          fp++;
          c[1]++;
        }
        for (int i = f.start(); i < f.end(); i++) {
          p[i] = true;
        }
      }
      fn += doc.spans().size();
      for (int i = 0; i < g.length; i++) {
        goldChars += g[i] ? 1 : 0;
        predChars += p[i] ? 1 : 0;
        bothChars += g[i] && p[i] ? 1 : 0;
      }
    }
    fn -= tp;
    Map<PhiType, double[]> perType = new EnumMap<>(PhiType.class);
    counts.forEach(
        (type, c) ->
            perType.put(
                type,
                new double[] {
                  c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]),
                  c[2] == 0 ? 1 : (double) c[0] / c[2]
                }));
    return new Score(
        (double) tp / Math.max(1, tp + fp),
        (double) tp / Math.max(1, tp + fn),
        (double) bothChars / Math.max(1, goldChars),
        (double) bothChars / Math.max(1, predChars),
        perType);
  }

  @Test
  void developmentCorpusAboveFloors() {
    Score s = score(Corpus.load("phi-dev.jsonl"));
    System.out.printf(
        "dev corpus: strict P %.4f R %.4f F1 %.4f; char recall %.4f precision %.4f%n",
        s.strictPrecision(), s.strictRecall(), s.strictF1(), s.charRecall(), s.charPrecision());
    assertThat(s.charRecall()).isGreaterThanOrEqualTo(0.998);
    assertThat(s.charPrecision()).isGreaterThanOrEqualTo(0.99);
    assertThat(s.strictF1()).isGreaterThanOrEqualTo(0.99);
    s.perType()
        .forEach(
            (type, pr) -> {
              assertThat(pr[0]).as("%s strict precision", type).isGreaterThanOrEqualTo(0.97);
              assertThat(pr[1]).as("%s strict recall", type).isGreaterThanOrEqualTo(0.97);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"unseen-formats.jsonl", "unseen-kinds.jsonl"})
  void textsOfOtherKindsAboveFloors(String corpus) {
    Score s = score(Corpus.load(corpus));
    assertThat(s.charRecall()).isGreaterThanOrEqualTo(0.98);
    assertThat(s.charPrecision()).isGreaterThanOrEqualTo(0.97);
    assertThat(s.strictF1()).isGreaterThanOrEqualTo(0.95);
  }

  /**
   * The sets labelled before the detector met them (nursing notes in capitals, clinician shorthand,
   * family-contact lists, lower-case chats, e-mail threads, OCR'd faxes, call transcripts). Their
   * first-sight scores are in README; since the model is now trained on them, these floors only
   * guard against regression.
   */
  @ParameterizedTest
  @ValueSource(strings = {"first-sight-1.jsonl", "first-sight-2.jsonl"})
  void firstSightSetsAboveFloors(String corpus) {
    Score s = score(Corpus.load(corpus));
    assertThat(s.charRecall()).isGreaterThanOrEqualTo(0.87);
    assertThat(s.charPrecision()).isGreaterThanOrEqualTo(0.97);
    assertThat(s.strictF1()).isGreaterThanOrEqualTo(0.92);
  }

  /**
   * The fourth, fifth, seventh, eighth and ninth sets labelled blind (billing and payroll;
   * visit-verification notes, incident reports, referrals, care plans, HR credentials, voicemails,
   * pharmacy, Spanish and English; discharge summaries, case conferences, payer letters,
   * grievances, team chats, form exports, helpdesk tickets, hospice; mileage logs, therapy notes,
   * on-call logs, court letters, surveys, SMS, group chats; dictated notes, names of many
   * languages, wound notes, ride logs, job applications, title-case forms, supervisory visits,
   * family portal messages; credential files, EVV exceptions, incident reports, records requests,
   * pediatric notes, VA referrals, system notifications, interpreted visits; and the thirteenth,
   * sixteenth, nineteenth, twenty-first, twenty-third, twenty-sixth, twenty-eighth, thirtieth,
   * thirty-third, thirty-sixth, thirty-seventh, fortieth, forty-first, forty-fifth, forty-sixth,
   * forty-ninth, fifty-second, fifty-fourth, fifty-seventh, sixtieth, sixty-third, sixty-fourth,
   * sixty-sixth, sixty-eighth, seventieth, seventy-second, seventy-third, seventy-seventh,
   * eightieth, eighty-second, eighty-third, eighty-fourth, eighty-eighth, ninety-second,
   * ninety-fifth, ninety-seventh, ninety-ninth, hundred-and-third, hundred-and-fifth,
   * hundred-and-seventh, hundred-and-ninth, hundred-and-eleventh, hundred-and-twelfth,
   * hundred-and-fourteenth, hundred-and-fifteenth, hundred-and-seventeenth, hundred-and-eighteenth,
   * hundred-and-twentieth, hundred-and-twenty-first, hundred-and-twenty-third,
   * hundred-and-twenty-fifth, hundred-and-twenty-seventh, hundred-and-twenty-ninth,
   * hundred-and-thirty-first, hundred-and-thirty-third, hundred-and-thirty-fifth,
   * hundred-and-thirty-seventh, hundred-and-thirty-ninth, hundred-and-forty-first and
   * hundred-and-forty-third sets' genres): first-sight scores in README; rules were written against
   * their misses since, so floors against regression.
   */
  @ParameterizedTest
  @CsvSource({
    "first-sight-4.jsonl, 0.93, 0.95",
    "first-sight-5.jsonl, 0.94, 0.96",
    "first-sight-7.jsonl, 0.95, 0.96",
    "first-sight-8.jsonl, 0.92, 0.96",
    "first-sight-9.jsonl, 0.94, 0.97",
    "first-sight-11.jsonl, 0.92, 0.97",
    "first-sight-13.jsonl, 0.96, 0.98",
    "first-sight-16.jsonl, 0.93, 0.94",
    "first-sight-19.jsonl, 0.92, 0.91",
    "first-sight-21.jsonl, 0.95, 0.97",
    "first-sight-23.jsonl, 0.92, 0.95",
    "first-sight-26.jsonl, 0.95, 0.95",
    "first-sight-28.jsonl, 0.90, 0.93",
    "first-sight-30.jsonl, 0.92, 0.87",
    "first-sight-33.jsonl, 0.92, 0.88",
    "first-sight-36.jsonl, 0.92, 0.91",
    "first-sight-37.jsonl, 0.92, 0.91",
    "first-sight-40.jsonl, 0.95, 0.93",
    "first-sight-41.jsonl, 0.93, 0.91",
    "first-sight-45.jsonl, 0.93, 0.92",
    "first-sight-46.jsonl, 0.92, 0.95",
    "first-sight-49.jsonl, 0.94, 0.95",
    "first-sight-52.jsonl, 0.94, 0.97",
    "first-sight-54.jsonl, 0.91, 0.98",
    "first-sight-57.jsonl, 0.92, 0.96",
    "first-sight-60.jsonl, 0.95, 0.95",
    "first-sight-63.jsonl, 0.94, 0.96",
    "first-sight-64.jsonl, 0.95, 0.96",
    "first-sight-66.jsonl, 0.96, 0.96",
    "first-sight-68.jsonl, 0.95, 0.97",
    "first-sight-70.jsonl, 0.95, 0.93",
    "first-sight-72.jsonl, 0.95, 0.95",
    "first-sight-73.jsonl, 0.97, 0.96",
    "first-sight-77.jsonl, 0.96, 0.96",
    "first-sight-80.jsonl, 0.96, 0.95",
    "first-sight-82.jsonl, 0.95, 0.95",
    "first-sight-83.jsonl, 0.95, 0.94",
    "first-sight-84.jsonl, 0.92, 0.95",
    "first-sight-88.jsonl, 0.93, 0.94",
    "first-sight-92.jsonl, 0.95, 0.97",
    "first-sight-95.jsonl, 0.96, 0.96",
    "first-sight-97.jsonl, 0.95, 0.95",
    "first-sight-99.jsonl, 0.96, 0.95",
    "first-sight-103.jsonl, 0.97, 0.96",
    "first-sight-105.jsonl, 0.97, 0.97",
    "first-sight-107.jsonl, 0.96, 0.96",
    "first-sight-109.jsonl, 0.91, 0.92",
    "first-sight-111.jsonl, 0.96, 0.97",
    "first-sight-112.jsonl, 0.90, 0.95",
    "first-sight-114.jsonl, 0.86, 0.93",
    "first-sight-115.jsonl, 0.87, 0.94",
    "first-sight-117.jsonl, 0.89, 0.96",
    "first-sight-118.jsonl, 0.89, 0.96",
    "first-sight-120.jsonl, 0.94, 0.98",
    "first-sight-121.jsonl, 0.95, 0.94",
    "first-sight-123.jsonl, 0.94, 0.95",
    "first-sight-125.jsonl, 0.92, 0.95",
    "first-sight-127.jsonl, 0.94, 0.95",
    "first-sight-129.jsonl, 0.94, 0.97",
    "first-sight-131.jsonl, 0.93, 0.96",
    "first-sight-133.jsonl, 0.94, 0.98",
    "first-sight-135.jsonl, 0.94, 0.96",
    "first-sight-137.jsonl, 0.94, 0.95",
    "first-sight-139.jsonl, 0.96, 0.97",
    "first-sight-141.jsonl, 0.93, 0.96",
    "first-sight-143.jsonl, 0.95, 0.98"
  })
  void laterFirstSightSetsAboveFloors(String corpus, double recall, double precision) {
    Score s = score(Corpus.load(corpus));
    assertThat(s.charRecall()).as(corpus).isGreaterThanOrEqualTo(recall);
    assertThat(s.charPrecision()).as(corpus).isGreaterThanOrEqualTo(precision);
  }

  /**
   * The sets labelled blind that the shipped model has never been trained on (the training command
   * skips {@code holdout-*} files): the third (scheduling, chats, faxes...) and the sixth (Spanish
   * and English, voicemails, HR, pharmacy, incidents, referrals), the tenth, twelfth, fourteenth,
   * fifteenth, seventeenth, eighteenth, twentieth, twenty-second, twenty-fourth, twenty-fifth,
   * twenty-seventh, twenty-ninth, thirty-first, thirty-second, thirty-fourth, thirty-fifth,
   * thirty-eighth, thirty-ninth, forty-second, forty-third, forty-fourth, forty-seventh,
   * forty-eighth, fiftieth, fifty-first, fifty-third, fifty-fifth, fifty-sixth, fifty-eighth,
   * fifty-ninth, sixty-first, sixty-second, sixty-fifth, sixty-seventh, sixty-ninth, seventy-first,
   * seventy-fourth, seventy-fifth, seventy-sixth, seventy-eighth, seventy-ninth, eighty-first,
   * eighty-fifth, eighty-sixth, eighty-seventh, eighty-ninth, ninetieth, ninety-first,
   * ninety-third, ninety-fourth, ninety-sixth, ninety-eighth, hundredth, hundred-and-first,
   * hundred-and-second, hundred-and-fourth, hundred-and-sixth, hundred-and-eighth,
   * hundred-and-tenth, hundred-and-thirteenth, hundred-and-sixteenth, hundred-and-nineteenth,
   * hundred-and-twenty-second, hundred-and-twenty-fourth, hundred-and-twenty-sixth,
   * hundred-and-twenty-eighth, hundred-and-thirtieth, hundred-and-thirty-second,
   * hundred-and-thirty-fourth, hundred-and-thirty-sixth, hundred-and-thirty-eighth,
   * hundred-and-fortieth, hundred-and-forty-second and hundred-and-forty-fourth. Their first-sight
   * scores are README's.
   */
  @ParameterizedTest
  @CsvSource({
    "holdout-first-sight-3.jsonl, 0.92, 0.94",
    "holdout-first-sight-6.jsonl, 0.89, 0.92",
    "holdout-first-sight-10.jsonl, 0.91, 0.94",
    "holdout-first-sight-12.jsonl, 0.91, 0.95",
    "holdout-first-sight-14.jsonl, 0.89, 0.96",
    "holdout-first-sight-15.jsonl, 0.92, 0.94",
    "holdout-first-sight-17.jsonl, 0.91, 0.94",
    "holdout-first-sight-18.jsonl, 0.94, 0.97",
    "holdout-first-sight-20.jsonl, 0.92, 0.94",
    "holdout-first-sight-22.jsonl, 0.93, 0.95",
    "holdout-first-sight-24.jsonl, 0.94, 0.95",
    "holdout-first-sight-25.jsonl, 0.94, 0.93",
    "holdout-first-sight-27.jsonl, 0.94, 0.95",
    "holdout-first-sight-29.jsonl, 0.94, 0.95",
    "holdout-first-sight-31.jsonl, 0.96, 0.95",
    "holdout-first-sight-32.jsonl, 0.90, 0.95",
    "holdout-first-sight-34.jsonl, 0.91, 0.92",
    "holdout-first-sight-35.jsonl, 0.91, 0.93",
    "holdout-first-sight-38.jsonl, 0.91, 0.93",
    "holdout-first-sight-39.jsonl, 0.92, 0.93",
    "holdout-first-sight-42.jsonl, 0.91, 0.93",
    "holdout-first-sight-43.jsonl, 0.93, 0.93",
    "holdout-first-sight-44.jsonl, 0.93, 0.91",
    "holdout-first-sight-47.jsonl, 0.95, 0.93",
    "holdout-first-sight-48.jsonl, 0.92, 0.94",
    "holdout-first-sight-50.jsonl, 0.93, 0.96",
    "holdout-first-sight-51.jsonl, 0.92, 0.95",
    "holdout-first-sight-53.jsonl, 0.93, 0.95",
    "holdout-first-sight-55.jsonl, 0.94, 0.93",
    "holdout-first-sight-56.jsonl, 0.95, 0.96",
    "holdout-first-sight-58.jsonl, 0.96, 0.96",
    "holdout-first-sight-59.jsonl, 0.95, 0.97",
    "holdout-first-sight-61.jsonl, 0.95, 0.96",
    "holdout-first-sight-62.jsonl, 0.97, 0.96",
    "holdout-first-sight-65.jsonl, 0.95, 0.96",
    "holdout-first-sight-67.jsonl, 0.94, 0.96",
    "holdout-first-sight-69.jsonl, 0.96, 0.95",
    "holdout-first-sight-71.jsonl, 0.90, 0.96",
    "holdout-first-sight-74.jsonl, 0.96, 0.94",
    "holdout-first-sight-75.jsonl, 0.96, 0.95",
    "holdout-first-sight-76.jsonl, 0.96, 0.93",
    "holdout-first-sight-78.jsonl, 0.96, 0.94",
    "holdout-first-sight-79.jsonl, 0.96, 0.95",
    "holdout-first-sight-81.jsonl, 0.95, 0.94",
    "holdout-first-sight-85.jsonl, 0.95, 0.95",
    "holdout-first-sight-86.jsonl, 0.91, 0.92",
    "holdout-first-sight-87.jsonl, 0.95, 0.93",
    "holdout-first-sight-89.jsonl, 0.95, 0.95",
    "holdout-first-sight-90.jsonl, 0.95, 0.97",
    "holdout-first-sight-91.jsonl, 0.95, 0.94",
    "holdout-first-sight-93.jsonl, 0.96, 0.95",
    "holdout-first-sight-94.jsonl, 0.97, 0.90",
    "holdout-first-sight-96.jsonl, 0.97, 0.90",
    "holdout-first-sight-98.jsonl, 0.97, 0.93",
    "holdout-first-sight-100.jsonl, 0.95, 0.95",
    "holdout-first-sight-101.jsonl, 0.95, 0.92",
    "holdout-first-sight-102.jsonl, 0.96, 0.93",
    "holdout-first-sight-104.jsonl, 0.96, 0.95",
    "holdout-first-sight-106.jsonl, 0.96, 0.93",
    "holdout-first-sight-108.jsonl, 0.92, 0.96",
    "holdout-first-sight-110.jsonl, 0.90, 0.93",
    "holdout-first-sight-113.jsonl, 0.90, 0.94",
    "holdout-first-sight-116.jsonl, 0.93, 0.95",
    "holdout-first-sight-119.jsonl, 0.84, 0.91",
    "holdout-first-sight-122.jsonl, 0.89, 0.95",
    "holdout-first-sight-124.jsonl, 0.88, 0.95",
    "holdout-first-sight-126.jsonl, 0.88, 0.95",
    "holdout-first-sight-128.jsonl, 0.88, 0.96",
    "holdout-first-sight-130.jsonl, 0.90, 0.95",
    "holdout-first-sight-132.jsonl, 0.87, 0.96",
    "holdout-first-sight-134.jsonl, 0.88, 0.94",
    "holdout-first-sight-136.jsonl, 0.88, 0.94",
    "holdout-first-sight-138.jsonl, 0.95, 0.97",
    "holdout-first-sight-140.jsonl, 0.95, 0.97",
    "holdout-first-sight-142.jsonl, 0.95, 0.91",
    "holdout-first-sight-144.jsonl, 0.87, 0.97"
  })
  void theHoldoutSetsAboveFloors(String corpus, double recall, double precision) {
    Score s = score(Corpus.load(corpus));
    assertThat(s.charRecall()).as(corpus).isGreaterThanOrEqualTo(recall);
    assertThat(s.charPrecision()).as(corpus).isGreaterThanOrEqualTo(precision);
  }
}
