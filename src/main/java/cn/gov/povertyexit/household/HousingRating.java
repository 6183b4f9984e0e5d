package cn.gov.povertyexit.household;

/** Safety rating of the main dwelling; C and D are dangerous houses (危房). */
public enum HousingRating {
  A, B, C, D;

  public boolean safe() {
    return this == A || this == B;
  }
}
