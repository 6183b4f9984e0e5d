package cn.gov.povertyexit.identification;

import java.time.LocalDate;

/**
 * One member of a household to be registered, as the work team typed it on one line of the survey: the register's
 * codes (V1__register.sql) for relation, health, labour ability and schooling; the birth date is read from the
 * national id.
 */
public record MemberLine(int line, String name, String nationalId, LocalDate birthDate, String relation, String health,
    String labourAbility, String schooling, String dropoutReason) {

  /** Healthy and able to work: the member who makes a 兜底 household an ordinary one (001 二 二). */
  public boolean healthyWorker() {
    return healthyWorker(health, labourAbility);
  }

  public static boolean healthyWorker(String health, String labourAbility) {
    return "HEALTHY".equals(health) && ("SKILLED".equals(labourAbility) || "ORDINARY".equals(labourAbility));
  }

  /** Out of compulsory school for a reason the standards do not excuse (illness, disability, intellect excused). */
  public boolean unexcusedDropout() {
    return "DROPPED_OUT".equals(schooling) && ("POVERTY".equals(dropoutReason) || "OTHER".equals(dropoutReason));
  }
}
