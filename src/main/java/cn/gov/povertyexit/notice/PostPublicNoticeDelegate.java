package cn.gov.povertyexit.notice;

import cn.gov.povertyexit.household.HouseholdFacts;
import cn.gov.povertyexit.household.HouseholdFactsForm;
import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registry.SubjectType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 张贴公示 (a case's own notice): each time the notice's period starts — first, or again after an objection found not
 * upheld — a new notice of the register is posted, dated by the engine's clock. The calling step names the kind
 * ({@code noticeKind}); the place is the one the posting official stated ({@link PostingPlace#VARIABLE}), else
 * that of the subject's last notice (the one an objection interrupted, which this one replaces), else where such
 * notices usually hang.
 */
@Component
public class PostPublicNoticeDelegate implements ExecutionListener {

  /** The kind of notice, given by the calling model. */
  public static final String NOTICE_KIND = "noticeKind";
  /** The year variable of an identification case (identification.IdentificationVariables), which has no exit year. */
  private static final String APPLICATION_YEAR = "applicationYear";

  private final NoticeRecords records;
  private final NoticeTimer timer;

  public PostPublicNoticeDelegate(NoticeRecords records, NoticeTimer timer) {
    this.records = records;
    this.timer = timer;
  }

  @Override
  public void notify(DelegateExecution execution) {
    DelegateExecution notice = execution.getProcessInstance();
    NoticeKind kind = NoticeKind.named(notice.getVariable(NOTICE_KIND))
        .orElseThrow(() -> new IllegalStateException("the calling model must name the notice's kind in " + NOTICE_KIND));
    int year = yearOf(notice).orElseThrow(() -> new IllegalStateException("a notice's case names its year"));
    NoticeRecords.Entry entry = entryOf(kind, notice);
    Optional<NoticeRecords.Notice> previous = records.latestOf(entry.subjectType(), entry.subjectId(), year);
    Optional<NoticeRecords.Notice> replaced = previous
        .filter(earlier -> records.objectedTo(earlier.id(), entry.subjectType(), entry.subjectId()));
    Object stated = notice.getVariable(PostingPlace.VARIABLE);
    String place = stated != null ? PostingPlace.checked(stated)
        : previous.map(NoticeRecords.Notice::postingPlace).orElse(kind.usualPostingPlace());
    long id = records.post(new NoticeRecords.NewNotice(kind, year + "年度" + kind.heading(), notice.getId(),
        placeCodeOf(kind, notice), place, ClockUtil.getCurrentTime().toInstant(), timer.days(), year, null,
        CurrentActor.of(execution), replaced.map(NoticeRecords.Notice::id).orElse(null), List.of(entry)));
    notice.setVariable(NoticeRecords.NOTICE_ID, id);
  }

  /** The year of the case: its exit year, or for an identification the year of the application. */
  static Optional<Integer> yearOf(DelegateExecution notice) {
    Object year = notice.getVariable(HouseholdVariables.EXIT_YEAR);
    if (year == null) {
      year = notice.getVariable(APPLICATION_YEAR);
    }
    return year instanceof Number number ? Optional.of(number.intValue()) : Optional.empty();
  }

  private static String placeCodeOf(NoticeKind kind, DelegateExecution notice) {
    String variable = switch (kind) {
      case HOUSEHOLD_TOWNSHIP -> HouseholdVariables.TOWNSHIP_CODE;
      case COUNTY -> HouseholdVariables.COUNTY_CODE;
      default -> HouseholdVariables.VILLAGE_CODE;
    };
    return text(notice, variable);
  }

  private static NoticeRecords.Entry entryOf(NoticeKind kind, DelegateExecution notice) {
    return switch (kind.subjectType()) {
      case HOUSEHOLD -> householdEntry(kind, notice);
      case VILLAGE -> new NoticeRecords.Entry(SubjectType.VILLAGE, text(notice, HouseholdVariables.VILLAGE_CODE),
          text(notice, HouseholdVariables.VILLAGE_NAME), null, null, null, "达到贫困村退出标准");
      case COUNTY -> new NoticeRecords.Entry(SubjectType.COUNTY, text(notice, HouseholdVariables.COUNTY_CODE),
          text(notice, HouseholdVariables.COUNTY_NAME), null, null, null, "达到贫困县退出标准");
    };
  }

  /** The household's line: its head, size and per-capita income as its case holds them now. */
  private static NoticeRecords.Entry householdEntry(NoticeKind kind, DelegateExecution notice) {
    Integer members = null;
    String perCapita = null;
    try {
      HouseholdFacts facts = HouseholdFactsForm.read(notice);
      members = facts.memberCount();
      perCapita = facts.disposableIncome().divide(BigDecimal.valueOf(facts.memberCount()), 0, RoundingMode.HALF_UP)
          .toPlainString();
    } catch (CaseRefusedException notSurveyed) {
      // an application for identification has no survey of an exit; its line shows the name only
    }
    String reason = kind == NoticeKind.IDENTIFICATION ? "经评议拟纳入贫困户" : "收入稳定超过扶贫标准，两不愁三保障";
    return new NoticeRecords.Entry(SubjectType.HOUSEHOLD, text(notice, HouseholdVariables.HOUSEHOLD_ID),
        text(notice, HouseholdVariables.HEAD_NAME), text(notice, HouseholdVariables.VILLAGE_NAME), members, perCapita,
        reason);
  }

  private static String text(DelegateExecution notice, String name) {
    Object value = notice.getVariable(name);
    return value == null ? "" : value.toString();
  }
}
