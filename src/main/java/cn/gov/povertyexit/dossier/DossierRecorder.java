package cn.gov.povertyexit.dossier;

import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.security.CaseForms;
import cn.gov.povertyexit.security.FormContract;
import cn.gov.povertyexit.tasklist.CaseSubjectListener;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Writes each completed step into the dossier, in the step's own transaction: every task of every model as it is
 * completed (added to all user tasks at deployment, see {@link DossierListenerPlugin}), and the system's own
 * decisions that the dossier must show with their figures (the standard's verdict, criterion by criterion). What
 * the official stated is read field by field from the task's deployed form, so an analyst's new field is kept
 * without a line of Java.
 */
@Component
public class DossierRecorder implements TaskListener {

  /** How the dossier names the engine when it acts on its own (timers, the standard's verdict). */
  public static final String SYSTEM_NAME = "系统（自动执行）";

  private final DossierSteps steps;
  private final CaseForms forms;

  /** The forms come from the engine, which is built with this listener: they are looked up on first use. */
  public DossierRecorder(DossierSteps steps, @Lazy CaseForms forms) {
    this.steps = steps;
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    FormContract form = forms.taskForm(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getId());
    List<DossierStep.Entry> details = new ArrayList<>();
    for (FormContract.Field field : form.fields().values()) {
      if (field.editable()) {
        describe(field, task.getVariable(field.key()), task).ifPresent(value -> details.add(new DossierStep.Entry(
            field.label() == null || field.label().isBlank() ? field.key() : field.label(), value)));
      }
    }
    List<DossierStep.Subject> subjects = listedSubjects(form, task);
    if (subjects.isEmpty()) {
      subjects = ownSubject(task).map(List::of).orElse(List.of());
    }
    if (subjects.isEmpty()) {
      return;
    }
    IdentityService identityService = task.getProcessEngineServices().getIdentityService();
    Authentication official = identityService.getCurrentAuthentication();
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    String actorId = official == null || official.getUserId() == null ? CurrentActor.ENGINE : official.getUserId();
    steps.record(new DossierStep(task.getProcessInstanceId(), execution.getProcessDefinition().getKey(),
        processName(execution), task.getTaskDefinitionKey(), task.getName() == null ? task.getTaskDefinitionKey()
            : task.getName(), caseYear(task), actorId, actorName(identityService, actorId),
        role(identityService, official, task),
        ClockUtil.getCurrentTime().toInstant(), details, subjects));
  }

  /** A step the system takes itself, with the figures it decided on, for the case's own subject. */
  public void recordSystemStep(DelegateExecution execution, List<DossierStep.Entry> details) {
    ownSubject(execution).ifPresent(subject -> {
      ExecutionEntity entity = (ExecutionEntity) execution;
      steps.record(new DossierStep(execution.getProcessInstanceId(), entity.getProcessDefinition().getKey(),
          processName(entity), execution.getCurrentActivityId(), execution.getCurrentActivityName() == null
              ? execution.getCurrentActivityId() : execution.getCurrentActivityName(), caseYear(execution),
          CurrentActor.ENGINE, SYSTEM_NAME, null, ClockUtil.getCurrentTime().toInstant(), details, List.of(subject)));
    });
  }

  /** The households (or villages, counties) of the lists the form showed, each under the list's label. */
  private static List<DossierStep.Subject> listedSubjects(FormContract form, VariableScope scope) {
    List<DossierStep.Subject> subjects = new ArrayList<>();
    for (FormContract.Table table : form.tables()) {
      if (scope.getVariable(table.variable()) instanceof SpinJsonNode rows && rows.isArray()) {
        for (SpinJsonNode row : rows.elements()) {
          if (row.isObject() && row.hasProp("householdId") && row.prop("householdId").isString()) {
            subjectOf(row.prop("householdId").stringValue(), table.label()).ifPresent(subjects::add);
          }
        }
      }
    }
    return subjects;
  }

  /** A list row carries a household; a village's or county's review list carries their codes in the same column. */
  private static Optional<DossierStep.Subject> subjectOf(String id, String listedAs) {
    String code = id.trim();
    SubjectType type = switch (code.length()) {
      case 16 -> SubjectType.HOUSEHOLD;
      case 12 -> SubjectType.VILLAGE;
      case 6 -> SubjectType.COUNTY;
      default -> null;
    };
    return type == null || !code.chars().allMatch(Character::isDigit) ? Optional.empty()
        : Optional.of(new DossierStep.Subject(type, code, listedAs));
  }

  private static Optional<DossierStep.Subject> ownSubject(VariableScope scope) {
    String household = CaseSubjectListener.household(scope);
    if (household != null) {
      return subjectOf(household, null);
    }
    String village = CaseSubjectListener.village(scope);
    if (village != null) {
      return subjectOf(village, null);
    }
    Object county = scope.getVariable("countyCode");
    return county == null ? Optional.empty() : subjectOf(county.toString(), null);
  }

  /** A value as the official chose it: the option's label, 是/否, a number as written. */
  private static Optional<String> describe(FormContract.Field field, Object value, VariableScope scope) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Boolean flag) {
      return Optional.of(flag ? "是" : "否");
    }
    if (value instanceof BigDecimal number) {
      return Optional.of(plain(number));
    }
    if (value instanceof Double || value instanceof Float) {
      return Optional.of(plain(BigDecimal.valueOf(((Number) value).doubleValue())));
    }
    Map<String, String> labels = new HashMap<>(field.optionLabels());
    if (field.optionsVariable() != null && scope.getVariable(field.optionsVariable()) instanceof SpinJsonNode options
        && options.isArray()) {
      for (SpinJsonNode option : options.elements()) {
        if (option.isObject() && option.hasProp("value") && option.hasProp("label")) {
          labels.put(text(option.prop("value")), text(option.prop("label")));
        }
      }
    }
    if (value instanceof SpinJsonNode json) {
      if (json.isArray()) {
        List<String> chosen = new ArrayList<>();
        json.elements().forEach(item -> chosen.add(labels.getOrDefault(text(item), text(item))));
        return chosen.isEmpty() ? Optional.of("（无）") : Optional.of(String.join("、", chosen));
      }
      return Optional.of(json.toString());
    }
    String text = value.toString().trim();
    return text.isEmpty() ? Optional.empty() : Optional.of(labels.getOrDefault(text, text));
  }

  /** An option's value, or an entry of a list of people ({"name":"王伟","title":"扶贫办主任"}) as its values in a row. */
  private static String text(SpinJsonNode node) {
    if (node.isObject()) {
      List<String> values = new ArrayList<>();
      node.fieldNames().forEach(name -> {
        SpinJsonNode value = node.prop(name);
        if (value.isValue() && value.value() != null && !String.valueOf(value.value()).isBlank()) {
          values.add(text(value));
        }
      });
      return String.join(" ", values);
    }
    return node.isString() ? node.stringValue() : node.isValue() ? String.valueOf(node.value()) : node.toString();
  }

  /** 9000 rather than 9000.0 or 9.0E3: figures as an official writes them. */
  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().scale() < 0 ? number.setScale(0).toPlainString()
        : number.stripTrailingZeros().toPlainString();
  }

  private static String actorName(IdentityService identityService, String actorId) {
    if (CurrentActor.ENGINE.equals(actorId)) {
      return SYSTEM_NAME;
    }
    User user = identityService.createUserQuery().userId(actorId).singleResult();
    String name = user == null ? "" : ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? actorId : name + "（" + actorId + "）";
  }

  /** The unit the official acted for: the task's group they belong to, or, acting as the engine, the task's groups. */
  private static String role(IdentityService identityService, Authentication official, DelegateTask task) {
    Set<String> candidates = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(id -> id != null)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    if (official != null && official.getGroupIds() != null) {
      Set<String> own = new LinkedHashSet<>(candidates);
      own.retainAll(official.getGroupIds());
      if (!own.isEmpty()) {
        candidates = own;
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    List<Group> groups = identityService.createGroupQuery().groupIdIn(candidates.toArray(String[]::new)).list();
    return groups.isEmpty() ? String.join("、", candidates)
        : groups.stream().map(group -> group.getName() == null ? group.getId() : group.getName())
            .collect(Collectors.joining("、"));
  }

  private static String processName(ExecutionEntity execution) {
    String name = execution.getProcessDefinition().getName();
    return name == null ? execution.getProcessDefinition().getKey() : name;
  }

  private static Integer caseYear(VariableScope scope) {
    for (String name : new String[] {"exitYear", "applicationYear"}) {
      Object value = scope.getVariable(name);
      if (value != null && value.toString().trim().matches("\\d{4}")) {
        return Integer.valueOf(value.toString().trim());
      }
    }
    return null;
  }
}
