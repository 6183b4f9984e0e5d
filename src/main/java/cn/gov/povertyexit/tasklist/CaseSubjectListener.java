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
  /** On a list's tasks (a village's exit list): which of the village's lists of the year, and how many households. */
  public static final String LIST_NUMBER = "listNumber";
  public static final String LIST_SIZE = "listSize";

  private final CaseSubjects subjects;

  public CaseSubjectListener(CaseSubjects subjects) {
    this.subjects = subjects;
  }

  @Override
  public void notify(DelegateTask task) {
    String listNumber = text(task, LIST_NUMBER);
    String listSize = text(task, LIST_SIZE);
    subjects.describe(household(task), text(task, "villageCode"), text(task, "countyCode"))
        .map(subject -> listNumber == null || listSize == null ? subject
            : CaseSubjects.ofList(subject, Integer.parseInt(listNumber), Integer.parseInt(listSize)))
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
