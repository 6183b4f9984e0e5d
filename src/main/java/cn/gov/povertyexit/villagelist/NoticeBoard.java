package cn.gov.povertyexit.villagelist;

import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.policy.ExitPolicy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Service;

/**
 * The village lists' notices (公示): those in their period within an official's places, and each one as it is
 * printed for the board. A notice is public, so every official of a place sees the notices of that place; nobody
 * sees those of another place, not even whether a list exists there.
 */
@Service
public class NoticeBoard {

  /** Every province's village list model; each holds its notices at the same timer events. */
  static final String[] LIST_MODELS = {VillageListVariables.PROCESS_KEY};
  /** A board lists at most this many notices at once; a county or province official narrows it to a place. */
  public static final int PAGE_SIZE = 200;

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final RuntimeService runtime;
  private final HistoryService history;
  private final ManagementService management;
  private final ExitPolicy policy;

  public NoticeBoard(RuntimeService runtime, HistoryService history, ManagementService management, ExitPolicy policy) {
    this.runtime = runtime;
    this.history = history;
    this.management = management;
    this.policy = policy;
  }

  /**
   * The notices in their period now, in the official's places (narrowed to {@code placeCode} when given), ordered
   * by village and batch.
   */
  public List<PostedNotice> postedWithin(Authentication official, Optional<String> placeCode) {
    List<String> prefixes = narrowed(JurisdictionGuard.placePrefixes(official), placeCode);
    List<PostedNotice> notices = new ArrayList<>();
    if (prefixes.isEmpty()) {
      return notices;
    }
    for (NoticeStage stage : NoticeStage.values()) {
      ProcessInstanceQuery query = runtime.createProcessInstanceQuery().processDefinitionKeyIn(LIST_MODELS)
          .activityIdIn(stage.timerActivity()).or();
      prefixes.forEach(prefix -> query.variableValueLike(HouseholdVariables.VILLAGE_CODE, prefix + "%"));
      for (ProcessInstance list : query.endOr().orderByProcessInstanceId().asc().listPage(0, PAGE_SIZE)) {
        read(list.getId(), stage).ifPresent(notices::add);
      }
    }
    notices.sort(Comparator.comparing(PostedNotice::villageCode).thenComparing(PostedNotice::year)
        .thenComparing(PostedNotice::listNumber).thenComparing(PostedNotice::stage));
    return notices;
  }

  /** One list's notice, posted now or earlier, if the list is in the official's places and has been posted. */
  public Optional<PostedNotice> find(Authentication official, String listId, NoticeStage stage) {
    List<String> prefixes = JurisdictionGuard.placePrefixes(official);
    return read(listId, stage).filter(notice -> prefixes.stream().anyMatch(notice.villageCode()::startsWith));
  }

  private static List<String> narrowed(List<String> prefixes, Optional<String> placeCode) {
    if (placeCode.isEmpty()) {
      return prefixes;
    }
    String place = placeCode.get();
    return prefixes.stream().anyMatch(place::startsWith) ? List.of(place) : List.of();
  }

  private Optional<PostedNotice> read(String listId, NoticeStage stage) {
    List<HistoricActivityInstance> postings = history.createHistoricActivityInstanceQuery().processInstanceId(listId)
        .activityId(stage.timerActivity()).orderByHistoricActivityInstanceStartTime().desc().listPage(0, 1);
    if (postings.isEmpty()) {
      return Optional.empty();
    }
    HistoricActivityInstance posting = postings.get(0);
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(listId)
        .variableNameIn(HouseholdVariables.VILLAGE_CODE, HouseholdVariables.VILLAGE_NAME,
            HouseholdVariables.TOWNSHIP_NAME, HouseholdVariables.COUNTY_NAME, HouseholdVariables.EXIT_YEAR,
            VillageListVariables.LIST_NUMBER, stage.listVariable())
        .disableCustomObjectDeserialization().list()) {
      values.put(variable.getName(), variable.getValue());
    }
    if (!(values.get(HouseholdVariables.VILLAGE_CODE) instanceof String villageCode)) {
      return Optional.empty();
    }
    List<PostedNotice.Row> rows = ListMembers.read(values.get(stage.listVariable())).stream()
        .map(member -> new PostedNotice.Row(member.headName(), member.memberCount(), member.perCapitaIncome(),
            "收入稳定超过扶贫标准，两不愁三保障"))
        .toList();
    int year = number(values, HouseholdVariables.EXIT_YEAR);
    return Optional.of(new PostedNotice(listId, stage, villageCode, text(values, HouseholdVariables.VILLAGE_NAME),
        text(values, HouseholdVariables.TOWNSHIP_NAME), text(values, HouseholdVariables.COUNTY_NAME), year,
        number(values, VillageListVariables.LIST_NUMBER), policy.nationalPovertyLine(year).toPlainString(),
        day(posting.getStartTime()), day(endOf(listId, stage, posting)), rows));
  }

  /** The period ends when the timer is due; once it has fired, when it fired. */
  private Date endOf(String listId, NoticeStage stage, HistoricActivityInstance posting) {
    if (posting.getEndTime() != null) {
      return posting.getEndTime();
    }
    Job timer = management.createJobQuery().processInstanceId(listId).activityId(stage.timerActivity()).timers()
        .singleResult();
    return timer == null ? posting.getStartTime() : timer.getDuedate();
  }

  private static LocalDate day(Date date) {
    return date.toInstant().atZone(CHINA).toLocalDate();
  }

  private static String text(Map<String, Object> values, String name) {
    return values.get(name) instanceof String text ? text : "";
  }

  private static int number(Map<String, Object> values, String name) {
    return values.get(name) instanceof Number number ? number.intValue() : 0;
  }
}
