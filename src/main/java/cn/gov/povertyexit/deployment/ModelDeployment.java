package cn.gov.povertyexit.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models (bpmn/) and their forms (forms/) as one deployment named "poverty-exit" when the engine
 * starts, under their bare file names wherever the application runs from, so that tasks find their forms in
 * their own deployment. Unchanged files deploy nothing new; one changed file deploys the whole set again.
 */
@Component
public class ModelDeployment extends AbstractProcessEnginePlugin {

  public static final String NAME = "poverty-exit";
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);
  private static final String[] PATTERNS = {"classpath*:**/*.bpmn", "classpath*:**/*.dmn", "classpath*:**/*.form"};

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    Map<String, Resource> resources = resources();
    DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
        .name(NAME).source(NAME).enableDuplicateFiltering(false);
    resources.forEach((name, resource) -> {
      try {
        builder.addInputStream(name, resource.getInputStream());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    Deployment deployment = builder.deploy();
    LOG.info("Models and forms deployed: {} resources, deployment {}", resources.size(), deployment.getId());
  }

  static Map<String, Resource> resources() {
    Map<String, Resource> byName = new TreeMap<>();
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(ModelDeployment.class.getClassLoader());
    try {
      for (String pattern : PATTERNS) {
        for (Resource resource : resolver.getResources(pattern)) {
          Resource clash = byName.put(resource.getFilename(), resource);
          if (clash != null) {
            throw new IllegalStateException("Two models or forms share the file name " + resource.getFilename()
                + ": " + clash.getDescription() + " and " + resource.getDescription());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byName;
  }
}
