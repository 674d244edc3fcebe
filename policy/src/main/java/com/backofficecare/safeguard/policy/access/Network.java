package com.backofficecare.safeguard.policy.access;

/** The network a request comes over (policy 6.2). */
public enum Network {
  OFFICE,
  VPN,
  HOME,
  PUBLIC_WIFI,
  UNKNOWN;

  /** Whether sensitive work may be done over it: never over public or unidentified networks. */
  public boolean trusted() {
    return this == OFFICE || this == VPN || this == HOME;
  }
}
