package cn.gov.povertyexit.villagelist;

import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.notice.NoticeKind;
import cn.gov.povertyexit.notice.NoticeRecords;
import cn.gov.povertyexit.notice.NoticeTimer;
import cn.gov.povertyexit.notice.PostingPlace;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registry.SubjectType;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Posts a list's notice in the register: one line per household still on the list, the place the posting official
 * stated, the period from the engine's clock. Its id is left on the list for the timer ({@code noticeTimer.endOf}).
 */
@Component
class ListNoticePosting {

  private final NoticeRecords records;
  private final NoticeTimer timer;
  private final JdbcClient jdbc;

  ListNoticePosting(NoticeRecords records, NoticeTimer timer, JdbcClient jdbc) {
    this.records = records;
    this.timer = timer;
    this.jdbc = jdbc;
  }

  /** A township's notice covers several villages: each household's, from the register, in one query. */
  private Map<String, String> villagesOf(List<ListMember> members) {
    Map<String, String> villages = new HashMap<>();
    if (!members.isEmpty()) {
      jdbc.sql("select h.id, v.name from household h join village v on v.code = h.village_code where h.id in ("
              + String.join(",", Collections.nCopies(members.size(), "?")) + ")")
          .params(members.stream().map(member -> (Object) member.householdId()).toList())
          .query((ResultSet row) -> {
            villages.put(row.getString(1).trim(), row.getString(2));
          });
    }
    return villages;
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
    List<ListMember> members = ListMembers.read(list.getVariable(listVariable));
    Map<String, String> villages = kind == NoticeKind.TOWNSHIP_BOARD ? villagesOf(members) : Map.of();
    String villageName = (String) list.getVariable(HouseholdVariables.VILLAGE_NAME);
    List<NoticeRecords.Entry> entries = members.stream()
        .map(member -> new NoticeRecords.Entry(SubjectType.HOUSEHOLD, member.householdId(), member.headName(),
            villages.getOrDefault(member.householdId(), villageName), member.memberCount(), member.perCapitaIncome(),
            NoticeBoard.ROW_REASON))
        .toList();
    long id = records.post(new NoticeRecords.NewNotice(kind,
        year + "年度" + kind.heading() + (number > 1 ? "（第" + number + "批）" : ""), list.getProcessInstanceId(),
        placeCode, place, ClockUtil.getCurrentTime().toInstant(), timer.days(), year, number, CurrentActor.of(list), null,
        entries));
    list.setVariable(NoticeRecords.NOTICE_ID, id);
  }
}
