package cn.gov.povertyexit.security;

import static cn.gov.povertyexit.security.RequestRefusedException.forbidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The forms behind starts and tasks, as deployed, read by the system itself (not as the requesting official) so
 * that the check sees the whole form; a form is parsed once per deployed version.
 */
@Component
public class CaseForms {

  private final FormService formService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final Map<String, FormContract> parsed = new ConcurrentHashMap<>();

  CaseForms(FormService formService, TaskService taskService, RuntimeService runtimeService,
      RepositoryService repositoryService, IdentityService identityService) {
    this.formService = formService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
  }

  Task task(String taskId) {
    return withoutAuthentication(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
  }

  List<IdentityLink> identityLinks(String taskId) {
    return withoutAuthentication(() -> taskService.getIdentityLinksForTask(taskId));
  }

  Object caseVariable(Task task, String name) {
    return withoutAuthentication(() -> runtimeService.getVariable(task.getExecutionId(), name));
  }

  FormContract taskForm(Task task) {
    return taskForm(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getId());
  }

  /** The form of a task of the given definition and activity, read through one of its tasks. */
  public FormContract taskForm(String processDefinitionId, String taskDefinitionKey, String taskId) {
    return parsed.computeIfAbsent("task:" + processDefinitionId + ":" + taskDefinitionKey,
        key -> withoutAuthentication(() -> {
          try {
            return read(formService.getDeployedTaskForm(taskId));
          } catch (ProcessEngineException noForm) {
            return FormContract.none();
          }
        }));
  }

  /** The start form of a definition given by id or by key (latest version); a process without one is not started by hand. */
  FormContract startForm(boolean byId, String idOrKey) {
    ProcessDefinition definition = withoutAuthentication(() -> byId
        ? repositoryService.createProcessDefinitionQuery().processDefinitionId(idOrKey).singleResult()
        : repositoryService.createProcessDefinitionQuery().processDefinitionKey(idOrKey).withoutTenantId()
            .latestVersion().singleResult());
    if (definition == null) {
      throw new RequestRefusedException(404, "没有这一流程：" + shorten(idOrKey));
    }
    return parsed.computeIfAbsent("start:" + definition.getId(), key -> withoutAuthentication(() -> {
      try {
        return read(formService.getDeployedStartForm(definition.getId()));
      } catch (ProcessEngineException noForm) {
        throw forbidden("“" + definition.getName() + "”由其他流程自动发起，不能直接发起");
      }
    }));
  }

  private static FormContract read(InputStream form) {
    try (InputStream in = form) {
      return FormContract.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a lookup as the system: the official's own authorizations are applied later, by the engine itself. */
  <T> T withoutAuthentication(Supplier<T> lookup) {
    Authentication official = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (official != null) {
        identityService.setAuthentication(official);
      }
    }
  }

  private static String shorten(String text) {
    return text.length() > 64 ? text.substring(0, 64) + "…" : text;
  }
}
