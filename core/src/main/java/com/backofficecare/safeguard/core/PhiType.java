package com.backofficecare.safeguard.core;

/**
 * The kinds of identifier Safeguard finds: the HIPAA Safe Harbor identifiers of 45 CFR
 * 164.514(b)(2) plus the payment data a back office handles.
 *
 * <p>The constant names are the labels used on the wire (CLI output, audit entries), so they never
 * change.
 */
public enum PhiType {
  /** A person's name (Safe Harbor A). */
  NAME("A"),
  /** Any element of a date except the year: birth, admission, service dates (C). */
  DATE("C"),
  /** Telephone and fax numbers (D, E). */
  PHONE("D"),
  /** E-mail addresses (F). */
  EMAIL("F"),
  /** A street address, from the house number to the unit (B). */
  ADDRESS("B"),
  /**
   * A city, town or county that locates a person (B): Safe Harbor removes every geographic
   * subdivision smaller than a state. The state itself is not an identifier.
   */
  CITY("B"),
  /** A ZIP code or ZIP+4 (B). */
  ZIP("B"),
  /** A Social Security number or ITIN (G). */
  SSN("G"),
  /** A medical record number, with its label where the label is part of it (H). */
  MRN("H"),
  /** A health plan beneficiary number: Medicare MBI or HICN, Medicaid ids, member ids (I). */
  HEALTH_PLAN_ID("I"),
  /** A bank account or routing number (J). */
  ACCOUNT("J"),
  /** A payment card number (J). */
  CARD("J"),
  /** A certificate or license number: nursing, driver's, DEA, NPI (K). */
  LICENSE("K"),
  /** A vehicle identifier: VIN or license plate (L). */
  VEHICLE_ID("L"),
  /** A device identifier or serial number, MAC address or IMEI (M). */
  DEVICE_ID("M"),
  /** An IPv4 or IPv6 address (O). */
  IP("O"),
  /** A web address (N). */
  URL("N"),
  /** Any other unique identifying number: client and employee ids (R). */
  ID("R"),
  /** An age above 89, which Safe Harbor requires to be aggregated as 90 or older (C). */
  AGE_OVER_89("C");

  private final String safeHarborLetter;

  PhiType(String safeHarborLetter) {
    this.safeHarborLetter = safeHarborLetter;
  }

  /** The letter of the identifier in the Safe Harbor list of 45 CFR 164.514(b)(2)(i). */
  public String safeHarborLetter() {
    return safeHarborLetter;
  }
}
