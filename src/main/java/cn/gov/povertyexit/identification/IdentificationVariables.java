package cn.gov.povertyexit.identification;

/** The names of the identification case's variables, as the forms and the model use them. */
public final class IdentificationVariables {

  public static final String PROCESS_KEY = "householdIdentification";

  public static final String INCLUSION_KIND = "inclusionKind";
  public static final String INCLUSION_KIND_LABEL = "inclusionKindLabel";
  public static final String APPLICATION_SOURCE = "applicationSource";
  public static final String APPLICATION_YEAR = "applicationYear";
  public static final String HOUSEHOLD_ID = "householdId";
  public static final String HEAD_NAME = "headName";
  public static final String VILLAGE_CODE = "villageCode";
  public static final String MEMBER_LINES = "memberLines";
  public static final String DIBAO_CATEGORY = "dibaoCategory";
  public static final String DISABILITY_AID = "disabilityAid";
  public static final String ILLNESS_CAUSES_POVERTY = "illnessCausesPoverty";
  public static final String VILLAGE_CADRE = "villageCadre";
  public static final String ASSETS_CONCEALED = "assetsConcealed";

  public static final String INCLUSION_OUTCOME = "inclusionOutcome";
  public static final String INCLUSION_CATEGORY = "inclusionCategory";
  public static final String INCLUSION_REASON = "inclusionReason";
  public static final String SECTOR_ITEMS = "sectorItems";

  public static final String APPRAISAL_AGREED = "appraisalAgreed";
  public static final String APPRAISAL_REMARKS = "appraisalRemarks";
  public static final String TOWNSHIP_APPROVED = "townshipApproved";
  public static final String TOWNSHIP_OPINION = "townshipOpinion";
  public static final String COUNTY_APPROVED = "countyApproved";
  public static final String COUNTY_OPINION = "countyOpinion";
  public static final String APPROVAL_NUMBER = "approvalNumber";
  public static final String SECTOR_MEASURES = "sectorMeasures";

  private IdentificationVariables() {}

  public static String businessKey(String householdId, int year) {
    return householdId + "-" + year;
  }
}
