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
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every official sees, in Chinese. Each shows only tasks the official may work on anyway:
 * the engine narrows every filter to the tasks of the user's own groups.
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
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensure(GROUP_TASKS, "我所在单位（组）尚未认领的任务", -5, "#2471a3",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    ensure(ALL_VISIBLE, "我有权查看的全部任务（督查人员只读）", 0, "#7f8c8d",
        taskService.createTaskQuery());
  }

  private void ensure(String name, String description, int priority, String color, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("color", color);
      properties.put("refresh", true);
      properties.put("variables", List.of(
          Map.of("name", "householdHeadName", "label", "户主"),
          Map.of("name", "villageName", "label", "行政村"),
          Map.of("name", "exitYear", "label", "退出年度")));
      filter = filterService.newTaskFilter(name).setProperties(properties).setQuery(query);
      filterService.saveFilter(filter);
    }
    access.grantToEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
