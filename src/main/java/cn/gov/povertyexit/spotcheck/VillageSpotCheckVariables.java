package cn.gov.povertyexit.spotcheck;

/** Variable names of the city's check of exited villages; the forms' field keys are the same names. */
final class VillageSpotCheckVariables {

  static final String PROCESS_KEY = "cityVillageSpotCheck";
  static final String RE_VERIFICATION_KEY = "villageReVerification";
  static final String CITY_CODE = "cityCode";
  static final String SAMPLE = "villageSample";
  static final String EXITS = "yearVillageExits";
  static final String RESULT_PREFIX = "villageCheckResult_";
  static final String CHECKED_VILLAGE = "sampledVillageCode";

  private VillageSpotCheckVariables() {}
}
