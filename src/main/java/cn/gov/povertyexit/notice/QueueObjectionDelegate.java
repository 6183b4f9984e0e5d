package cn.gov.povertyexit.notice;

import static cn.gov.povertyexit.notice.NoticeVariables.*;

import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.registry.SubjectType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 登记异议 / 列入待核实异议名单: the objection just registered joins the notice's queue, so that one raised while
 * another is being verified is kept and verified after it, never refused (seed 000 五(1): objections raised during
 * the notice are verified). The register records it against the subject's notice: the case's own notice is
 * interrupted; a list's notice runs on without this subject.
 */
@Component
public class QueueObjectionDelegate implements JavaDelegate {

  private final NoticeRecords records;

  public QueueObjectionDelegate(NoticeRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DelegateExecution notice = execution.getProcessInstance();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String objector = text(notice, INCOMING_OBJECTOR);
    String content = text(notice, INCOMING_CONTENT);
    String receivedBy = text(notice, INCOMING_RECEIVED_BY);
    Long recordId = record(notice, objector, content, receivedBy, now);
    List<ObjectionQueue.Objection> queue = new java.util.ArrayList<>(ObjectionQueue.read(notice));
    queue.add(new ObjectionQueue.Objection(objector, content, receivedBy,
        OffsetDateTime.ofInstant(now, NoticePeriod.CHINA).withNano(0).toString(), recordId));
    ObjectionQueue.write(notice, queue);
    notice.removeVariable(INCOMING_OBJECTOR);
    notice.removeVariable(INCOMING_CONTENT);
    notice.removeVariable(INCOMING_RECEIVED_BY);
  }

  private Long record(DelegateExecution notice, String objector, String content, String receivedBy, Instant now) {
    Optional<SubjectType> type = subjectTypeOf(notice);
    Optional<Integer> year = PostPublicNoticeDelegate.yearOf(notice);
    if (type.isEmpty() || year.isEmpty()) {
      return null;
    }
    String subjectId = text(notice, switch (type.get()) {
      case HOUSEHOLD -> HouseholdVariables.HOUSEHOLD_ID;
      case VILLAGE -> HouseholdVariables.VILLAGE_CODE;
      case COUNTY -> HouseholdVariables.COUNTY_CODE;
    });
    Optional<NoticeRecords.Notice> against = records.latestOf(type.get(), subjectId, year.get());
    if (against.isEmpty()) {
      return null;
    }
    NoticeRecords.Notice target = against.get();
    if (target.caseInstanceId().equals(notice.getProcessInstanceId())) {
      records.interrupted(target.id(), now);
    }
    return records.objectionReceived(target.id(), type.get(), subjectId, objector, content, receivedBy, now);
  }

  private static Optional<SubjectType> subjectTypeOf(DelegateExecution notice) {
    if (given(notice, HouseholdVariables.HOUSEHOLD_ID)) {
      return Optional.of(SubjectType.HOUSEHOLD);
    }
    if (given(notice, HouseholdVariables.VILLAGE_CODE)) {
      return Optional.of(SubjectType.VILLAGE);
    }
    return given(notice, HouseholdVariables.COUNTY_CODE) ? Optional.of(SubjectType.COUNTY) : Optional.empty();
  }

  private static boolean given(DelegateExecution notice, String name) {
    return notice.getVariable(name) != null && !notice.getVariable(name).toString().isBlank();
  }

  private static String text(DelegateExecution notice, String name) {
    Object value = notice.getVariable(name);
    return value == null ? "" : value.toString();
  }
}
