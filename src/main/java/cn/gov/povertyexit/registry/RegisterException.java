package cn.gov.povertyexit.registry;

/** A register change that is not allowed: unknown subject, or a status change the procedures do not permit. */
public class RegisterException extends RuntimeException {
  public RegisterException(String message) {
    super(message);
  }
}
