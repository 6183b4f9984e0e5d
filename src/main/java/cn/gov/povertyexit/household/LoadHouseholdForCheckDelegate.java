package cn.gov.povertyexit.household;

import cn.gov.povertyexit.procedure.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 调取建档立卡信息 when a household's check visit is created: the checker sees where the household lives and who
 * its members are, and starts from the register's figures of the year, confirming or correcting each at the visit.
 * A model names it as the create listener of the visit's user task, whose {@code assessedHouseholdId} says which
 * household is checked.
 */
@Component
public class LoadHouseholdForCheckDelegate implements TaskListener {

  static final String CHECKED_HOUSEHOLD = "assessedHouseholdId";

  private final HouseholdRecords records;
  private final HouseholdCaseData caseData;

  public LoadHouseholdForCheckDelegate(HouseholdRecords records, HouseholdCaseData caseData) {
    this.records = records;
    this.caseData = caseData;
  }

  @Override
  public void notify(DelegateTask task) {
    String householdId = CaseVariables.text(task, CHECKED_HOUSEHOLD, "户编号");
    int year = CaseVariables.integer(task, HouseholdVariables.EXIT_YEAR, "退出年度");
    records.find(householdId, year).ifPresent(household -> caseData.loadForVisit(task.getExecution(), household, year));
  }
}
