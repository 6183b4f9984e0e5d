package cn.gov.povertyexit.spotcheck;

/**
 * Variable names of the city's check of exited villages that the household check does not have; the sample, the
 * year's exits, the results and the outcome use the household check's names ({@link SpotCheckVariables}), so both
 * checks share their outcome and revocation steps.
 */
final class VillageSpotCheckVariables {

  static final String PROCESS_KEY = "cityVillageSpotCheck";
  static final String RE_VERIFICATION_KEY = "villageReVerification";
  static final String CITY_CODE = "cityCode";
  static final String CHECKED_VILLAGE = "sampledVillageCode";

  private VillageSpotCheckVariables() {}
}
