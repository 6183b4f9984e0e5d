package cn.gov.povertyexit.deployment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Runs {@link ModelSafetyCheck} on every deployment before the engine parses it — from Modeler, Cockpit, REST or
 * the system's own start-up — so an unsafe model is refused with a Chinese message and nothing is deployed.
 */
@Component
public class ModelSafetyPlugin extends AbstractProcessEnginePlugin implements Deployer {

  private static final String PROJECT_PACKAGE = "cn.gov.povertyexit.";

  private final ApplicationContext context;
  private volatile ModelSafetyCheck check;

  public ModelSafetyPlugin(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPreDeployers());
    deployers.add(this);
    configuration.setCustomPreDeployers(deployers);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      check().checkResourceName(resource.getName());
      String name = resource.getName().toLowerCase(Locale.ROOT);
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        check().checkModel(resource.getName(), resource.getBytes());
      }
    }
  }

  private ModelSafetyCheck check() {
    if (check == null) {
      Set<String> delegates = Stream.of(JavaDelegate.class, TaskListener.class, ExecutionListener.class)
          .flatMap(type -> Arrays.stream(context.getBeanNamesForType(type, true, false)))
          .filter(this::isProjectBean).collect(Collectors.toSet());
      Set<String> helpers = Arrays.stream(context.getBeanNamesForAnnotation(UsableInModels.class))
          .filter(this::isProjectBean).collect(Collectors.toSet());
      check = new ModelSafetyCheck(new ModelSafetyCheck.Beans() {
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
          return context.containsBean(name);
        }
      });
    }
    return check;
  }

  private boolean isProjectBean(String name) {
    Class<?> type = context.getType(name, false);
    return type != null && type.getName().startsWith(PROJECT_PACKAGE);
  }
}
