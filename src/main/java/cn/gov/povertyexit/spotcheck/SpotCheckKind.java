package cn.gov.povertyexit.spotcheck;

import cn.gov.povertyexit.jurisdiction.AdministrativeLevel;
import cn.gov.povertyexit.registry.SubjectType;

/**
 * Which check a {@code spot_check} row is: one kind per model step that draws (or, for a 100% check, fixes) the list
 * visited, with the level that checks and what it checks.
 */
public enum SpotCheckKind {
  COUNTY_HOUSEHOLD("县级抽查", AdministrativeLevel.COUNTY, SubjectType.HOUSEHOLD),
  CITY_HOUSEHOLD("市级抽查", AdministrativeLevel.CITY, SubjectType.HOUSEHOLD),
  CITY_VILLAGE("市级出列村抽查", AdministrativeLevel.CITY, SubjectType.VILLAGE),
  PROVINCE_HOUSEHOLD("省级第三方评估", AdministrativeLevel.PROVINCE, SubjectType.HOUSEHOLD),
  PROVINCE_VILLAGE("省级出列村抽查", AdministrativeLevel.PROVINCE, SubjectType.VILLAGE),
  /** The third-party assessment the city and province commission before the county approves (000 五(1)). */
  COUNTY_REVIEW_ASSESSMENT("第三方评估核查", AdministrativeLevel.PROVINCE, SubjectType.HOUSEHOLD),
  /** Hunan's district home check of the whole list (003 三(四)6). */
  DISTRICT_HOUSEHOLD("区级入户核查", AdministrativeLevel.COUNTY, SubjectType.HOUSEHOLD),
  /** Hunan's city check of a share of the people marked exited (003 三(四)7). */
  CITY_REVIEW_HOUSEHOLD("市级核查", AdministrativeLevel.CITY, SubjectType.HOUSEHOLD),
  /** Hunan's re-check of the households the city found failing, after rectification (003 三(四)8). */
  DISTRICT_RECHECK("区扶贫开发领导小组复查", AdministrativeLevel.COUNTY, SubjectType.HOUSEHOLD);

  private final String label;
  private final AdministrativeLevel level;
  private final SubjectType subject;

  SpotCheckKind(String label, AdministrativeLevel level, SubjectType subject) {
    this.label = label;
    this.level = level;
    this.subject = subject;
  }

  public String label() {
    return label;
  }

  public AdministrativeLevel level() {
    return level;
  }

  public SubjectType subject() {
    return subject;
  }
}
