package cn.gov.povertyexit.registry;

/** A status value of the register with its Chinese name and the changes the procedures allow from it. */
public interface RegisterStatus {

  String name();

  String label();

  boolean canChangeTo(RegisterStatus next);
}
