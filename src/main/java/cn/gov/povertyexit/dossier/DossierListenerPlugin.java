package cn.gov.povertyexit.dossier;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Adds the dossier's entry to the completion of every user task of every model as it is deployed, so that no model
 * has to name it. It is added after all other parse listeners: the checks of a form (its dates) run first, and the
 * dossier keeps what the step finally stated.
 */
@Component
class DossierListenerPlugin extends AbstractProcessEnginePlugin {

  private final DossierRecorder dossier;

  DossierListenerPlugin(DossierRecorder dossier) {
    this.dossier = dossier;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, dossier);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
