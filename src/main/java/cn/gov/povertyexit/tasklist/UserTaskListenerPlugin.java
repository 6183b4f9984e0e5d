package cn.gov.povertyexit.tasklist;

import cn.gov.povertyexit.procedure.FormDateCheck;
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
 * Adds the same listeners to every user task of every model as it is deployed, so that no model has to name them:
 * the case subject the task list shows, written when a task is created, and the check of the dates a form submits.
 */
@Component
public class UserTaskListenerPlugin extends AbstractProcessEnginePlugin {

  private final CaseSubjectListener caseSubject;
  private final FormDateCheck formDates;

  public UserTaskListenerPlugin(CaseSubjectListener caseSubject, FormDateCheck formDates) {
    this.caseSubject = caseSubject;
    this.formDates = formDates;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, caseSubject);
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, formDates);
        }
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }
}
