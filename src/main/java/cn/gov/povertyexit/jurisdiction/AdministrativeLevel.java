package cn.gov.povertyexit.jurisdiction;

/** The levels at which officials act, from the village up to the State Council. */
public enum AdministrativeLevel {
  VILLAGE("village", "村"),
  TOWNSHIP("township", "乡镇"),
  COUNTY("county", "县"),
  CITY("city", "设区市"),
  PROVINCE("province", "省"),
  NATIONAL("national", "国家");

  private final String idPrefix;
  private final String label;

  AdministrativeLevel(String idPrefix, String label) {
    this.idPrefix = idPrefix;
    this.label = label;
  }

  public String idPrefix() {
    return idPrefix;
  }

  public String label() {
    return label;
  }
}
