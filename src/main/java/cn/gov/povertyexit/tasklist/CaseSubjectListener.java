package cn.gov.povertyexit.tasklist;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Writes on each new task, as task-local variables, whom or what it concerns: the officials who may work on a task
 * may read its own variables, not the case's, and the task list shows and sorts by these two alone.
 */
@Component
public class CaseSubjectListener implements TaskListener {

  /** "张三（3604241002010001）· 东岭村", "东岭村（360424100201）· 义宁镇", "修水县（360424）" or, for a city's own check, "九江市（360400）". */
  public static final String CASE_SUBJECT = "caseSubject";
  /** The year whose exits the case concerns, e.g. "2020年". */
  public static final String CASE_YEAR = "caseYear";
  /** On a list's tasks (a village's exit list): which of the village's lists of the year, and how many households. */
  public static final String LIST_NUMBER = "listNumber";
  public static final String LIST_SIZE = "listSize";
  /**
   * A list's own name for its place, where neither a household, a village nor a county says it: a township's notice
   * (Hunan's 乡镇公示) names its township, "南岳镇（430412100）· 南岳区".
   */
  public static final String PLACE_SUBJECT = "placeSubject";

  private final CaseSubjects subjects;

  public CaseSubjectListener(CaseSubjects subjects) {
    this.subjects = subjects;
  }

  @Override
  public void notify(DelegateTask task) {
    Optional<String> subject = text(task, PLACE_SUBJECT) != null ? Optional.of(text(task, PLACE_SUBJECT))
        : subjects.describe(household(task), village(task), text(task, "countyCode"));
    if (subject.isEmpty() && text(task, "cityCode") != null) {
      subject = subjects.describeCity(text(task, "cityCode"));
    }
    String listNumber = text(task, LIST_NUMBER);
    String listSize = text(task, LIST_SIZE);
    subject.map(described -> listNumber == null || listSize == null ? described
            : CaseSubjects.ofList(described, Integer.parseInt(listNumber), Integer.parseInt(listSize)))
        .ifPresent(described -> task.setVariableLocal(CASE_SUBJECT, described));
    String year = text(task, "exitYear") != null ? text(task, "exitYear") : text(task, "applicationYear");
    if (year != null) {
      task.setVariableLocal(CASE_YEAR, year + "年");
    }
  }

  /** A case's own household, or the one a review's visit (one task per sampled household) is about. */
  public static String household(VariableScope task) {
    for (String name : new String[] {"assessedHouseholdId", "sampledHouseholdId", "householdId"}) {
      String id = text(task, name);
      if (id != null) {
        return id;
      }
    }
    return null;
  }

  /** A village's case, or the village a city's check visits or a plan's village proposes (one task per village). */
  public static String village(VariableScope task) {
    for (String name : new String[] {"sampledVillageCode", "proposingVillage", "villageCode"}) {
      String code = text(task, name);
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  private static String text(VariableScope task, String name) {
    Object value = task.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
