package cn.gov.povertyexit.registry;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The register's times: Beijing time (北京时间), as officials date their work, whatever the server's zone, taken from
 * the engine's clock so that the register's trails agree with the process history (and with tests that move the
 * clock). Every table the register writes a time into uses this.
 */
public final class RegisterClock {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private RegisterClock() {}

  public static Timestamp now() {
    return at(ClockUtil.getCurrentTime().toInstant());
  }

  public static Timestamp at(Instant instant) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZONE));
  }

  public static Instant instantOf(Timestamp written) {
    return written.toLocalDateTime().atZone(ZONE).toInstant();
  }
}
