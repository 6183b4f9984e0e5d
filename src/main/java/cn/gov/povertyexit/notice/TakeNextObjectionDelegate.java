package cn.gov.povertyexit.notice;

import static cn.gov.povertyexit.notice.NoticeVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 取出下一条待核实的异议: the oldest queued objection becomes the one the verification task shows. */
@Component
public class TakeNextObjectionDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    DelegateExecution notice = execution.getProcessInstance();
    List<ObjectionQueue.Objection> queue = new ArrayList<>(ObjectionQueue.read(notice));
    ObjectionQueue.Objection next = queue.remove(0);
    ObjectionQueue.write(notice, queue);
    notice.setVariable(OBJECTOR_NAME, next.objector());
    notice.setVariable(OBJECTION_CONTENT, next.content());
    notice.setVariable(OBJECTION_RECEIVED_BY, next.receivedBy());
    notice.removeVariable(OBJECTION_UPHELD);
    if (next.recordId() != null) {
      notice.setVariable(OBJECTION_RECORD_ID, next.recordId());
    } else {
      notice.removeVariable(OBJECTION_RECORD_ID);
    }
  }
}
