package cn.gov.povertyexit.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The trail of the administrator's repairs: every change to a case that is not a step of its procedure, with the
 * reason the administrator gives in the {@value #REASON_HEADER} header (Modeler, scripts) or none said.
 */
@Component
class CaseRepairLog {

  static final String REASON_HEADER = "X-Repair-Reason";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final JdbcClient jdbc;

  CaseRepairLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(String actor, String request, String reasonHeader) {
    String reason = reasonHeader == null || reasonHeader.isBlank() ? "（未说明原因）"
        : URLDecoder.decode(reasonHeader, StandardCharsets.UTF_8);
    jdbc.sql("insert into case_repair (repaired_at, actor, request, reason) values (?, ?, ?, ?)")
        .params(LocalDateTime.now(CHINA), actor, limit(request, 1000), limit(reason, 2000)).update();
  }

  private static String limit(String text, int length) {
    return text.length() > length ? text.substring(0, length) : text;
  }
}
