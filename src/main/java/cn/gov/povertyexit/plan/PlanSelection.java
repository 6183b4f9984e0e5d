package cn.gov.povertyexit.plan;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import org.springframework.stereotype.Component;

/**
 * 根据…退出规划及年度计划，选定年度预脱贫对象 (seed 000 五(1), (2), (3)): a household's 预退出, a village's 对象初选 and a
 * county's application take their subject from the county's approved plan for the year; anything else is refused
 * until a revision of the plan, reviewed and approved as the plan was, lists it.
 */
@Component
public class PlanSelection {

  private static final String HOW_TO_ADD = "；如确需列入，请县扶贫开发领导小组修订退出规划及年度计划，经设区市审核、省扶贫开发领导小组批准后再发起";

  private final ExitPlans plans;

  public PlanSelection(ExitPlans plans) {
    this.plans = plans;
  }

  public void requireHousehold(String countyCode, String countyName, String householdId, int year) {
    requireApprovedPlan(countyCode, countyName);
    if (!plans.lists(countyCode, "HOUSEHOLD", householdId, year)) {
      throw new CaseRefusedException("户编号 " + householdId + " 不在" + countyName + "已批准的退出规划及" + year
          + "年度计划中" + HOW_TO_ADD);
    }
  }

  public void requireVillage(String countyCode, String countyName, String villageCode, String villageName, int year) {
    requireApprovedPlan(countyCode, countyName);
    if (!plans.lists(countyCode, "VILLAGE", villageCode, year)) {
      throw new CaseRefusedException(villageName + "（" + villageCode + "）不在" + countyName + "已批准的退出规划及" + year
          + "年度计划中" + HOW_TO_ADD);
    }
  }

  public void requireCountyExit(String countyCode, String countyName, int year) {
    ExitPlans.Version approved = requireApprovedPlan(countyCode, countyName);
    Integer planned = approved.countyExitYear();
    if (planned == null || planned > year) {
      throw new CaseRefusedException(countyName + "已批准的退出规划" + (planned == null ? "未列明摘帽年度" : "计划" + planned + "年摘帽")
          + "，不能提出" + year + "年度退出申请" + HOW_TO_ADD);
    }
  }

  private ExitPlans.Version requireApprovedPlan(String countyCode, String countyName) {
    return plans.approved(ExitPlans.COUNTY, countyCode).orElseThrow(() -> new CaseRefusedException(
        countyName + "尚无经省扶贫开发领导小组批准的退出规划及年度计划，请先编制并报批（000号文件 七）"));
  }
}
