package cn.gov.povertyexit.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.stereotype.Component;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelSafetyCheckTest {

  private final ModelSafetyCheck check = new ModelSafetyCheck(new ModelSafetyCheck.Beans() {
    @Override
    public boolean isDelegate(String name) {
      return name.endsWith("Delegate");
    }

    @Override
    public boolean isUsableInModels(String name) {
      return Set.of("reviewLists", "noticeTimer").contains(name);
    }

    @Override
    public boolean exists(String name) {
      return isDelegate(name) || isUsableInModels(name) || Set.of("identityService", "statusRegister").contains(name);
    }
  });

  @ParameterizedTest
  @ValueSource(strings = {
      "standardMet", "!appraisalAgreed", "procedureVariant == 'HUNAN'", "noticeTimer.period()",
      "reviewLists.householdIds(execution, 'assessmentSample')", "sampledHouseholdId.substring(0, 9)",
      "execution.processBusinessKey", "unsampledToRevoke > 0"})
  void shouldAllowVariablesAndTheModelHelpers(String expression) {
    assertThat(check.checkExpression(expression)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "identityService.createMembership('x', 'camunda-admin')", "execution.processEngineServices.identityService",
      "execution.getProcessEngineServices()", "task.execution.processEngine", "execution['processEngineServices']",
      "statusRegister.changeStatus(null, null, null, null)", "markPreExitDelegate.execute(execution)",
      "x.getClass().forName('java.lang.Runtime')", "''.class"})
  void shouldRefuseWhatReachesBeyondTheProcedure(String expression) {
    assertThat(check.checkExpression(expression)).isNotNull();
  }

  @Test
  void shouldPassEveryModelOfTheProject() throws IOException {
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      models.forEach(model -> assertThatCode(() -> projectCheck().checkModel(model.getFileName().toString(),
          Files.readAllBytes(model))).as(model.toString()).doesNotThrowAnyException());
    }
  }

  @Test
  void shouldRefuseScriptsForeignClassesAndDecisionTables() {
    assertThatThrownBy(() -> check.checkModel("x.bpmn", model("<bpmn:scriptTask id=\"s\" scriptFormat=\"groovy\"/>")))
        .isInstanceOf(ModelRefusedException.class).hasMessageContaining("脚本");
    assertThatThrownBy(() -> check.checkModel("x.bpmn",
        model("<bpmn:serviceTask id=\"s\" camunda:class=\"org.example.Evil\"/>")))
        .isInstanceOf(ModelRefusedException.class).hasMessageContaining("org.example.Evil");
    assertThatThrownBy(() -> check.checkModel("x.bpmn",
        model("<bpmn:serviceTask id=\"s\" camunda:expression=\"${identityService.createMembership('a','camunda-admin')}\"/>")))
        .isInstanceOf(ModelRefusedException.class).hasMessageContaining("identityService");
    assertThatThrownBy(() -> check.checkResourceName("rules.dmn")).isInstanceOf(ModelRefusedException.class);
  }

  /** The real application context knows every delegate of the models; here any bean the models name counts as one. */
  /** The check as the application runs it: the project's own delegates, listeners and model helpers, found by scanning. */
  private static ModelSafetyCheck projectCheck() {
    Set<String> delegates = beanNames(new AssignableTypeFilter(JavaDelegate.class), new AssignableTypeFilter(TaskListener.class),
        new AssignableTypeFilter(ExecutionListener.class));
    Set<String> helpers = beanNames(new AnnotationTypeFilter(UsableInModels.class));
    return new ModelSafetyCheck(new ModelSafetyCheck.Beans() {
      @Override
      public boolean isDelegate(String name) {
        return delegates.contains(name);
      }

      @Override
      public boolean isUsableInModels(String name) {
        return helpers.contains(name);
      }

      @Override
      public boolean exists(String name) {
        return isDelegate(name) || isUsableInModels(name);
      }
    });
  }

  private static Set<String> beanNames(TypeFilter... filters) {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    for (TypeFilter filter : filters) {
      scanner.addIncludeFilter(filter);
    }
    scanner.addExcludeFilter((reader, factory) -> !reader.getAnnotationMetadata().hasAnnotation(Component.class.getName())
        && !reader.getAnnotationMetadata().hasMetaAnnotation(Component.class.getName()));
    Set<String> names = new java.util.HashSet<>();
    AnnotationBeanNameGenerator naming = AnnotationBeanNameGenerator.INSTANCE;
    for (BeanDefinition candidate : scanner.findCandidateComponents("cn.gov.povertyexit")) {
      names.add(naming.generateBeanName(candidate, new SimpleBeanDefinitionRegistry()));
    }
    return names;
  }

  private static byte[] model(String element) {
    return ("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
        + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"d\"><bpmn:process id=\"p\" isExecutable=\"true\">"
        + element + "</bpmn:process></bpmn:definitions>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
