package cn.gov.povertyexit.registerpage;

/**
 * 公民身份号码 as a desk clerk may see it on screen: the place (first 6) and the last 4 characters, the birth date
 * and sequence hidden, so that a member can be told apart without the number being readable over a shoulder.
 */
final class NationalIdMask {

  private NationalIdMask() {}

  static String mask(String nationalId) {
    String number = nationalId == null ? "" : nationalId.trim();
    if (number.length() < 10) {
      return "*".repeat(number.length());
    }
    return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
  }
}
