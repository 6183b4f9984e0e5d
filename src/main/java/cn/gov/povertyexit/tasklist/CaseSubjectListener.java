package cn.gov.povertyexit.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Writes on each new task, as task-local variables, whom or what it concerns: the officials who may work on a task
 * may read its own variables, not the case's, and the task list shows and sorts by these two alone.
 */
@Component
public class CaseSubjectListener implements TaskListener {

  /** "张三（3604241002010001）· 东岭村", "东岭村（360424100201）· 义宁镇" or "修水县（360424）". */
  public static final String CASE_SUBJECT = "caseSubject";
  /** The year whose exits the case concerns, e.g. "2020年". */
  public static final String CASE_YEAR = "caseYear";

  private final CaseSubjects subjects;

  public CaseSubjectListener(CaseSubjects subjects) {
    this.subjects = subjects;
  }

  @Override
  public void notify(DelegateTask task) {
    subjects.describe(household(task), text(task, "villageCode"), text(task, "countyCode"))
        .ifPresent(subject -> task.setVariableLocal(CASE_SUBJECT, subject));
    String year = text(task, "exitYear");
    if (year != null) {
      task.setVariableLocal(CASE_YEAR, year + "年");
    }
  }

  /** A case's own household, or the one a review's visit (one task per sampled household) is about. */
  private static String household(DelegateTask task) {
    for (String name : new String[] {"assessedHouseholdId", "sampledHouseholdId", "householdId"}) {
      String id = text(task, name);
      if (id != null) {
        return id;
      }
    }
    return null;
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
