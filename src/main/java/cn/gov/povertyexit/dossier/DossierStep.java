package cn.gov.povertyexit.dossier;

import cn.gov.povertyexit.registry.SubjectType;
import java.time.Instant;
import java.util.List;

/**
 * One step of a case as the dossier keeps it: who completed it, in which role, when, and what they stated.
 *
 * @param details the official's entries, in the form's order ({@code 评议日期: 2020-11-20})
 * @param subjects whom the step decided on; a list step names each household of its list
 */
public record DossierStep(String caseInstanceId, String processKey, String processName, String stepId, String stepName,
    Integer caseYear, String actorId, String actorName, String actorRole, Instant completedAt, List<Entry> details,
    List<Subject> subjects) {

  /** A field of the step's form, or a criterion of the standard, with what was stated. */
  public record Entry(String label, String value) {}

  /**
   * A subject of the step; {@code listedAs} names the list it stood on (the form's table, e.g. 批准退出的贫困户),
   * empty for the case's own subject.
   */
  public record Subject(SubjectType type, String id, String listedAs) {}
}
