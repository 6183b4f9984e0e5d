package cn.gov.povertyexit.household;

/** Names of the household exit case's variables; the forms' field keys are the same names. */
public final class HouseholdVariables {

  public static final String PROCESS_KEY = "householdExit";
  public static final String HUNAN_PROCESS_KEY = "householdExitHunan";
  public static final String COUNTY_DECISION_MESSAGE = "countyDecision";

  public static final String HOUSEHOLD_ID = "householdId";
  public static final String EXIT_YEAR = "exitYear";
  public static final String HEAD_NAME = "householdHeadName";
  public static final String VILLAGE_CODE = "villageCode";
  public static final String VILLAGE_NAME = "villageName";
  public static final String TOWNSHIP_CODE = "townshipCode";
  public static final String TOWNSHIP_NAME = "townshipName";
  public static final String COUNTY_CODE = "countyCode";
  public static final String COUNTY_NAME = "countyName";
  public static final String CITY_CODE = "cityCode";
  public static final String PROVINCE_CODE = "provinceCode";
  public static final String MEMBERS = "householdMembers";
  /** County, township and village as one line, as a check visit's form shows where the household lives. */
  public static final String HOUSEHOLD_ADDRESS = "householdAddress";
  public static final String YEAR_END_SURVEY_DATE = "yearEndSurveyDate";
  /** The year's national poverty line, yuan per person: what the survey form compares its live figure with. */
  public static final String POVERTY_LINE = "povertyLine";
  /** JIANGXI, HUNAN or HEILONGJIANG: which province's procedure the case follows. */
  public static final String PROCEDURE_VARIANT = "procedureVariant";

  public static final String MEMBER_COUNT = "memberCount";
  public static final String WAGE_INCOME = "wageIncome";
  public static final String BUSINESS_INCOME = "businessIncome";
  public static final String BUSINESS_COSTS = "businessCosts";
  public static final String PROPERTY_INCOME = "propertyIncome";
  public static final String TRANSFER_INCOME = "transferIncome";
  public static final String DIBAO = "dibao";
  public static final String FOOD_CLOTHING_SECURE = "foodClothingSecure";
  public static final String CHILDREN_OUT_OF_SCHOOL = "childrenOutOfSchool";
  public static final String UNINSURED_MEMBERS = "uninsuredMembers";
  public static final String SERIOUS_ILLNESS_UNASSISTED = "seriousIllnessUnassisted";
  public static final String HOUSING_RATING = "housingRating";
  public static final String DRINKING_WATER_SAFE = "drinkingWaterSafe";

  public static final String STANDARD_MET = "standardMet";
  public static final String STANDARD_CRITERIA = "standardCriteria";
  public static final String STANDARD_SUMMARY = "standardSummary";
  public static final String FAILURE_REASON = "failureReason";

  public static final String APPRAISAL_AGREED = "appraisalAgreed";
  public static final String APPRAISAL_REMARKS = "appraisalRemarks";
  public static final String VERIFIERS = "verifiers";
  public static final String COUNTY_APPROVED = "countyApproved";
  public static final String COUNTY_DECISION_REASON = "countyDecisionReason";
  public static final String HOUSEHOLD_AGREES = "householdAgrees";
  /** Why a household did not sign its agreement (Hunan, seed 003 三(四)2); it stays on the register. */
  public static final String SIGNATURE_REFUSAL = "signatureRefusal";
  public static final String EXIT_CONFIRMED = "exitConfirmed";
  public static final String RE_VERIFICATION_FINDINGS = "reVerificationFindings";
  public static final String ANNOUNCEMENT_NUMBER = "announcementNumber";

  private HouseholdVariables() {}

  /** One case per household and year: the business key is "户编号-年度". */
  public static String businessKey(String householdId, int year) {
    return householdId + "-" + year;
  }
}
