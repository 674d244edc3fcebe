package com.backofficecare.safeguard.core.detection.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The words the recognizers know: name lists, common English words, and the labels and cues that
 * raise or lower the confidence of a finding. Loaded once; immutable.
 */
final class Lexicon {

  // Word classes (Lexicon#word).
  static final int FIRST = 1;
  static final int LAST = 1 << 1;
  static final int COMMON = 1 << 2;

  /** Never part of a name: months, roles, labels, document and organisation words. */
  static final int STOP = 1 << 3;

  static final int MONTH = 1 << 4;
  static final int WEEKDAY = 1 << 5;
  static final int STREET_SUFFIX = 1 << 6;
  static final int UNIT = 1 << 7;
  static final int DIRECTION = 1 << 8;
  static final int STATE = 1 << 9;

  /** Mr, Mrs, Dr: a name follows. */
  static final int TITLE = 1 << 10;

  /** Client, caregiver, aide, daughter: a name often follows. */
  static final int ROLE = 1 << 11;

  /** for, with, by: a name may follow. */
  static final int WEAK_CUE = 1 << 12;

  static final int LICENSE_PREFIX = 1 << 13;
  static final int ID_PREFIX = 1 << 14;
  static final int PARTICLE = 1 << 15;
  static final int ORG = 1 << 16;
  static final int STATE_NAME = 1 << 17;
  static final int ORDINAL_SUFFIX = 1 << 18;
  static final int NAMED_ROAD = 1 << 19;

  /** Words some recognizer compares literally (MRN, SN, DL, PO): a cheap gate before it does. */
  static final int KEYWORD = 1 << 20;

  /** Street types written before the name: Calle Luna, Rue des Lilas, Avenida Juárez. */
  static final int STREET_PREFIX = 1 << 21;

  /** id, number, no: a label whose meaning comes from the word before it. */
  static final int GENERIC_LABEL = 1 << 22;

  /** A whole one-word place name: a US or Canadian city or town, a US county's name. */
  static final int PLACE = 1 << 23;

  /** A word of a place name of several words ("Santa", "Fe"). */
  static final int PLACE_PART = 1 << 24;

  /** Clinical vocabulary: drugs, abbreviations, nursing words (never a name in capitals). */
  static final int CLINICAL = 1 << 25;

  /** Word classes of the ordinary vocabulary, none of which alone makes a name. */
  static final int ORDINARY = COMMON | CLINICAL | STOP | ROLE | WEAK_CUE;

  /** Numbers spoken or written out: one, twenty, hundred, oh, zero. */
  static final int NUMBER_WORD = 1 << 26;

  /** Ordinals written out: first, third, twelfth, thirtieth. */
  static final int ORDINAL_WORD = 1 << 27;

  /** A country of one word: Kenya, Ukraine (never a city, nor a person on its own). */
  static final int COUNTRY = 1 << 28;

  /** A language or nationality: Farsi, Somali, Azorean (never a person's name on its own). */
  static final int LANGUAGE = 1 << 29;

  /**
   * A word of a language families write besides English: Spanish, Tagalog, Haitian Creole, Hindi in
   * Latin letters... ("quiero", "kaya", "jodi"), some of them names too.
   */
  static final int FOREIGN = 1 << 30;

  // Context cues (Lexicon#cue): what a nearby label says the value is.
  static final int C_DATE = 1;
  static final int C_PHONE = 1 << 1;
  static final int C_SSN = 1 << 2;
  static final int C_CARD = 1 << 3;
  static final int C_ACCOUNT = 1 << 4;
  static final int C_ROUTING = 1 << 5;
  static final int C_MRN = 1 << 6;
  static final int C_PLAN = 1 << 7;
  static final int C_LICENSE = 1 << 8;
  static final int C_NPI = 1 << 9;
  static final int C_VEHICLE = 1 << 10;
  static final int C_DEVICE = 1 << 11;
  static final int C_ZIP = 1 << 12;
  static final int C_AGE = 1 << 13;
  static final int C_ID = 1 << 14;
  static final int C_IP = 1 << 15;

  /** Amounts, counts and codes that are not identifiers: invoice, room, pulse, ICD. */
  static final int C_NOT_PHI = 1 << 16;

  static final int C_DEA = 1 << 17;
  static final int C_VIN = 1 << 18;

  private static final Lexicon INSTANCE = new Lexicon();

  private final WordTable table;

  /** Countries of several words ("el salvador"), folded, lower case. */
  private final java.util.Set<String> countries;

  static Lexicon get() {
    return INSTANCE;
  }

  private Lexicon() {
    WordTable.Builder w = new WordTable.Builder();
    load("first-names.txt", FIRST, w);
    load("given-names.txt", FIRST, w);
    load("last-names.txt", LAST, w);
    load("word-surnames.txt", LAST, w);
    load("family-names.txt", LAST, w);
    load("common-words.txt", COMMON, w);
    load("spanish-words.txt", COMMON | FOREIGN, w);
    load("other-language-words.txt", COMMON | FOREIGN, w);
    load("other-language-name-words.txt", FOREIGN, w);
    load("technical-words.txt", COMMON, w);
    load("faith-words.txt", COMMON, w);
    load("clinical-words.txt", CLINICAL, w);
    loadPlaces(w);
    java.util.Set<String> longCountries = new java.util.HashSet<>();
    forEachLine(
        "countries.txt",
        line -> {
          if (line.indexOf(' ') < 0 && line.indexOf('-') < 0) {
            w.word(line, COUNTRY);
          } else {
            longCountries.add(line);
          }
        });
    countries = java.util.Set.copyOf(longCountries);
    load("languages.txt", LANGUAGE, w);
    add(
        w,
        MONTH,
        "january february march april may june july august september october"
            + " november december jan feb mar apr jun jul aug sep sept oct nov dec"
            + " enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre"
            + " noviembre diciembre");
    add(
        w,
        WEEKDAY | STOP,
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues"
            + " wed thu thur thurs fri sat sun lunes martes miercoles jueves viernes sabado"
            + " domingo");
    add(
        w,
        STREET_SUFFIX,
        "street st avenue ave av road rd boulevard blvd lane ln drive dr court ct"
            + " way place pl terrace ter circle cir parkway pkwy highway hwy trail trl loop square sq"
            + " row run path pike alley aly crossing xing point pt ridge heights hts plaza plz"
            + " expressway expy freeway fwy turnpike tpke grove grv walk commons cove cv glen"
            + " hollow holw landing lndg manor mnr pass bend crescent cres close terr concourse"
            + " causeway cswy mews");
    add(w, GENERIC_LABEL, "id number no num record");
    add(
        w,
        NUMBER_WORD,
        "zero oh one two three four five six seven eight nine ten eleven twelve"
            + " thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty"
            + " fifty sixty seventy eighty ninety hundred thousand double triple");
    add(
        w,
        ORDINAL_WORD,
        "first second third fourth fifth sixth seventh eighth ninth tenth"
            + " eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth"
            + " nineteenth twentieth thirtieth");
    add(
        w,
        STREET_PREFIX,
        "calle avenida camino paseo rua rue via carrera calzada boulevard chemin strada vista");
    add(w, NAMED_ROAD, "broadway route rte highway hwy county township");
    add(
        w,
        UNIT,
        "apt apartment unit suite ste room rm fl floor bldg building lot space spc trlr dept"
            + " apto depto");
    add(
        w,
        DIRECTION,
        "n s e w ne nw se sw north south east west northeast northwest southeast" + " southwest");
    add(
        w,
        STATE,
        "al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo"
            + " mt ne nv nh nj nm ny nc nd oh ok or pa pr ri sc sd tn tx ut vt va wa wv wi wy gu vi");
    add(
        w,
        STATE_NAME,
        "alabama alaska arizona arkansas california colorado connecticut delaware"
            + " florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine"
            + " maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada"
            + " ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington"
            + " wisconsin wyoming");
    add(
        w,
        TITLE | STOP,
        "mr mrs ms miss mx dr prof rev sr jr sra srta dra nee officer sgt det"
            + " detective deputy senor senora senorita dona mme mlle madame monsieur");
    add(w, TITLE, "reverend pastor imam rabbi deacon cantor swami");
    add(
        w,
        ROLE | STOP,
        "client patient pt caregiver aide hha cna pca rn lpn lvn nurse therapist"
            + " physician doctor provider supervisor coordinator scheduler employee worker resident"
            + " daughter son wife husband spouse mother father sister brother niece nephew"
            + " granddaughter grandson grandmother grandfather guardian poa relative friend neighbor"
            + " attn dear signed name named rep representative beneficiary subscriber insured"
            + " applicant member contact caseworker manager staff clinician aid companion homemaker"
            + " sibling partner son-in-law daughter-in-law caller recipient sender from to cc"
            + " emergency parent admin administrator assigned hi hello hey mom dad mum mama papa"
            + " grandma grandpa dtr dau gdtr granddtr granddau grddtr gdau gson hubby referral nana granny hija hijo esposa"
            + " esposo abuela abuelo abuelita abuelito nieta nieto sobrina sobrino hermana hermano"
            + " tia tio prima primo suegra suegro nuera yerno cunada cunado cuidadora enfermera"
            + " enfermero vecina vecino amiga mija mijo aunt auntie uncle cousin godmother godfather"
            + " stepmother stepfather stepson stepdaughter fiance fiancee boyfriend girlfriend"
            + " veteran vet child family kuya anak lolo asawa kapatid nanay tatay pitit manman"
            + " enfimyè filha filho avó avô irmão marido cuidador enfermeira córka syn żona"
            + " mąż matka ojciec babcia dziadek wnuczka siostra pielęgniarka opiekunka hooyo"
            + " aabe aabbe wiilka gabadha walaal kalkaaliso kalkaalisada beti bhai bhaiya"
            + " behen dadi dada mummy fille fils mère père infirmière figlia figlio"
            + " madre padre infermiera baba habibti noona unnie oppa hyung halmoni"
            + " halmeoni omma eomma appa tita tito popo yeye nainai laolao waipo mami papi"
            + " jiddo teta sitto khala amma ammi abbu chacha chachi mausi thatha paati ajji"
            + " umma abba emaye abaye didi tech technician clerk pharmacist dispatcher driver"
            + " agent dmm texter ibclc rpsgt pharmd rph dvm vmd grantee grantor affiant decedent"
            + " executor executrix testator trustee conservator petitioner respondent plaintiff"
            + " defendant tenant landlord notary");
    add(
        w,
        WEAK_CUE,
        "for with by per called spoke visited notified informed met saw"
            + " reschedule cover swap paged texted emailed replaced relieved");
    add(
        w,
        LICENSE_PREFIX,
        "rn lpn lvn cna hha pca aprn np crna cma cpr chha stna lna gna"
            + " pta ota slp lcsw msw lsw ccm dl");
    add(w, ID_PREFIX, "cl clt cli emp ee pt pat cg cgv stf aide eid mbr cid pid");
    add(w, PARTICLE, "de la del da di van von der den le du dos das bin al el st");
    add(
        w,
        ORG,
        "care homecare health healthcare services service agency hospital clinic center"
            + " centre inc llc ltd corp company co group associates partners medical pharmacy bank"
            + " insurance plan plans medicare medicaid blue cross shield mutual national university"
            + " college school church foundation trust county city state department hospice nursing"
            + " home homes senior seniors living assisted rehab rehabilitation therapy labs lab"
            + " systems solutions walgreens cvs cigna aetna humana fresenius lincare apria"
            + " adapthealth plumbing heating cooling electric electrical appliance appliances lawn"
            + " landscaping roofing hvac realty movers locksmith exterminating remodeling");
    add(
        w,
        STOP,
        "visit note notes claim claims portal login policy review team reminder update"
            + " totals schedule shift payroll billing invoice credential check license vehicle"
            + " address phone email fax report id dob mrn ssn npi ein dea icd hcpcs cpt bp hr temp"
            + " pulse vitals observed diagnosis dx rx med meds medication notes chart record"
            + " medicare medicaid secondary primary payer rendering service services copay"
            + " deductible total amount balance due paid date time am pm the a an of on at in"
            + " is was be this that these those it its he she they we you i my your our their"
            + " his her hers ok yes no not none tbd hi hello thanks regards sincerely"
            + " re fw fwd subject urgent important please note cc bcc attached attachment file"
            + " home work cell mobile office main usa us america american zip code sex gender"
            + " male female");
    add(w, ORDINAL_SUFFIX, "st nd rd th");
    add(
        w,
        KEYWORD,
        "mrn mr sn fob serial s dl cdl po p post license licence lic cert certificate"
            + " account acct asset plate tag medicaid medicare member subscriber imei meid rural rr rt rte route hc pob"
            + " commission");

    cue(
        w,
        C_DATE,
        "dob birth born birthdate birthday bday date dated on since from until through thru"
            + " expires expire expiration expiry exp admitted admission discharged discharge"
            + " effective eff service visit seen start started end ended hired hire terminated"
            + " deceased died death dos doa onset signed due renewal renewed issued next by before"
            + " dates");
    cue(
        w,
        C_PHONE,
        "phone ph tel telephone cell cellphone mobile fax call text contact reached"
            + " reach pager voicemail vm sms dial phone# tel# cell# landline whatsapp number"
            + " inbound outbound");
    cue(w, C_SSN, "ssn ss ss# social ssn# tin itin taxpayer");
    cue(
        w,
        C_CARD,
        "card visa mastercard mc amex discover credit debit cc ccn pan charged"
            + " cardholder jcb diners");
    cue(
        w,
        C_ACCOUNT,
        "account acct acct# account# acc bank checking savings sav iban dda deposit dep"
            + " ach a/c");
    cue(w, C_ROUTING, "routing aba rtn transit");
    cue(w, C_MRN, "mrn chart mr record emr ehr");
    cue(
        w,
        C_PLAN,
        "medicare medicaid member mbr subscriber policy plan insurance insured beneficiary"
            + " hicn mbi group payer payor hmo ppo coverage cin medi-cal bcbs aetna cigna humana"
            + " uhc unitedhealthcare anthem kaiser tricare wellcare molina ambetter caresource"
            + " highmark");
    cue(
        w,
        C_LICENSE,
        "license licence lic lic# license# certification cert certificate driver"
            + " credential permit registration registry passport commission");
    cue(w, C_NPI, "npi");
    cue(w, C_DEA, "dea");
    cue(
        w,
        C_VEHICLE,
        "vehicle plate plates car tag auto truck van registration aircraft acft helicopter tail");
    cue(w, C_VIN, "vin");
    cue(
        w,
        C_DEVICE,
        "serial sn s/n device imei mac udid meid esn pump monitor glucometer"
            + " pacemaker implant hearing tablet laptop phone asset");
    cue(w, C_ZIP, "zip zipcode postal postcode");
    cue(w, C_AGE, "age aged turned turns turning edad");
    cue(
        w,
        C_ID,
        "client employee patient caregiver staff emp worker id badge ee eid auth"
            + " authorization referral rx rx# prescription cl icn tcn");
    cue(w, C_IP, "ip ipv4 ipv6 host from");
    cue(
        w,
        C_NOT_PHI,
        "invoice room pulse bp temp icd icd-10 hcpcs cpt week units unit hours"
            + " mileage mi mg ml visits tasks pay period page rev version v ver order po ref"
            + " ticket case sku qty total amount balance step level grade score rate lbs kg"
            + " floor bed suite line item no offset partition etag bytes batch form forms peep"
            + " ipap epap apgar apgars bin");
    table = w.build();
  }

  /** The entry of {@code text[start, end)} whose hash is given; 0 when unknown. */
  long lookup(int hash, char[] text, int start, int end) {
    return table.get(hash, text, start, end);
  }

  /** Word classes of {@code text[start, end)} (0 when unknown). */
  int word(char[] text, int start, int end) {
    return wordClasses(lookup(WordTable.hash(text, start, end), text, start, end));
  }

  static int wordClasses(long entry) {
    return (int) entry;
  }

  static int cues(long entry) {
    return (int) (entry >>> 32);
  }

  /**
   * Whether {@code text[start, end)} names a country of several words ("Sierra Leone", "El
   * Salvador"), its words separated by single spaces or hyphens.
   */
  boolean countryOfWords(CharSequence text, int start, int end) {
    return end > start && end - start <= 32 && countries.contains(folded(text, start, end));
  }

  /**
   * Whether {@code text[start, end)} is a populated place outside the US and Canada in the GeoNames
   * gazetteer ("Kharkiv", "Novi Sad", "Port-au-Prince"). The list of about 134,000 names is read on
   * the first call.
   */
  static boolean placeAbroad(CharSequence text, int start, int end) {
    return end > start && end - start <= 40 && WorldPlaces.contains(key(folded(text, start, end)));
  }

  private static String folded(CharSequence text, int start, int end) {
    char[] c = new char[end - start];
    for (int i = start; i < end; i++) {
      c[i - start] = WordTable.lower(text.charAt(i));
    }
    return new String(c);
  }

  /** A 64-bit FNV-1a hash: 134,000 names in a sorted array, not a set of strings. */
  private static long key(String name) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < name.length(); i++) {
      h = (h ^ name.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** The gazetteer of places abroad, loaded when first needed (holder idiom). */
  private static final class WorldPlaces {
    private static final long[] KEYS = load();

    static boolean contains(long key) {
      return java.util.Arrays.binarySearch(KEYS, key) >= 0;
    }

    private static long[] load() {
      String resource = "world-places.txt.gz";
      try (InputStream raw = Lexicon.class.getResourceAsStream(resource)) {
        if (raw == null) {
          throw new IllegalStateException("missing detector resource " + resource);
        }
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(
                    new java.util.zip.GZIPInputStream(raw), StandardCharsets.UTF_8));
        long[] keys = new long[1 << 17];
        int n = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (!line.isEmpty() && line.charAt(0) != '#') {
            if (n == keys.length) {
              keys = java.util.Arrays.copyOf(keys, n * 2);
            }
            keys[n++] = key(line);
          }
        }
        keys = java.util.Arrays.copyOf(keys, n);
        java.util.Arrays.sort(keys);
        return keys;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read detector resource " + resource, e);
      }
    }
  }

  /** 1 to 12 for a month name or abbreviation, else 0. */
  static int month(CharSequence text, int start, int end) {
    if (end - start < 3) {
      return 0;
    }
    char a = WordTable.lower(text.charAt(start));
    char b = WordTable.lower(text.charAt(start + 1));
    char c = WordTable.lower(text.charAt(start + 2));
    return switch (a) {
      case 'j' -> b == 'a' ? 1 : (c == 'n' ? 6 : (c == 'l' ? 7 : 0));
      case 'e' -> b == 'n' ? 1 : 0; // enero
      case 'f' -> 2;
      case 'm' -> c == 'r' ? 3 : (c == 'y' ? 5 : 0);
      case 'a' -> b == 'p' || b == 'b' ? 4 : (b == 'u' || b == 'g' ? 8 : 0); // abril, agosto
      case 's' -> 9;
      case 'o' -> 10;
      case 'n' -> 11;
      case 'd' -> 12;
      default -> 0;
    };
  }

  private static void add(WordTable.Builder table, int bits, String words) {
    for (String word : words.split(" ")) {
      table.word(WordTable.fold(word).toLowerCase(Locale.ROOT), bits);
    }
  }

  private static void cue(WordTable.Builder table, int bits, String words) {
    for (String word : words.split(" ")) {
      table.cue(word.toLowerCase(Locale.ROOT), bits);
    }
  }

  /**
   * Places: a one-word name is a {@link #PLACE}, each word of a longer one a {@link #PLACE_PART}
   * (words split at runs of spaces, hyphens, periods and apostrophes; a name that starts with one
   * of those counts an empty first word, as {@code String.split} does).
   */
  private static void loadPlaces(WordTable.Builder table) {
    forEachLine(
        "places.txt",
        line -> {
          int words = line.isEmpty() || !isPlaceSeparator(line.charAt(0)) ? 0 : 1;
          for (int i = nextWord(line, 0); i < line.length(); i = nextWord(line, wordEnd(line, i))) {
            words++;
          }
          int bits = words == 1 ? PLACE : PLACE_PART;
          for (int i = nextWord(line, 0); i < line.length(); i = nextWord(line, wordEnd(line, i))) {
            String word = line.substring(i, wordEnd(line, i)).toLowerCase(Locale.ROOT);
            table.word(WordTable.fold(word).toLowerCase(Locale.ROOT), bits);
          }
        });
  }

  private static int nextWord(String line, int i) {
    while (i < line.length() && isPlaceSeparator(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int wordEnd(String line, int i) {
    while (i < line.length() && !isPlaceSeparator(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isPlaceSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '\'';
  }

  private static void load(String resource, int bits, WordTable.Builder table) {
    forEachLine(resource, line -> table.word(WordTable.fold(line).toLowerCase(Locale.ROOT), bits));
  }

  private static void forEachLine(String resource, java.util.function.Consumer<String> action) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing detector resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          action.accept(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read detector resource " + resource, e);
    }
  }
}
