package cn.gov.povertyexit.dossier;

import cn.gov.povertyexit.registry.SubjectType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The dossier's own table of steps (V19): written by the step, in its transaction; read by the dossier. */
@Repository
public class DossierSteps {

  /** What one column may hold; a longer statement is cut with a mark rather than refused after the official's work. */
  static final int MAX_DETAILS = 20_000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<DossierStep.Entry>> ENTRIES = new TypeReference<>() {};

  private final JdbcClient jdbc;

  public DossierSteps(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(DossierStep step) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into dossier_step (case_instance_id, process_key, process_name, step_id, step_name, case_year,
              actor_id, actor_name, actor_role, completed_at, details)
            values (:caseInstanceId, :processKey, :processName, :stepId, :stepName, :caseYear, :actorId, :actorName,
              :actorRole, :completedAt, :details)""")
        .param("caseInstanceId", step.caseInstanceId()).param("processKey", step.processKey())
        .param("processName", cut(step.processName(), 200)).param("stepId", step.stepId())
        .param("stepName", cut(step.stepName(), 200)).param("caseYear", step.caseYear())
        .param("actorId", step.actorId()).param("actorName", cut(step.actorName(), 100))
        .param("actorRole", step.actorRole() == null ? null : cut(step.actorRole(), 200))
        .param("completedAt", Timestamp.from(step.completedAt())).param("details", json(step.details()))
        .update(key, "id");
    long id = key.getKey().longValue();
    Set<String> seen = new LinkedHashSet<>();
    for (DossierStep.Subject subject : step.subjects()) {
      if (seen.add(subject.type() + ":" + subject.id())) {
        jdbc.sql("insert into dossier_step_subject (step_id, subject_type, subject_id, listed_as) values (?, ?, ?, ?)")
            .params(id, subject.type().name(), subject.id(), subject.listedAs() == null ? null : cut(subject.listedAs(), 200))
            .update();
      }
    }
  }

  /** The steps that decided on a subject, oldest first; of one case year when given. */
  public List<DossierStep> of(SubjectType type, String id, Optional<Integer> year) {
    List<DossierStep> steps = new ArrayList<>();
    jdbc.sql("""
            select s.case_instance_id, s.process_key, s.process_name, s.step_id, s.step_name, s.case_year, s.actor_id,
                   s.actor_name, s.actor_role, s.completed_at, s.details, l.listed_as
            from dossier_step s join dossier_step_subject l on l.step_id = s.id
            where l.subject_type = ? and l.subject_id = ? and (? is null or s.case_year = ?)
            order by s.completed_at, s.id""")
        .params(type.name(), id, year.orElse(null), year.orElse(null))
        .query((java.sql.ResultSet rs) -> {
          int caseYear = rs.getInt(6);
          steps.add(new DossierStep(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.wasNull() ? null : caseYear, rs.getString(7), rs.getString(8), rs.getString(9),
              rs.getTimestamp(10).toInstant(), entries(rs.getString(11)),
              List.of(new DossierStep.Subject(type, id, rs.getString(12)))));
        });
    return steps;
  }

  /** The subjects of a county with a step in the year's cases, households first: what the year's archive holds. */
  public List<DossierStep.Subject> subjectsOfCountyYear(String countyCode, int year) {
    return jdbc.sql("""
            select distinct l.subject_type, l.subject_id
            from dossier_step_subject l join dossier_step s on s.id = l.step_id
            where l.subject_id like ? and s.case_year = ?
            order by l.subject_type, l.subject_id""")
        .params(countyCode + "%", year)
        .query((rs, row) -> new DossierStep.Subject(SubjectType.valueOf(rs.getString(1)), rs.getString(2).trim(), null))
        .list();
  }

  private static String json(List<DossierStep.Entry> details) {
    try {
      String text = JSON.writeValueAsString(details);
      if (text.length() <= MAX_DETAILS) {
        return text;
      }
      List<DossierStep.Entry> kept = new ArrayList<>(details);
      while (!kept.isEmpty() && text.length() > MAX_DETAILS - 100) {
        kept.remove(kept.size() - 1);
        text = JSON.writeValueAsString(kept);
      }
      kept.add(new DossierStep.Entry("说明", "填写内容过长，其余部分见流程记录"));
      return JSON.writeValueAsString(kept);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<DossierStep.Entry> entries(String json) {
    try {
      return JSON.readValue(json, ENTRIES);
    } catch (JsonProcessingException e) {
      return List.of(new DossierStep.Entry("记录", json));
    }
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
