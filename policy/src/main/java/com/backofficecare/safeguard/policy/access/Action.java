package com.backofficecare.safeguard.policy.access;

/** What a request does with the data. */
public enum Action {
  READ,
  WRITE,
  /** Produce a file from the data (a payroll export, a billing batch). */
  EXPORT,
  /** Copy the data to the requesting device. */
  DOWNLOAD,
  /** Send the data to another system or person. */
  TRANSMIT
}
