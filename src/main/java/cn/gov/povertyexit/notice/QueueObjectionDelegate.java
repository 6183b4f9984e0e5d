package cn.gov.povertyexit.notice;

import static cn.gov.povertyexit.notice.NoticeVariables.*;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记异议 / 列入待核实异议名单: the objection just registered joins the notice's queue, so that one raised while
 * another is being verified is kept and verified after it, never refused (seed 000 五(1): objections raised during
 * the notice are verified).
 */
@Component
public class QueueObjectionDelegate implements JavaDelegate {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Override
  public void execute(DelegateExecution execution) {
    DelegateExecution notice = execution.getProcessInstance();
    List<ObjectionQueue.Objection> queue = new java.util.ArrayList<>(ObjectionQueue.read(notice));
    queue.add(new ObjectionQueue.Objection(text(notice, INCOMING_OBJECTOR), text(notice, INCOMING_CONTENT),
        text(notice, INCOMING_RECEIVED_BY), OffsetDateTime.now(CHINA).withNano(0).toString()));
    ObjectionQueue.write(notice, queue);
    notice.removeVariable(INCOMING_OBJECTOR);
    notice.removeVariable(INCOMING_CONTENT);
    notice.removeVariable(INCOMING_RECEIVED_BY);
  }

  private static String text(DelegateExecution notice, String name) {
    Object value = notice.getVariable(name);
    return value == null ? "" : value.toString();
  }
}
