package cn.gov.povertyexit.jurisdiction;

/**
 * Each county, city and province is a tenant. A case about a household, village or county is tagged with its
 * county; a city's or province's own check with that city or province, so that a county's supervisors see their
 * county's cases and nothing of the checks above them. Groups belong to their own place's tenant and to every
 * tenant below it.
 */
public final class Tenants {

  private Tenants() {}

  public static String county(String countyCode) {
    return "county-" + countyCode;
  }

  public static String city(String cityCode) {
    return "city-" + cityCode;
  }

  public static String province(String provinceCode) {
    return "province-" + provinceCode;
  }
}
