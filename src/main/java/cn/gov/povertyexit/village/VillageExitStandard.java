package cn.gov.povertyexit.village;

import cn.gov.povertyexit.policy.ChecklistItem;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.policy.ProvincePolicy;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The village standard applied to a village of the register: its incidence now, and the checklist answers of the
 * province's items as the investigating or checking officials entered them (form fields named by item code).
 */
@Component
public class VillageExitStandard {

  private final VillageStandard standard = new VillageStandard();
  private final VillageRecords villages;
  private final ExitPolicy policy;

  public VillageExitStandard(VillageRecords villages, ExitPolicy policy) {
    this.villages = villages;
    this.policy = policy;
  }

  public VillageStandard.Verdict assess(String villageCode, VariableScope answers) {
    VillageRecords.Village village = villages.find(villageCode)
        .orElseThrow(() -> new CaseRefusedException("登记册中没有代码为 " + villageCode + " 的行政村"));
    ProvincePolicy province = policy.province(village.provinceCode());
    Map<String, String> checklist = new LinkedHashMap<>();
    Map<String, Boolean> found = new HashMap<>();
    for (ChecklistItem item : province.villageChecklist()) {
      checklist.put(item.code(), item.label());
      found.put(item.code(), Boolean.TRUE.equals(answers.getVariable(item.code())));
    }
    return standard.assess(village.poorPopulation(), village.ruralPopulation(), province.villageIncidenceThreshold(),
        checklist, found);
  }

  /** The checklist item codes of the village's province, for the forms' conditional fields. */
  public List<String> checklistCodes(String villageCode) {
    VillageRecords.Village village = villages.find(villageCode).orElseThrow();
    return policy.province(village.provinceCode()).villageChecklist().stream().map(ChecklistItem::code).toList();
  }
}
