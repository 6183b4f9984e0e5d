package cn.gov.povertyexit.plan;

/** The variables of the plan cases (countyExitPlan, cityExitPlan). */
public final class PlanVariables {

  public static final String COUNTY_PLAN_KEY = "countyExitPlan";
  public static final String CITY_PLAN_KEY = "cityExitPlan";
  /** The message a county's case waits for while the province decides on the city plan that carries it. */
  public static final String PROVINCE_DECISION_MESSAGE = "exitPlanProvinceDecision";

  public static final String COUNTY_CODE = "countyCode";
  public static final String COUNTY_NAME = "countyName";
  public static final String CITY_CODE = "cityCode";
  public static final String CITY_NAME = "cityName";
  public static final String PROVINCE_CODE = "provinceCode";
  public static final String PLAN_YEAR = "planYear";
  public static final String PLAN_ID = "planId";
  public static final String PLAN_VERSION = "planVersion";
  public static final String REVISION = "revision";
  /** What the version being drafted lists, as the county leading group reads it. */
  public static final String PLAN_SUMMARY = "planSummary";
  public static final String VILLAGE_CANDIDATES = "plannedVillageCandidates";
  public static final String PLANNED_VILLAGES = "plannedVillages";
  public static final String SITUATION = "planSituation";
  public static final String MEASURES = "planMeasures";
  public static final String COUNTY_EXIT_YEAR = "countyExitYear";
  /** The village committee's task: its village, the households it may list and those it lists. */
  public static final String PROPOSING_VILLAGE = "proposingVillage";
  public static final String PROPOSING_VILLAGE_NAME = "proposingVillageName";
  public static final String HOUSEHOLD_CANDIDATES = "plannedHouseholdCandidates";
  public static final String PLANNED_HOUSEHOLDS = "plannedHouseholds";
  public static final String CITY_PASSED = "cityPlanPassed";
  public static final String CITY_OPINION = "cityPlanOpinion";
  public static final String CITY_RETURN_REASON = "cityPlanReturnReason";
  public static final String PROVINCE_APPROVED = "provincePlanApproved";
  public static final String PROVINCE_OPINION = "provincePlanOpinion";
  public static final String PROVINCE_RETURN_REASON = "provincePlanReturnReason";
  /** Why the version was returned, shown to the county leading group when it redrafts. */
  public static final String RETURN_REASON = "planReturnReason";
  public static final String COUNTY_PLANS = "countyPlansSummary";
  public static final String CITY_PLAN_ID = "cityPlanId";
  public static final String CITY_SITUATION = "cityPlanSituation";
  public static final String CITY_MEASURES = "cityPlanMeasures";

  private PlanVariables() {}
}
