package com.example.intruder;

/** Reaches for a detection internal, which the core module does not export. */
public final class Main {
  public static void main(String[] args) {
    System.out.println(com.backofficecare.safeguard.core.detection.internal.Text.class);
  }
}
