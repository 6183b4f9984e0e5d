package cn.gov.povertyexit.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * Measures which flow nodes and sequence flows of the models the tests have run through: every activity start
 * and every flow taken is recorded by a listener the parser adds to every element. The same engine, models and
 * delegates as in production; only the recording is added.
 */
public class FlowCoverage extends AbstractProcessEnginePlugin {

  private static final Set<String> PASSED = ConcurrentHashMap.newKeySet();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new java.util.ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseSequenceFlow(Element sequenceFlowElement, ScopeImpl scope, TransitionImpl transition) {
        String key = keyOf(scope.getProcessDefinition()) + "#" + transition.getId();
        transition.addListener(ExecutionListener.EVENTNAME_TAKE, execution -> PASSED.add(key));
      }

      @Override
      public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) { record(activity); }
      @Override
      public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) { record(activity); }
      @Override
      public void parseExclusiveGateway(Element element, ScopeImpl scope, ActivityImpl activity) { record(activity); }
      @Override
      public void parseEventBasedGateway(Element element, ScopeImpl scope, ActivityImpl activity) { record(activity); }
      @Override
      public void parseParallelGateway(Element element, ScopeImpl scope, ActivityImpl activity) { record(activity); }
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) { record(activity); }
      @Override
      public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) { record(activity); }
      @Override
      public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) { record(activity); }
      @Override
      public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) { record(activity); }
      @Override
      public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) { record(activity); }
      @Override
      public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) { record(activity); }
      @Override
      public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) { record(activity); }
      @Override
      public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) { record(activity); }

      private void record(ActivityImpl activity) {
        String key = keyOf(activity.getProcessDefinition()) + "#" + activity.getId();
        activity.addListener(ExecutionListener.EVENTNAME_START, execution -> PASSED.add(key));
      }
    });
  }

  private static String keyOf(org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl definition) {
    return ((ProcessDefinitionEntity) definition).getKey();
  }

  /** The elements of the latest version of a model that no test has passed; empty at 100% coverage. */
  public static Set<String> notPassed(RepositoryService repository, String processKey) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
    Set<String> missing = new TreeSet<>();
    model.getModelElementsByType(FlowNode.class).forEach(node -> {
      if (!PASSED.contains(processKey + "#" + node.getId())) {
        missing.add(node.getId());
      }
    });
    model.getModelElementsByType(SequenceFlow.class).forEach(flow -> {
      // the engine does not "take" the flows behind an event-based gateway: the caught event shows which one ran
      boolean behindEventGateway = flow.getSource() instanceof EventBasedGateway;
      String evidence = behindEventGateway ? flow.getTarget().getId() : flow.getId();
      if (!PASSED.contains(processKey + "#" + evidence)) {
        missing.add(flow.getId());
      }
    });
    return missing;
  }

  public static void assertFullyCovered(RepositoryService repository, String... processKeys) {
    for (String key : processKeys) {
      assertThat(notPassed(repository, key)).as("elements of " + key + " no test passed").isEmpty();
    }
  }
}
