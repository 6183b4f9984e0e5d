package cn.gov.povertyexit.spotcheck;

/** Names of the spot check's variables; the forms' field keys are the same names. */
final class SpotCheckVariables {

  static final String PROCESS_KEY = "countyHouseholdSpotCheck";
  static final String RE_VERIFICATION_KEY = "householdReVerification";
  static final String COUNTY_CODE = "countyCode";
  static final String EXIT_YEAR = "exitYear";
  static final String SAMPLE_RATE = "sampleRate";
  static final String SEED = "spotCheckSeed";
  static final String SAMPLE = "spotCheckSample";
  static final String EXITS = "yearExits";
  static final String PASS_RATE = "passRatePercent";
  static final String RECOGNISED = "recognisedInProportion";
  static final String TO_REVOKE = "unsampledToRevoke";
  static final String FAILED = "failedList";
  static final String UNSAMPLED = "unsampledList";
  static final String NAMED = "namedRevocations";
  /** Who visits the sample: the county leading group, or the province's third-party assessors. */
  static final String CHECKER_GROUP = "checkerGroup";
  static final String CHECK_NAME = "checkName";
  static final String PROVINCE_ASSESSMENT_KEY = "provinceExitAssessment";

  private SpotCheckVariables() {}
}
