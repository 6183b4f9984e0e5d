package cn.gov.povertyexit.jurisdiction;

import static cn.gov.povertyexit.jurisdiction.AdministrativeLevel.CITY;
import static cn.gov.povertyexit.jurisdiction.AdministrativeLevel.COUNTY;
import static cn.gov.povertyexit.jurisdiction.AdministrativeLevel.NATIONAL;
import static cn.gov.povertyexit.jurisdiction.AdministrativeLevel.PROVINCE;
import static cn.gov.povertyexit.jurisdiction.AdministrativeLevel.TOWNSHIP;
import static cn.gov.povertyexit.jurisdiction.AdministrativeLevel.VILLAGE;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the exit procedures (DOMAIN.md, seed 000 五) and the levels at which each exists. The kind says
 * what a role does in the webapps: works tasks, supervises in Cockpit, or revises and deploys the models.
 */
public enum OfficialRole {
  COMMITTEE("committee", "村两委", Kind.TASKS, EnumSet.of(VILLAGE)),
  WORK_TEAM("workteam", "驻村工作队", Kind.TASKS, EnumSet.of(VILLAGE)),
  GOVERNMENT("government", "人民政府", Kind.TASKS, EnumSet.of(TOWNSHIP, COUNTY, PROVINCE)),
  POVERTY_OFFICE("office", "扶贫开发领导小组办公室", Kind.TASKS, EnumSet.of(COUNTY)),
  LEADING_GROUP("leadinggroup", "扶贫开发领导小组", Kind.TASKS, EnumSet.of(COUNTY, CITY, PROVINCE, NATIONAL)),
  ASSESSOR("assessor", "第三方评估机构", Kind.TASKS, EnumSet.of(PROVINCE)),
  /** The county's sector departments (教育、住建、卫健、医保): they solve a single 三保障 gap (001 二 三). */
  SECTOR("sector", "行业主管部门", Kind.TASKS, EnumSet.of(COUNTY)),
  SUPERVISOR("supervisor", "督查组", Kind.SUPERVISION, EnumSet.of(COUNTY, CITY, PROVINCE, NATIONAL)),
  ANALYST("analyst", "流程分析员", Kind.MODELLING, EnumSet.of(PROVINCE));

  /** What a role does in the webapps. */
  public enum Kind {
    /** Completes the tasks of its own groups in Tasklist. */
    TASKS,
    /** Watches the instances of its jurisdiction and those below it in Cockpit, read-only. */
    SUPERVISION,
    /** Revises the models and deploys them from Camunda Modeler or Cockpit. */
    MODELLING
  }

  private final String idSuffix;
  private final String label;
  private final Kind kind;
  private final Set<AdministrativeLevel> levels;

  OfficialRole(String idSuffix, String label, Kind kind, Set<AdministrativeLevel> levels) {
    this.idSuffix = idSuffix;
    this.label = label;
    this.kind = kind;
    this.levels = levels;
  }

  public String idSuffix() {
    return idSuffix;
  }

  public String label() {
    return label;
  }

  public Kind kind() {
    return kind;
  }

  public Set<AdministrativeLevel> levels() {
    return levels;
  }
}
