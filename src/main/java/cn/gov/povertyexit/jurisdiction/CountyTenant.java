package cn.gov.povertyexit.jurisdiction;

/**
 * Each county is a tenant: every case about a household, village or the county itself is tagged with its
 * county, so Cockpit shows a supervisor only the counties of their jurisdiction.
 */
public final class CountyTenant {

  private static final String PREFIX = "county-";

  private CountyTenant() {}

  public static String idOf(String countyCode) {
    return PREFIX + countyCode;
  }
}
