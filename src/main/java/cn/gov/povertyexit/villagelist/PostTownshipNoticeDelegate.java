package cn.gov.povertyexit.villagelist;

import static cn.gov.povertyexit.villagelist.VillageListVariables.*;

import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.procedure.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 张贴乡镇公示名单: the township has posted its notice. Locking the township's register row orders the posting after
 * any village list joining at the same moment: a list verified after the posting goes on the township's next notice.
 */
@Component
public class PostTownshipNoticeDelegate implements JavaDelegate {

  private final VillageListLock lock;

  public PostTownshipNoticeDelegate(VillageListLock lock) {
    this.lock = lock;
  }

  @Override
  public void execute(DelegateExecution notice) {
    lock.lockTownship(CaseVariables.text(notice, HouseholdVariables.TOWNSHIP_CODE, "乡镇"));
    notice.setVariable(LIST_SIZE, ListMembers.read(notice.getVariable(SECOND_NOTICE_LIST)).size());
  }
}
