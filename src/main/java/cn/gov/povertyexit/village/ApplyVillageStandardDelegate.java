package cn.gov.povertyexit.village;

import static cn.gov.povertyexit.village.VillageVariables.*;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import cn.gov.povertyexit.dossier.DossierRecorder;
import cn.gov.povertyexit.dossier.DossierStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * 对照出列标准评定: the poverty incidence is computed from the register at this moment — so every household exit
 * already recorded lowers it — and checked with the investigators' checklist against the province's standard.
 */
@Component
public class ApplyVillageStandardDelegate implements JavaDelegate {

  private final VillageExitStandard standard;
  private final VillageRecords villages;
  private final DossierRecorder dossier;

  public ApplyVillageStandardDelegate(VillageExitStandard standard, VillageRecords villages, DossierRecorder dossier) {
    this.dossier = dossier;
    this.standard = standard;
    this.villages = villages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = CaseVariables.text(execution, VILLAGE_CODE, "行政村代码");
    VillageRecords.Village village = villages.find(code)
        .orElseThrow(() -> new CaseRefusedException("登记册中没有代码为 " + code + " 的行政村"));
    VillageStandard.Verdict verdict = standard.assess(code, execution);
    List<Map<String, Object>> rows = verdict.findings().stream().map(finding -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("result", finding.met() ? "达标" : "未达标");
      row.put("reason", finding.text());
      return row;
    }).toList();
    execution.setVariable(POOR_POPULATION, village.poorPopulation());
    execution.setVariable(RURAL_POPULATION, village.ruralPopulation());
    execution.setVariable(INCIDENCE_PERCENT, VillageStandard.percent(verdict.incidence()));
    execution.setVariable(STANDARD_MET, verdict.met());
    execution.setVariable(STANDARD_FINDINGS, SpinValues.jsonValue(Spin.JSON(rows).toString()).create());
    dossier.recordSystemStep(execution, verdict.findings().stream()
        .map(finding -> new DossierStep.Entry(finding.met() ? "达标" : "未达标", finding.text())).toList());
    if (!verdict.met()) {
      int pending = villages.pendingExits(code).size();
      // the trail says why a retry within the year may succeed
      String pendingNote = pending == 0 ? "" : "（调查时尚有" + pending + "户退出未经县审批，审批后可重新发起本年度出列）";
      execution.setVariable(FAILURE_REASON, "调查核实未达到出列标准：" + verdict.failureReasons() + pendingNote);
    }
  }
}
