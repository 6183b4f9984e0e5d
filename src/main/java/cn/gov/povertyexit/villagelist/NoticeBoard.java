package cn.gov.povertyexit.villagelist;

import cn.gov.povertyexit.household.HouseholdFacts;
import cn.gov.povertyexit.household.HouseholdExitStandard;
import cn.gov.povertyexit.household.HouseholdFactsForm;
import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.household.PovertyStandard;
import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.notice.NoticeVariables;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.policy.PolicyNotConfiguredException;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The notices of households' exits (公示): those in their period within an official's places, and each one as it is
 * printed for the board. A notice is public, so every official of a place sees the notices of that place; nobody
 * sees those of another place, not even whether a notice exists there.
 */
@Service
public class NoticeBoard {

  /** A board lists at most this many notices of each kind; a county or province official narrows it to a place. */
  public static final int PAGE_SIZE = 200;
  static final String ROW_REASON = "收入稳定超过扶贫标准，两不愁三保障";

  /** Where the township posted its notice, as its posting form records it. */
  private static final String POSTING_PLACE = "townshipNoticePlace";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final String[] NOTICE_VARIABLES = {HouseholdVariables.VILLAGE_CODE, HouseholdVariables.TOWNSHIP_CODE,
      HouseholdVariables.VILLAGE_NAME,
      HouseholdVariables.TOWNSHIP_NAME, HouseholdVariables.COUNTY_NAME, HouseholdVariables.EXIT_YEAR,
      VillageListVariables.LIST_NUMBER, VillageListVariables.NOTICE_LIST, VillageListVariables.SECOND_NOTICE_LIST,
      HouseholdVariables.HOUSEHOLD_ID, HouseholdVariables.HEAD_NAME, NoticeVariables.NOTICE_NAME,
      HouseholdVariables.PROVINCE_CODE, POSTING_PLACE};

  private final RuntimeService runtime;
  private final HistoryService history;
  private final ManagementService management;
  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final ExitPolicy policy;
  private final JdbcClient jdbc;
  private final HouseholdExitStandard standard;

  public NoticeBoard(RuntimeService runtime, HistoryService history, ManagementService management,
      ProcessEngineConfiguration engineConfiguration, ExitPolicy policy, JdbcClient jdbc, HouseholdExitStandard standard) {
    this.jdbc = jdbc;
    this.standard = standard;
    this.runtime = runtime;
    this.history = history;
    this.management = management;
    this.engineConfiguration = (ProcessEngineConfigurationImpl) engineConfiguration;
    this.policy = policy;
  }

  /**
   * The notices in their period now, in the official's places (narrowed to {@code placeCode} when given), ordered
   * by village, year and batch.
   */
  public List<PostedNotice> postedWithin(Authentication official, Optional<String> placeCode) {
    List<String> prefixes = narrowed(JurisdictionGuard.placePrefixes(official), placeCode);
    List<PostedNotice> notices = new ArrayList<>();
    if (prefixes.isEmpty()) {
      return notices;
    }
    for (NoticeStage stage : NoticeStage.values()) {
      ProcessInstanceQuery query = runtime.createProcessInstanceQuery().processDefinitionKeyIn(stage.processKeys())
          .activityIdIn(stage.waitingActivity());
      if (stage == NoticeStage.HOUSEHOLD) {
        // a household's own notice; the same model also posts villages and counties
        query.variableValueLike(HouseholdVariables.HOUSEHOLD_ID, "%");
      }
      ProcessInstanceQuery inPlaces = query.or();
      prefixes.forEach(prefix -> inPlaces.variableValueLike(stage.placeVariable(), prefix + "%"));
      for (ProcessInstance posted : inPlaces.endOr().orderByProcessInstanceId().asc().listPage(0, PAGE_SIZE)) {
        read(posted.getId(), stage).ifPresent(notices::add);
      }
    }
    notices.sort(Comparator.comparing(PostedNotice::placeCode).thenComparing(PostedNotice::year)
        .thenComparing(PostedNotice::listNumber).thenComparing(PostedNotice::stage));
    return notices;
  }

  /** One notice, posted now or earlier, if it concerns the official's places. */
  public Optional<PostedNotice> find(Authentication official, String instanceId, NoticeStage stage) {
    List<String> prefixes = JurisdictionGuard.placePrefixes(official);
    boolean ofThatKind = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .processDefinitionKeyIn(stage.processKeys()).count() == 1;
    return ofThatKind ? read(instanceId, stage).filter(notice -> prefixes.stream().anyMatch(notice.placeCode()::startsWith))
        : Optional.empty();
  }

  private static List<String> narrowed(List<String> prefixes, Optional<String> placeCode) {
    if (placeCode.isEmpty()) {
      return prefixes;
    }
    String place = placeCode.get();
    return prefixes.stream().anyMatch(place::startsWith) ? List.of(place) : List.of();
  }

  private Optional<PostedNotice> read(String instanceId, NoticeStage stage) {
    List<HistoricActivityInstance> postings = history.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
        .activityId(stage.waitingActivity()).orderByHistoricActivityInstanceStartTime().desc().listPage(0, 1);
    if (postings.isEmpty()) {
      return Optional.empty();
    }
    HistoricActivityInstance posting = postings.get(0);
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableNameIn(NOTICE_VARIABLES).disableCustomObjectDeserialization().list()) {
      values.put(variable.getName(), variable.getValue());
    }
    if (!(values.get(stage.placeVariable()) instanceof String placeCode)) {
      return Optional.empty();
    }
    Optional<List<PostedNotice.Row>> rows = stage.listVariable()
        .map(name -> listRows(ListMembers.read(values.get(name)), stage == NoticeStage.TOWNSHIP_BOARD))
        .or(() -> householdRow(instanceId, values).map(List::of));
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    int year = number(values, HouseholdVariables.EXIT_YEAR);
    List<String> householdIds = stage.listVariable()
        .map(name -> ListMembers.read(values.get(name)).stream().map(ListMember::householdId).toList())
        .orElseGet(() -> values.get(HouseholdVariables.HOUSEHOLD_ID) instanceof String id ? List.of(id) : List.of());
    boolean byTownship = stage.postedByTownship() || "第二次公示".equals(values.get(NoticeVariables.NOTICE_NAME));
    return Optional.of(new PostedNotice(instanceId, stage, byTownship, placeCode,
        text(values, HouseholdVariables.VILLAGE_NAME), text(values, HouseholdVariables.TOWNSHIP_NAME),
        text(values, HouseholdVariables.COUNTY_NAME), year, number(values, VillageListVariables.LIST_NUMBER),
        policy.nationalPovertyLine(year).toPlainString(),
        provincialLineOf(householdIds, year, text(values, HouseholdVariables.PROVINCE_CODE)),
        drinkingWaterRequired(text(values, HouseholdVariables.PROVINCE_CODE)),
        day(posting.getStartTime()),
        day(endOf(instanceId, stage, posting)), text(values, POSTING_PLACE), rows.get()));
  }

  /** A list's households; on a township's notice each with its village, from the register. */
  private List<PostedNotice.Row> listRows(List<ListMember> members, boolean withVillages) {
    Map<String, String> villages = new HashMap<>();
    if (withVillages && !members.isEmpty()) {
      List<String> ids = members.stream().map(ListMember::householdId).toList();
      jdbc.sql("select h.id, v.name from household h join village v on v.code = h.village_code where h.id in ("
              + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")")
          .params(new ArrayList<Object>(ids))
          .query((java.sql.ResultSet rs) -> {
            villages.put(rs.getString(1).trim(), rs.getString(2));
          });
    }
    return members.stream().map(member -> new PostedNotice.Row(member.headName(),
        villages.getOrDefault(member.householdId(), ""), member.memberCount(), member.perCapitaIncome(), ROW_REASON))
        .toList();
  }

  /** A household's own notice is printed while it runs, with the facts its case holds now (corrected or not). */
  private Optional<PostedNotice.Row> householdRow(String noticeId, Map<String, Object> values) {
    if (!(values.get(HouseholdVariables.HEAD_NAME) instanceof String headName)) {
      return Optional.empty();
    }
    return engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
      ExecutionEntity notice = context.getExecutionManager().findExecutionById(noticeId);
      if (notice == null) {
        return Optional.<PostedNotice.Row>empty();
      }
      HouseholdFacts facts;
      try {
        facts = HouseholdFactsForm.read(notice);
      } catch (CaseRefusedException notSurveyed) {
        return Optional.<PostedNotice.Row>empty();
      }
      BigDecimal perCapita = facts.disposableIncome()
          .divide(BigDecimal.valueOf(facts.memberCount()), 0, RoundingMode.HALF_UP);
      return Optional.of(new PostedNotice.Row(headName, "", facts.memberCount(), perCapita.toPlainString(), ROW_REASON));
    });
  }

  /** The provincial line, where a household of the notice is on it (seed 004 三(一)); otherwise null. */
  private String provincialLineOf(List<String> householdIds, int year, String provinceCode) {
    if (householdIds.isEmpty()) {
      return null;
    }
    int provincial = jdbc.sql("select count(*) from household where poverty_standard = 'PROVINCIAL' and id in ("
            + String.join(",", java.util.Collections.nCopies(householdIds.size(), "?")) + ")")
        .params(new ArrayList<Object>(householdIds)).query(Integer.class).single();
    if (provincial == 0) {
      return null;
    }
    try {
      return standard.povertyLine(PovertyStandard.PROVINCIAL, year, provinceCode).toPlainString();
    } catch (PolicyNotConfiguredException notConfigured) {
      return null;
    }
  }

  private boolean drinkingWaterRequired(String provinceCode) {
    try {
      return policy.province(provinceCode).drinkingWaterRequired();
    } catch (PolicyNotConfiguredException notConfigured) {
      return false;
    }
  }

  /** The period ends when the timer is due; once it has fired, when it fired. */
  private Date endOf(String instanceId, NoticeStage stage, HistoricActivityInstance posting) {
    Job timer = management.createJobQuery().processInstanceId(instanceId).activityId(stage.timerActivity()).timers()
        .singleResult();
    if (timer != null) {
      return timer.getDuedate();
    }
    return posting.getEndTime() != null ? posting.getEndTime() : posting.getStartTime();
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
