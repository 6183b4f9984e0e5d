package cn.gov.povertyexit.village;

/** Names of the village exit case's variables; the forms' field keys are the same names. */
public final class VillageVariables {

  public static final String PROCESS_KEY = "villageExit";
  public static final String VILLAGE_CODE = "villageCode";
  public static final String VILLAGE_NAME = "villageName";
  public static final String EXIT_YEAR = "exitYear";
  public static final String RURAL_POPULATION = "ruralPopulation";
  public static final String POOR_POPULATION = "poorPopulation";
  public static final String INCIDENCE_PERCENT = "incidencePercent";
  public static final String CHECKLIST = "villageChecklist";
  public static final String CHECKLIST_CODES = "checklistCodes";
  public static final String STANDARD_MET = "villageStandardMet";
  public static final String STANDARD_FINDINGS = "villageStandardFindings";
  public static final String FAILURE_REASON = "failureReason";
  public static final String PENDING_HOUSEHOLD_EXITS = "pendingHouseholdExits";
  public static final String PENDING_HOUSEHOLD_EXITS_NOTE = "pendingHouseholdExitsNote";
  public static final String CITY_APPROVED = "cityApproved";
  public static final String CITY_DECISION_REASON = "cityDecisionReason";
  public static final String ANNOUNCEMENT_NUMBER = "announcementNumber";

  private VillageVariables() {}
}
