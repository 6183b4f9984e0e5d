package cn.gov.povertyexit.countyreview;

/** Names of the county review's variables; the forms' field keys are the same names. */
final class CountyReviewVariables {

  static final String PROCESS_KEY = "countyHouseholdExitReview";
  static final String HUNAN_PROCESS_KEY = "districtHouseholdExitReviewHunan";
  static final String AWAITING_ACTIVITY = "Activity_AwaitCountyDecision";
  /** Set on each household case a review has taken up, so that no second review takes it. */
  static final String REVIEW_INSTANCE = "countyReviewInstanceId";

  /** Input of the collecting step: which province's procedure (JIANGXI, HUNAN) the review model carries out. */
  static final String REVIEW_VARIANT = "reviewVariant";
  static final String COUNTY_CODE = "countyCode";
  static final String COUNTY_NAME = "countyName";
  static final String CITY_CODE = "cityCode";
  static final String PROVINCE_CODE = "provinceCode";
  static final String EXIT_YEAR = "exitYear";
  static final String REVIEW_LIST = "reviewList";
  static final String REVIEW_COUNT = "reviewCount";
  static final String EXCLUSIONS = "exclusions";
  static final String FILING_LIST = "filingList";
  static final String FILING_COUNT = "filingCount";
  static final String APPROVAL_LIST = "approvalList";
  static final String EXCLUDED_LIST = "excludedList";
  /** Households the review itself took off the list, with reasons; checks add their failures to these. */
  static final String REVIEW_EXCLUSIONS = "reviewExclusions";
  /** Which check a visit belongs to, for the reason of a failure (e.g. 市级核查). */
  static final String CHECK_NAME = "checkName";
  static final String ASSESSMENT_SEED = "assessmentSeed";
  static final String ASSESSMENT_SAMPLE = "assessmentSample";
  static final String SAMPLE_FROM = "sampleFrom";
  static final String SAMPLE_RATE = "sampleRate";
  static final String RECTIFICATION_LIST = "rectificationList";
  static final String RECTIFICATION_COUNT = "rectificationCount";
  static final String ASSESSED_HOUSEHOLD = "sampledHouseholdId";
  static final String ANNOUNCEMENT_NUMBER = "announcementNumber";

  private CountyReviewVariables() {}
}
