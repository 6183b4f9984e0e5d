package cn.gov.povertyexit.registerpage;

import static cn.gov.povertyexit.registerpage.ProgressStage.*;

import cn.gov.povertyexit.registry.HouseholdStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * <b>The one place that says which step of the household models counts as which stage</b> of the progress view
 * (督查进度). Renaming or adding a step in {@code bpmn/householdExit.bpmn}, {@code householdExitHunan.bpmn} or
 * {@code householdExitHeilongjiang.bpmn} means changing the table below; {@code HouseholdStagesTest} fails, naming the
 * step, when a model has an activity the table does not place.
 *
 * <p>Only the household's own case is read: while it waits for its village's list (民主评议, the list's notices, the
 * township's verification of the list) it waits at a receive task of its own ({@code Activity_AwaitAppraisal},
 * {@code Activity_InVillageListNotice} …), so the list models ({@code villageHouseholdExitList*}) need no entry. A
 * Jiangxi case waiting at {@code Activity_HunanProcedure} / {@code Activity_HeilongjiangProcedure} is counted by the
 * province's own case it called (same business key), so those two have no stage ({@link #DELEGATED}).
 *
 * <p>Households without a running case are counted by their register status: 已脱贫, 回退 (已回退), 未脱贫 and 返贫
 * (未脱贫(保留): never started this year, or kept on the register by the appraisal, a standard or the county), 预退出
 * (其他: a case ended out of order). 已剔除 households are no longer poor households and are not counted.
 */
final class HouseholdStages {

  static final List<String> MODELS = List.of("householdExit", "householdExitHunan", "householdExitHeilongjiang");

  /** Call activities whose stage is that of the case they call. */
  static final Set<String> DELEGATED = Set.of("Activity_HunanProcedure", "Activity_HeilongjiangProcedure");

  private static final Map<String, Map<String, ProgressStage>> BY_MODEL = new LinkedHashMap<>();

  static {
    // 江西 (seed 000 五(1))
    model("householdExit")
        .on(SURVEY, "Activity_MarkPreExit", "Event_SupportPeriodEnded", "Activity_YearEndSurvey",
            "Activity_ApplySurveyStandard", "Activity_ReviewSurveyFailure")
        .on(APPRAISAL, "Activity_JoinAppraisalList", "Activity_AwaitAppraisal")
        .on(VILLAGE_NOTICE, "Activity_InVillageListNotice", "Event_VillageNoticeObjection", "Activity_RecordVillageObjection",
            "Activity_VillageNotice")
        .on(TOWNSHIP_VERIFICATION, "Activity_AwaitTownshipListVerification", "Activity_TownshipVerification",
            "Activity_ApplyVerifiedStandard")
        .on(SECOND_NOTICE, "Activity_InSecondListNotice", "Event_SecondNoticeObjection", "Activity_RecordSecondObjection",
            "Activity_SecondNotice")
        .on(COUNTY_DECISION, "Activity_AwaitCountyDecision", "Activity_RecordExit")
        .on(STAYS_POOR, "Activity_KeepOnRegister");
    // 湖南 (seed 003): the township's own notice (乡镇公示) is its second notice; 报区审批 its county decision
    model("householdExitHunan")
        .on(SURVEY, "Event_DataCollectionStarts", "Activity_CollectHouseholdData", "Activity_ApplySurveyStandard")
        .on(APPRAISAL, "Activity_JoinAppraisalList", "Activity_AwaitAppraisal", "Activity_AwaitHouseholdConfirmation",
            "Activity_CheckSignatures")
        .on(VILLAGE_NOTICE, "Activity_InVillageListNotice", "Event_VillageNoticeObjection", "Activity_RecordVillageObjection",
            "Activity_VillageNotice")
        .on(TOWNSHIP_VERIFICATION, "Activity_AwaitTownshipListVerification", "Activity_TownshipCheck",
            "Activity_ApplyTownshipStandard")
        .on(SECOND_NOTICE, "Activity_InTownshipListNotice", "Event_TownshipNoticeObjection",
            "Activity_RecordTownshipObjection", "Activity_TownshipNotice")
        .on(COUNTY_DECISION, "Activity_AwaitCountyDecision", "Activity_RecordExit")
        .on(STAYS_POOR, "Activity_KeepOnRegister");
    // 黑龙江 (seed 004): no township verification and no second notice; the village representatives' re-verification
    // stands where the township's would, and the village's 公告退出 and 销号 where the county's approval would
    model("householdExitHeilongjiang")
        .on(SURVEY, "Event_SupportPeriodEnded", "Activity_HouseholdSurvey", "Activity_ApplySurveyStandard")
        .on(APPRAISAL, "Activity_JoinAppraisalList", "Activity_AwaitAppraisal", "Activity_AwaitConfirmation")
        .on(VILLAGE_NOTICE, "Activity_InVillageListNotice", "Event_VillageNoticeObjection", "Activity_RecordVillageObjection",
            "Activity_VillageNotice")
        .on(TOWNSHIP_VERIFICATION, "Activity_RepresentativeReVerification")
        .on(COUNTY_DECISION, "Activity_AwaitAnnouncement", "Activity_AnnounceExit", "Activity_RecordExit")
        .on(STAYS_POOR, "Activity_KeepOnRegister");
  }

  private HouseholdStages() {}

  /** The stage of a running case waiting at the activity; empty for a delegating call activity or an unknown step. */
  static Optional<ProgressStage> of(String model, String activityId) {
    return Optional.ofNullable(BY_MODEL.getOrDefault(model, Map.of()).get(activityId));
  }

  static Set<String> activitiesOf(String model) {
    return BY_MODEL.getOrDefault(model, Map.of()).keySet();
  }

  /** The stage of a household without a running case, from its register status; empty for 已剔除. */
  static Optional<ProgressStage> ofRegister(HouseholdStatus status) {
    return switch (status) {
      case EXITED -> Optional.of(EXITED);
      case REVOKED -> Optional.of(REVOKED);
      case POOR, RETURNED -> Optional.of(STAYS_POOR);
      case PRE_EXIT -> Optional.of(OTHER);
      case REMOVED -> Optional.empty();
    };
  }

  /** The register statuses counted as the stage (for households without a running case). */
  static List<String> registerStatusesOf(ProgressStage stage) {
    return java.util.Arrays.stream(HouseholdStatus.values())
        .filter(status -> ofRegister(status).filter(stage::equals).isPresent()).map(Enum::name).toList();
  }

  /**
   * A SQL {@code case} giving the stage's name for a row with the model's key in {@code keyColumn} and the activity in
   * {@code activityColumn}, null where the table places none. The ids are this class's own constants.
   */
  static String sqlCase(String keyColumn, String activityColumn) {
    StringBuilder sql = new StringBuilder("case");
    BY_MODEL.forEach((model, stages) -> stages.entrySet().stream()
        .collect(Collectors.groupingBy(Map.Entry::getValue, LinkedHashMap::new,
            Collectors.mapping(Map.Entry::getKey, Collectors.toList())))
        .forEach((stage, activities) -> sql.append(" when ").append(keyColumn).append(" = ").append(literal(model))
            .append(" and ").append(activityColumn).append(" in (")
            .append(activities.stream().map(HouseholdStages::literal).collect(Collectors.joining(", ")))
            .append(") then ").append(literal(stage.name()))));
    return sql.append(" end").toString();
  }

  static String modelsSql() {
    return MODELS.stream().map(HouseholdStages::literal).collect(Collectors.joining(", "));
  }

  private static String literal(String id) {
    if (!id.matches("[A-Za-z_]+")) {
      throw new IllegalArgumentException(id);
    }
    return "'" + id + "'";
  }

  private static Stages model(String key) {
    return new Stages(BY_MODEL.computeIfAbsent(key, k -> new LinkedHashMap<>()));
  }

  private record Stages(Map<String, ProgressStage> table) {
    Stages on(ProgressStage stage, String... activityIds) {
      for (String id : activityIds) {
        table.put(id, stage);
      }
      return this;
    }
  }
}
