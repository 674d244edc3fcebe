package com.backofficecare.safeguard.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The detector must stay linear on adversarial input (no catastrophic backtracking: it uses no
 * backtracking patterns). This is a complexity check, not a speed measure: it compares the CPU time
 * of an input with that of one four times as long. Linear code gives a ratio near 4, a quadratic
 * one near 16; the bound of 9 leaves room for noise.
 */
class LinearTimeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "@",
        "a@",
        "a.",
        "1-",
        "1/",
        "1.",
        ":",
        "::",
        "Aa ",
        "A. ",
        "Aa, ",
        "1 ",
        "www.",
        "http://",
        "12 Oak ",
        "Mr. ",
        "-a",
        "((",
        "9HV6U6",
        "a@b.",
        "A-",
        "Mr. Abara said Abara ",
        "Aa de la ",
        "Aa 'Bb' ",
        "A*B*",
        "Aa^Bb^",
        "Jun-ho ",
        "license 1-",
        "last_name,ssn\nAa,1\n",
        "name,dob,\"",
        "+1 2 ",
        "Aa and ",
        "aa: ",
        "he is 95 ",
        "ending 1234 ",
        "01/02 ",
        "the Aa home ",
        "DE89 ",
        "xx-",
        "Name (a, b): ",
        "96yo ",
        "AA BB ",
        "Rural Route 1 ",
        "RR 1, ",
        "11/1-",
        "J.R. ",
        "100th birthday ",
        "123-45-6789A ",
        "PT HAS HAD A ",
        "spoke w/ maria ",
        "five five five ",
        "Peg, Lottie and ",
        "BM 10/9 ",
        "Aa-Bb-",
        "X. ",
        "3/4 visit 03/06/2026 ",
        "[3/12 6:47 PM] Aa: hi\n",
        "Aa, J (3/13), ",
        "in Novi Sad, Kenya ",
        "County: Aa\n",
        "ok. -AB\n",
        "last 4 0932 ",
        "clientId=517225 ",
        "{\"memberId\":\"5520917734\",",
        "clientid_clientid=",
        "\"clientId\":\"1 ",
        "clientIds:[1,",
        "\"zips\":[\"1\", ",
        "<memberId>1",
        "<ns:mrn>12345</ns:mrn>",
        "name  emp id  ",
        "name  emp id\n",
        "|id|name|\n|---|---|\n",
        "run 25-1 8/",
        "name,dob\nOkafor,1950-01-02\n\n",
        "<member_id>1",
        "clientIds: [\n1,\n",
        "mood 5/10, ",
        "ID 1-2-3-",
        "case # is 88104-2 ",
        "Ellis, Ruth     ",
        "NM1*IL*1*A*B*C***MI*1~",
        "DTP*472*RD8*20250101-20250102~\n",
        "NM1*",
        "at mr kaplans ",
        "darnells friend ",
        "{\"resourceType\":\"A\",\"id\":\"1a2\"}",
        "\"reference\":\"Patient/",
        "\"system\":\"http://loinc.org\",",
        "PID|1||1^^^A^MR~",
        "MSH|^~\\&|\nPID|1||1~1~",
        "PID|1||A^B^C||1|F|||1 A ST^^B^C^12345~\\r",
        "NK1|1|A^B|C|~^~^~",
        "\nPV1|1|O|||||1^A^B^^^MD~",
        "1 2 3 4 ",
        "number is p 1 2 3 4 5. ",
        "MRN 2201874 and 2201874 ",
        "RECEMPNO  SSN\nD  1A\n",
        "A B C D EMPNO  ",
        "ZIP  NAME\n",
        "BEGIN:VCARD\nN:A;B;C\n",
        "BEGIN:VCARD\nitem1.ADR:;;1;2;3;4;5\nORG:A;B\n",
        "Received: from a.com by b.com ",
        "Message-ID: <a@b.com>\n",
        "a-a-a-a:<a@b.co> ",
        "20251112T093000 ",
        "TZID=America/New_York:",
        "lastName=Okafor firstName=Joy ",
        "SSN 123-45-6789|1|",
        "knee 3+/5, ",
        "visits 3/10, 4/5, ",
        "Rd, Ellison, 48830\n",
        "CITY: A B ",
        "<a ",
        "<a b=\"",
        "<a><b>",
        "</a>",
        "<!--",
        "<name><given>A</given>",
        "<id root=\"2.16.840.1.113883.4.6\" extension=\"1",
        "<tr><th>Member ID</th><td>1</td>",
        "<telecom value=\"tel:",
        "| Ann Lee | 1 | Bo Li |\n",
        "Name  Phone  Backup\nAnn Lee  555-0100  Bo\n",
        "+16465550183 ",
        "INSERT INTO clients (id, name) VALUES (1, 'A'), ",
        "INSERT INTO a (b, ",
        "insert into (",
        "(1, 'a''",
        "&client_dob=1%2F2&name=A+B",
        "Name: Aa Bb\n",
        "<td style=\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ",
        "DeLaCruz, ",
        "Date: 1 / 1 / ",
        "D0B: O 1 ",
        "INSERT INTO a (b) VALUES (/*",
        "INSERT INTO [a (",
        "REPLACE INTO a (b) VALUES ('\\\\'",
        "x=%4&y=%zz+",
        "12 ",
        "CMS-1500 01 02 ",
        "a.b.c.",
        "a.b = 1\n",
        "XXXX",
        "acct \u2022",
        "412 Oak St\nAa ",
        " - Aa sat 8a\n",
        "Rt. 2 Box ",
        "FieldName: dob FieldValue: ",
        "<field name=\"dob",
        "/T (dob) /V (",
        "6220671045382209184471       0000084523EMP20417       OKAFOR NGOZI            "
            + "0033180270000001\n",
        "uid=a,ou=b,",
        "cn=A\\, B,",
        "dn: cn=Aa Bb,dc=x\ncn: Aa Bb\n",
        "Name   : ",
        "='Aa B'!B1\t",
        "/home/aaaa/",
        "&nbsp;",
        "<b>1</b>",
        "@Aa Bb ",
        "DATE(2026,1,",
        "Comment [AB1]: ",
        "\\fswiss Aa;",
        "&ndash;Aa ",
        "&nbspAa ",
        "font-family: Aa, ",
        "'Aa B:Cc D'!B1 ",
        "cn=N\\C3\\BA,",
        "0003: 6220710000134471829930       000012845040118          ABERNATHY ROSE          "
            + "0091000010000001",
        "Key (a, b)=(1, ",
        "/clients/1/",
        "Present: AB, ",
        "(AB 1/2) ",
        "user aaaa ",
        "Visa x1234 ",
        "Aa and English, Aa, Florida ",
        "^XA^FO1,1^FDAa^FS",
        "^XA ^FS~",
        "Duplicate entry 'a",
        "Duplicate entry '1' for key 'a_ssn' ",
        "constraint 'uq_mrn'. The duplicate key value is (",
        "Visa-1234 ",
        "Amex ending 12345 ",
        "Account Name: aaaa\naaaa ",
        "in grace ",
        "DAD WILL BE ",
        "{\"client\": {\"a\": [1, {\"b\": 2}], \"id\": 5} ",
        "{\"id\": [{[{[\"id\": 1 ",
        "state pen DOC 123456 ",
        "Ann Lee, 91 F w/ ",
        "C/O 6/10 CHEST ",
        "902 W Calle Ocho Apt 5 ",
        "Comment - Ann Lee ",
        "Ann (\"Al\"), 91 F ",
        "3/36 - 22/36 ",
        "ANA pos, IDA and ",
        "Barrett's Crohn's ",
        "goes by Ann Lee aka Bo ",
        "Katz 3, dex 4 mg ",
        "m dot b a r r e r a at b h dot com ",
        "a b c d at ",
        "4 1 5 5 5 ",
        "EMP 55-10293 Von Willebrand disease R. Dix-Hallpike positive ",
        "ending in four four "
      })
  void costGrowsLinearly(String unit) {
    assertLinear(unit, 50_000);
  }

  /**
   * A transcript from speech recognition often comes as one line: a number read aloud there must
   * not look back to the line's start each time (a quadratic cost only past about 1 MB).
   */
  @Test
  void numbersReadAloudOnOneLongLineCostLinearly() {
    assertLinear("one two oh five now ", 400_000);
  }

  /**
   * Letters spelled out with commas or "as in" between them, on one long line: only a spelling's
   * first letter reads the letters after it (each letter did, once, for a quadratic cost).
   */
  @Test
  void lettersSpelledWithCommasCostLinearly() {
    assertLinear("A, ", 100_000);
    assertLinear("K as in kite, ", 100_000);
  }

  /**
   * Speech's values said back and paused in, repeated on one line and one line each: a house number
   * said back reads the two lines before it only, a day's pauses and a run's commas a few tokens.
   */
  @Test
  void valuesSaidBackCostLinearly() {
    assertLinear("5 5, ", 100_000);
    assertLinear("November the... the, ", 100_000);
    assertLinear("A: at 614 Locust Lane 614 614 614 614 614 614\nB: Six fourteen, yes.\n", 100_000);
    assertLinear("where were you born greenwood, ", 100_000);
  }

  /**
   * Spellings, groups parted by dashes, days searched for, names said twice and degrees, repeated:
   * a spelling's full stop and a spelled letter's word read two tokens, a dash's group at most five
   * digits back, a run of degrees at most sixteen tokens.
   */
  @Test
  void spellingsAndDashedGroupsCostLinearly() {
    assertLinear("W-O-J-C-I-K. P as in Paul, ", 100_000);
    assertLinear("3 0 0 5 - 6 7 1 2 - ", 100_000);
    assertLinear("on the, uh, eleventh, 12 Oak St, nine three ", 100_000);
    assertLinear("Paul, Paul Lutz, M.S.N., R.N., ", 100_000);
    assertLinear("he was... ninety-four. 2025-K. ", 100_000);
  }

  /** Days said beside days, each a few tokens from the next: each day's partner is read once. */
  @Test
  void daysBesideDaysCostLinearly() {
    assertLinear("the tenth through the twelfth and the 3rd or twenty-first, ", 100_000);
  }

  /**
   * Speakers' labels in capitals, each line another, and names whose initials or words they may be:
   * the labels and the names found are each read once into sets, not each label against every name.
   */
  @Test
  void speakersLabelsCostLinearly() {
    assertLinear("LM: Loretta Marsh, LINDGREN, AGNES M\nANCA: Anca P, we're + X\n", 100_000);
    StringBuilder many = new StringBuilder();
    for (char a = 'A'; a <= 'Z'; a++) {
      for (char b = 'A'; b <= 'Z'; b++) {
        many.append(a).append(b).append(": ").append(a).append("ara ").append(b).append("ell\n");
      }
    }
    assertLinear(many.toString(), 100_000);
  }

  private void assertLinear(String unit, int size) {
    IntFunction<String> input = n -> unit.repeat(n / unit.length());
    PhiDetector detector = PhiDetector.standard();
    for (int i = 0; i < 8; i++) {
      detector.detect(input.apply(50_000)); // warm up: the model's code must be compiled first
    }
    // A quadratic cost fails every attempt; a pause of the shared machine fails one at most.
    double ratio = Double.MAX_VALUE;
    for (int attempt = 0; attempt < 3 && ratio >= 9.0; attempt++) {
      long small = bestCpuNanos(() -> detector.detect(input.apply(size)));
      long large = bestCpuNanos(() -> detector.detect(input.apply(4 * size)));
      ratio = Math.min(ratio, (double) large / Math.max(small, 1_000_000));
    }
    assertThat(ratio).as("CPU time ratio for 4x input of '%s'", unit).isLessThan(9.0);
  }

  /**
   * Many small tables and one name at the text's end: each table's cells are looked up among the
   * names others found in their own characters only, not up to the next name.
   */
  @Test
  void tablesBeforeOneNameCostLinearly() {
    String tables = "ssn,code,notes\n1,a,b\n1,a,b\n1,a,b\n\n";
    IntFunction<String> input =
        n -> tables.repeat(n / tables.length()) + "Patient John Smith was seen.";
    PhiDetector detector = PhiDetector.standard();
    for (int i = 0; i < 3; i++) {
      detector.detect(input.apply(300_000));
    }
    // The look-up was once quadratic there: 10 times the cost for 4 times the text at this size.
    double ratio = Double.MAX_VALUE;
    for (int attempt = 0; attempt < 3 && ratio >= 7.0; attempt++) {
      long small = bestCpuNanos(() -> detector.detect(input.apply(300_000)));
      long large = bestCpuNanos(() -> detector.detect(input.apply(1_200_000)));
      ratio = Math.min(ratio, (double) large / Math.max(small, 1_000_000));
    }
    assertThat(ratio).as("CPU time ratio for 4x tables before a name").isLessThan(7.0);
  }

  private static long bestCpuNanos(Runnable r) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long t0 = bean.getCurrentThreadCpuTime();
      r.run();
      best = Math.min(best, bean.getCurrentThreadCpuTime() - t0);
    }
    return best;
  }
}
