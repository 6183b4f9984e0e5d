package cn.gov.povertyexit.villagelist;

import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.notice.NoticeKind;
import cn.gov.povertyexit.notice.NoticeRecords;
import cn.gov.povertyexit.notice.NoticeTimer;
import cn.gov.povertyexit.notice.PostingPlace;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registry.SubjectType;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Posts a list's notice in the register: one line per household still on the list, the place the posting official
 * stated, the period from the engine's clock. Its id is left on the list for the timer ({@code noticeTimer.endOf}).
 */
@Component
class ListNoticePosting {

  private final NoticeRecords records;
  private final NoticeTimer timer;

  ListNoticePosting(NoticeRecords records, NoticeTimer timer) {
    this.records = records;
    this.timer = timer;
  }

  /**
   * @param placeVariable the variable of the stated place; where the form of this province does not ask for it yet,
   *     {@code required} false lets the usual place of the kind stand in
   */
  void post(DelegateExecution list, NoticeKind kind, String listVariable, String placeVariable, boolean required) {
    int year = CaseVariables.integer(list, HouseholdVariables.EXIT_YEAR, "退出年度");
    Object stated = list.getVariable(placeVariable);
    String place = stated == null && !required ? kind.usualPostingPlace() : PostingPlace.checked(stated);
    String placeCode = CaseVariables.text(list,
        kind == NoticeKind.TOWNSHIP_BOARD ? HouseholdVariables.TOWNSHIP_CODE : HouseholdVariables.VILLAGE_CODE, "地点");
    int number = list.getVariable(VillageListVariables.LIST_NUMBER) instanceof Number n ? n.intValue() : 1;
    String villageName = kind == NoticeKind.TOWNSHIP_BOARD ? null
        : (String) list.getVariable(HouseholdVariables.VILLAGE_NAME);
    List<NoticeRecords.Entry> entries = ListMembers.read(list.getVariable(listVariable)).stream()
        .map(member -> new NoticeRecords.Entry(SubjectType.HOUSEHOLD, member.householdId(), member.headName(),
            villageName, member.memberCount(), member.perCapitaIncome(), NoticeBoard.ROW_REASON))
        .toList();
    long id = records.post(new NoticeRecords.NewNotice(kind,
        year + "年度" + kind.heading() + (number > 1 ? "（第" + number + "批）" : ""), list.getProcessInstanceId(),
        placeCode, place, ClockUtil.getCurrentTime().toInstant(), timer.days(), year, number, CurrentActor.of(list), null,
        entries));
    list.setVariable(NoticeRecords.NOTICE_ID, id);
  }
}
