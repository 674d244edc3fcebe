package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a field or column name announces: {@code dob} a date, {@code Member_ID} a health plan id.
 * One dictionary for record fields ({@code RecordClassifier}) and for the header rows of tables
 * inside text ({@link Columns}). Not API.
 */
public final class FieldNames {

  private static final Map<String, PhiType> TYPES = types();

  private FieldNames() {}

  /** The identifier type {@code name} announces, or null; case, spaces and punctuation ignored. */
  public static @Nullable PhiType typeOf(CharSequence name) {
    return typeOfNormalized(normalize(name));
  }

  /**
   * As {@link #typeOf} for a name already {@link #normalize normalized}; a name that ends in a
   * person's id key is that id ("clientMedicaidId", "primaryMemberId"), and an OASIS export's
   * column is typed by what follows its item code ("M0040_PAT_FNAME", "M0066_PAT_BIRTH_DT").
   */
  static @Nullable PhiType typeOfNormalized(String name) {
    PhiType type = TYPES.get(name);
    if (type != null) {
      return type;
    }
    for (String suffix : KEY_SUFFIXES) {
      if (name.length() > suffix.length() && name.endsWith(suffix)) {
        return TYPES.get(suffix);
      }
    }
    String field = withoutPerson(name);
    if (field != null) {
      return TYPES.get(field); // "client_dob", "referrerPhone"
    }
    for (String tail : TAILS) {
      if (name.length() > tail.length() && name.endsWith(tail)) {
        type = TYPES.get(name.substring(0, name.length() - tail.length())); // "ssnLast4"
        if (type != null) {
          return type;
        }
      }
    }
    for (String own : OWN_SUFFIXES) {
      if (name.length() > own.length() && name.endsWith(own)) {
        return TYPES.get(own); // "deviceImei", "referringNpi", "image.client.mrn"
      }
    }
    type = paired(name);
    if (type != null) {
      return type;
    }
    if (!oasisItem(name)) {
      return null;
    }
    field = name.substring(5);
    type = TYPES.get(field); // "patid"
    return type != null ? type : typeOfNormalized(withoutPatient(field));
  }

  /**
   * The type of one of a pair's fields, marked by a letter or a digit after a person's field: "MRN
   * A" and "MRN B" of a duplicate-record report, "Phone 2"; null for other fields, and for names,
   * whose cells a pair's report fills with notes as often ("NO MATCH", "Moved out of state").
   */
  private static @Nullable PhiType paired(String name) {
    int n = name.length();
    if (n < 4 || "ab12".indexOf(name.charAt(n - 1)) < 0) {
      return null;
    }
    PhiType type = TYPES.get(name.substring(0, n - 1));
    return type != null && PAIRED.contains(type) ? type : null;
  }

  private static final java.util.Set<PhiType> PAIRED =
      java.util.EnumSet.of(
          PhiType.DATE,
          PhiType.MRN,
          PhiType.SSN,
          PhiType.PHONE,
          PhiType.HEALTH_PLAN_ID,
          PhiType.ID);

  /** An OASIS item's code before the field's name: "m0040" of "M0040_PAT_FNAME". */
  private static boolean oasisItem(String name) {
    if (name.length() <= 5 || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < 5; i++) {
      if (name.charAt(i) < '0' || name.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** "patfname" is "fname", "patientbirthdt" is "birthdt": the patient's own field. */
  private static String withoutPatient(String name) {
    if (name.startsWith("patient") && name.length() > 7) {
      return name.substring(7);
    }
    return name.startsWith("pat") && name.length() > 3 ? name.substring(3) : name;
  }

  /** Whose field a key's first word says ("clientfirst", "referrername"), before the field. */
  private static final String[] PERSON_PREFIXES = {
    "client",
    "patient",
    "member",
    "caregiver",
    "employee",
    "referrer",
    "contact",
    "resident",
    "guardian",
    "subscriber",
    "insured",
    "spouse",
    "veteran",
    "applicant",
    "physician",
    "pt"
  };

  /**
   * The field of a key that opens with whose it is ("clientdob" is "dob"), when that field is
   * typed; else null.
   */
  private static @Nullable String withoutPerson(String name) {
    for (String prefix : PERSON_PREFIXES) {
      if (name.length() > prefix.length() && name.startsWith(prefix)) {
        String field = name.substring(prefix.length());
        return TYPES.containsKey(field) ? field : null;
      }
    }
    return null;
  }

  private static final String[] KEY_SUFFIXES = {
    "medicaidid",
    "medicareid",
    "memberid",
    "subscriberid",
    "clientid",
    "patientid",
    "employeeid",
    "caregiverid"
  };

  /** What a key adds after its field to say it holds only the end of it: "acctLast4". */
  private static final String[] TAILS = {"last4", "lastfour", "last4digits", "tail", "ending"};

  /**
   * Fields whose name says what they hold after any words before it ("deviceImei", "referringNpi",
   * "image.client.mrn"): not "name", "date" or "address", which a key may end in for a program's
   * own things ("fileName", "buildDate", "serverAddress"), nor "dob" or "mbi", which headers run
   * into other fields ("MIDOB" of a middle initial and a birth date, "HIC/MBI").
   */
  private static final String[] OWN_SUFFIXES = {
    "ssn",
    "dateofbirth",
    "birthdate",
    "mrn",
    "npi",
    "imei",
    "email",
    "phone",
    "phonenumber",
    "zipcode",
    "routing",
    "routingnumber",
    "account",
    "accountnumber",
    "cardnumber",
    "serial",
    "serialnumber",
    "licensenumber",
    "policynumber"
  };

  /** Lower-case letters and digits of {@code name}: {@code "Member_ID"} is {@code "memberid"}. */
  public static String normalize(CharSequence name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the normalized key {@code name} holds a person's name, not any name: "clientName",
   * "lastName", not "name", "client" or "nurse", which programs also use for their own things.
   */
  static boolean namesAPerson(String name) {
    if (PERSON_NAME_KEYS.contains(name) || PERSON_NAME_KEYS.contains(withoutPatient(name))) {
      return true;
    }
    String field = withoutPerson(name); // "clientfirst", "referrername"
    return field != null && TYPES.get(field) == PhiType.NAME;
  }

  /** Whether the normalized key {@code name} holds a login: "TargetUserName", "sAMAccountName". */
  static boolean holdsALogin(String name) {
    return LOGIN_KEYS.contains(name);
  }

  private static final java.util.Set<String> LOGIN_KEYS =
      java.util.Set.of(
          "username",
          "targetusername",
          "targetuser",
          "subjectusername",
          "samaccountname",
          "logonname",
          "loginname",
          "login");

  private static final java.util.Set<String> PERSON_NAME_KEYS =
      java.util.Set.of(
          "fullname",
          "realname",
          "username",
          "firstname",
          "fname",
          "givenname",
          "lastname",
          "lname",
          "surname",
          "familyname",
          "middlename",
          "clientname",
          "patientname",
          "employeename",
          "caregivername",
          "contactname",
          "emergencycontact",
          "membername",
          "subscribername",
          "insuredname",
          "callername",
          "agentname",
          "targetuser",
          "targetusername",
          "subjectusername",
          "samaccountname",
          "logonname");

  private static Map<String, PhiType> types() {
    Map<String, PhiType> m = new HashMap<>();
    put(
        m,
        PhiType.NAME,
        "name fullname firstname first fname givenname given lastname last"
            + " lname surname familyname middlename middle clientname patientname employeename"
            + " caregivername caregiver client patient employee aide contactname emergencycontact"
            + " cgname empname ptname mbrname realname username"
            + " guardian member membername driver drivername subscribername insuredname nurse physician payee initials"
            + " readby enteredby signedby reviewedby administeredby agent agentname callername"
            + " init inits workedby approvedby completedby processedby preparedby verifiedby"
            + " checkedby countedby witnessedby performedby issuedby"
            + " approver reviewer referrer requester requestedby submittedby recruiter interviewer"
            + " targetuser targetusername subjectusername samaccountname accountname logonname"
            + " owner assignedto"); // a CRM's or an MDM export's owner: a person, or a login
    put(
        m,
        PhiType.DATE,
        "dob dateofbirth birthdate birthdt birthday hiredate hired startdate enddate date"
            + " servicedate dateofservice dos visitdate admitdate admissiondate dischargedate"
            + " termdate terminationdate expires expiration expirationdate expdate expiry deathdate"
            + " dateofdeath effectivedate socdate startofcare effdt termdt hiredt admitdt dischdt"
            + " svcdt");
    put(
        m,
        PhiType.SSN,
        "ssn socialsecuritynumber socialsecurity ssnumber taxid itin tin ssntin ssno"
            + " employeessn eessn memberssn");
    put(
        m,
        PhiType.PHONE,
        "phone phonenumber phoneno cell mobile telephone tel homephone"
            + " workphone cellphone fax faxnumber contactphone emergencyphone callernumber"
            + " remotenumber fromnumber tonumber callbacknumber callernum callerid ani"
            + " callerphone");
    put(m, PhiType.EMAIL, "email emailaddress mail");
    put(
        m,
        PhiType.ADDRESS,
        "address streetaddress street address1 address2 addr1 addr2 addressline1"
            + " addressline2 addr homeaddress mailingaddress"
            + " lat latitude lng lon longitude gps coordinates"); // Safe Harbor's geocodes
    put(m, PhiType.CITY, "city town county municipality residencecity homecity cityname");
    put(
        m,
        PhiType.ZIP,
        "zip zipcode postalcode postcode fromzip tozip homezip mailingzip billingzip clientzip"
            + " patientzip startzip endzip originzip destinationzip destzip residencezip pickupzip"
            + " dropoffzip");
    put(m, PhiType.MRN, "mrn medicalrecordnumber medicalrecord chart chartnumber chartno");
    put(
        m,
        PhiType.HEALTH_PLAN_ID,
        "medicareid mbi medicarenumber medicarenum medicareno medicaidid medicaidnumber medicaidnum"
            + " medicaidno"
            + " memberid subscriberid policynumber hicn insuranceid beneficiaryid planid");
    put(
        m,
        PhiType.ACCOUNT,
        "account accountnumber accountno acct acctno routing routingnumber"
            + " aba bankaccount iban");
    put(m, PhiType.CARD, "card cardnumber creditcard pan ccnumber");
    put(
        m,
        PhiType.LICENSE,
        "license licensenumber licenseno licence npi dea driverslicense"
            + " dlnumber certification certnumber certificationnumber");
    put(m, PhiType.VEHICLE_ID, "plate licenseplate vin vehicleid");
    put(
        m,
        PhiType.DEVICE_ID,
        "serial serialnumber sn deviceid devicesn imei macaddress udid deviceserial hardwareid"
            + " devicename assettag bedsn bedserial unitsn unitserial"); // "BPH-T-0041", "Rosa's
    // iPad"
    put(m, PhiType.IP, "ip ipaddress clientip remoteaddr sourceip");
    put(m, PhiType.URL, "url website profileurl homepage");
    put(
        m,
        PhiType.ID,
        "clientid patientid employeeid caregiverid empid staffid badge clientref clientno"
            + " clientnumber patientref patientno patientnumber employeeno employeenumber empno"
            + " rxnumber rxno prescriptionnumber casenumber caseno caseid claimnumber claimno"
            + " claimid emp clt auth authno authnumber authorization authorizationnumber visitid"
            + " encounterid patid cgid tripid tripno tripnumber userid icn tcn");
    put(m, PhiType.AGE_OVER_89, "age");
    return Map.copyOf(m);
  }

  private static void put(Map<String, PhiType> m, PhiType type, String names) {
    for (String n : names.split(" ")) {
      if (m.putIfAbsent(n, type) != null) {
        throw new IllegalStateException("field name listed twice: " + n);
      }
    }
  }
}
