package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.*;

import cn.gov.povertyexit.countyreview.ReviewRows;
import cn.gov.povertyexit.performance.PerformanceLedger;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.registry.SubjectType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 按合格率认定退出数量 (seed 000 八 "抽查合格率高于90%，按实际合格率的比例认定退出贫困户、贫困村数量，作为…实绩考核的依据"):
 * each county concerned gets a ledger entry with its exits of the year times the check's pass rate.
 */
@Component
public class RecordRecognitionDelegate implements JavaDelegate {

  private final PerformanceLedger ledger;
  private final ExitPolicy policy;

  public RecordRecognitionDelegate(PerformanceLedger ledger, ExitPolicy policy) {
    this.ledger = ledger;
    this.policy = policy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String rateText = String.valueOf(execution.getVariable(PASS_RATE));
    BigDecimal passRate = new BigDecimal(rateText.replace("%", "")).movePointLeft(2);
    String threshold = policy.sampling().recognitionPassRate().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    boolean villages = SpotCheckRevocations.subjectOf(execution) == SubjectType.VILLAGE;
    // village codes and 户编号 begin with their county's code (统计用区划代码): a county's check has one county, a
    // city's or the province's check one entry per county concerned, each at the check's pass rate
    Map<String, Long> exitsPerCounty = ReviewRows.read(execution, EXITS).stream()
        .collect(Collectors.groupingBy(row -> row.householdId().substring(0, 6), LinkedHashMap::new, Collectors.counting()));
    String check = villages ? RevokeFailedSampleDelegate.villageCheckTitle(execution) : RevokeFailedSampleDelegate.checkName(execution);
    String unit = villages ? "个" : "户";
    exitsPerCounty.forEach((county, exits) -> {
      BigDecimal recognised = passRate.multiply(BigDecimal.valueOf(exits)).setScale(2, RoundingMode.HALF_UP);
      ledger.record(county, execution.getVariable(EXIT_YEAR), PerformanceLedger.Kind.RECOGNITION,
          check + "合格率" + rateText + "，高于" + threshold + "：按合格率认定退出" + (villages ? "贫困村" : "贫困户") + exits
              + unit + "×" + rateText + "＝" + recognised.toPlainString() + unit + "（000号文件 八）",
          null, recognised, execution.getProcessInstanceId());
    });
  }
}
