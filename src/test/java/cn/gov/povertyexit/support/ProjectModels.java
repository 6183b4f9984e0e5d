package cn.gov.povertyexit.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/** The models and forms of the project as files, and the checks that the engine has deployed all of them. */
public final class ProjectModels {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProjectModels() {}

  public static List<Path> files(String directory, String extension) {
    try (Stream<Path> files = Files.list(Path.of(directory))) {
      return files.filter(file -> file.getFileName().toString().endsWith(extension)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every model in bpmn/ and every form in forms/ is deployed, and every formRef of every deployed process
   * names a form deployed in the same deployment (formRefBinding "deployment").
   */
  public static void assertAllDeployedWithResolvableForms(RepositoryService repository) {
    Set<String> deployedResources = new HashSet<>();
    repository.createDeploymentQuery().list().forEach(deployment ->
        deployedResources.addAll(repository.getDeploymentResourceNames(deployment.getId())));
    Stream.concat(files("bpmn", ".bpmn").stream(), files("forms", ".form").stream())
        .forEach(file -> assertThat(deployedResources).as("deployed resources").contains(file.getFileName().toString()));

    List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();
    assertThat(definitions).isNotEmpty();
    for (ProcessDefinition definition : definitions) {
      Set<String> formIds = formIdsOf(repository, definition.getDeploymentId());
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      Stream.concat(
              model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef),
              model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef))
          .filter(ref -> ref != null)
          .forEach(ref -> assertThat(formIds).as("forms deployed with " + definition.getKey()).contains(ref));
    }
  }

  private static Set<String> formIdsOf(RepositoryService repository, String deploymentId) {
    Set<String> ids = new HashSet<>();
    for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
      if (resource.endsWith(".form")) {
        try (var stream = repository.getResourceAsStream(deploymentId, resource)) {
          ids.add(JSON.readTree(stream).get("id").asText());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return ids;
  }
}
