package cn.gov.povertyexit.policy;

/** A standard needs a parameter the configuration does not have (e.g. the poverty line of a year). */
public class PolicyNotConfiguredException extends RuntimeException {
  public PolicyNotConfiguredException(String message) {
    super(message);
  }
}
