package cn.gov.povertyexit.production;

/** A setting that a production installation must not start with; the message names the variable to set. */
public class UnsafeSettingsException extends IllegalStateException {

  public UnsafeSettingsException(String message) {
    super(message);
  }
}
