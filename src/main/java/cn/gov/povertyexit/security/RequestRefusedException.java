package cn.gov.povertyexit.security;

/** A REST request refused before it reaches the engine: nothing has changed; the official reads the Chinese message. */
public class RequestRefusedException extends RuntimeException {

  private final int status;

  public RequestRefusedException(int status, String message) {
    super(message);
    this.status = status;
  }

  public static RequestRefusedException badRequest(String message) {
    return new RequestRefusedException(400, message);
  }

  public static RequestRefusedException forbidden(String message) {
    return new RequestRefusedException(403, message);
  }

  public int status() {
    return status;
  }
}
