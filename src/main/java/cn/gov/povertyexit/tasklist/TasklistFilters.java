package cn.gov.povertyexit.tasklist;

import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every official sees, in Chinese. Each shows only tasks the official may work on anyway:
 * the engine narrows every filter to the tasks of the user's own groups. Under each task the list shows whom it
 * concerns, from the task's own variables (see {@link CaseSubjectListener}), which every official who may see the
 * task may read; the list is sorted by it.
 */
@Component
public class TasklistFilters {

  static final String MY_TASKS = "我的待办";
  static final String GROUP_TASKS = "本组待办";
  static final String ALL_VISIBLE = "全部可见任务";

  private final FilterService filterService;
  private final TaskService taskService;
  private final OfficialAccessSetup access;

  public TasklistFilters(FilterService filterService, TaskService taskService, OfficialAccessSetup access) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.access = access;
  }

  public void ensure() {
    ensure(MY_TASKS, "已认领、由我办理的任务", -10, "#c0392b",
        bySubject(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
    ensure(GROUP_TASKS, "我所在单位（组）尚未认领的任务", -5, "#2471a3",
        bySubject(taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned()));
    ensure(ALL_VISIBLE, "我有权查看的全部任务（督查人员只读）", 0, "#7f8c8d",
        bySubject(taskService.createTaskQuery()));
  }

  private static TaskQuery bySubject(TaskQuery query) {
    return query.orderByTaskVariable(CaseSubjectListener.CASE_SUBJECT, ValueType.STRING).asc()
        .orderByTaskCreateTime().asc();
  }

  private void ensure(String name, String description, int priority, String color, TaskQuery query) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("refresh", true);
    properties.put("variables", List.of(
        Map.of("name", CaseSubjectListener.CASE_SUBJECT, "label", "办理对象"),
        Map.of("name", CaseSubjectListener.CASE_YEAR, "label", "年度")));
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    // an installation set up before keeps its filters' ids (and so their authorizations) and gets today's settings
    filterService.saveFilter(filter.setProperties(properties).setQuery(query));
    access.grantToEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
