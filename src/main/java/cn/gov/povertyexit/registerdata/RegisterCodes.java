package cn.gov.povertyexit.registerdata;

import cn.gov.povertyexit.household.DibaoStatus;
import cn.gov.povertyexit.household.PovertyStandard;
import cn.gov.povertyexit.registry.HouseholdStatus;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The register's codes as a spreadsheet writes them: Chinese words, as in the national system, for the codes the
 * database stores (see V1__register.sql). One table for reading and writing, so an exported file reads back
 * unchanged.
 */
public enum RegisterCodes {

  STATUS(labels(HouseholdStatus.values())),
  DIBAO(ofPairs("NONE", DibaoStatus.NONE.label(), "DIBAO", DibaoStatus.DIBAO.label(), "WUBAO", DibaoStatus.WUBAO.label())),
  HOUSING(ofPairs("A", "A", "B", "B", "C", "C", "D", "D")),
  YES_NO(ofPairs("true", "是", "false", "否")),
  POVERTY_STANDARD(ofPairs(PovertyStandard.NATIONAL.name(), PovertyStandard.NATIONAL.label(),
      PovertyStandard.PROVINCIAL.name(), PovertyStandard.PROVINCIAL.label())),
  RELATION(ofPairs("HEAD", "户主", "SPOUSE", "配偶", "CHILD", "子女", "PARENT", "父母", "GRANDCHILD", "孙子女", "OTHER", "其他")),
  SCHOOLING(ofPairs("PRESCHOOL", "学龄前", "IN_SCHOOL", "在校生", "DROPPED_OUT", "辍学", "FINISHED", "已完成学业",
      "NONE", "未上学")),
  DROPOUT_REASON(ofPairs("POVERTY", "因贫", "ILLNESS", "因病", "DISABILITY", "残疾", "INTELLECTUAL", "智力障碍",
      "OTHER", "其他")),
  HEALTH(ofPairs("HEALTHY", "健康", "CHRONIC", "长期慢性病", "SERIOUS", "大病", "DISABLED", "残疾")),
  LABOUR(ofPairs("SKILLED", "技能劳动力", "ORDINARY", "普通劳动力", "WEAK", "弱劳动力或半劳动力", "NONE", "无劳动力"));

  private final Map<String, String> labelByCode;

  RegisterCodes(Map<String, String> labelByCode) {
    this.labelByCode = labelByCode;
  }

  public Optional<String> codeOf(String label) {
    return labelByCode.entrySet().stream().filter(entry -> entry.getValue().equals(label)).map(Map.Entry::getKey)
        .findFirst();
  }

  public String labelOf(String code) {
    String label = labelByCode.get(code);
    if (label == null) {
      throw new IllegalArgumentException(name() + " has no code " + code);
    }
    return label;
  }

  /** "户主、配偶、子女…": what the column accepts, for the error message and the template. */
  public String allowed() {
    return String.join("、", labelByCode.values());
  }

  private static Map<String, String> labels(HouseholdStatus[] statuses) {
    Map<String, String> labels = new LinkedHashMap<>();
    Arrays.stream(statuses).forEach(status -> labels.put(status.name(), status.label()));
    return labels;
  }

  private static Map<String, String> ofPairs(String... codesAndLabels) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < codesAndLabels.length; i += 2) {
      labels.put(codesAndLabels[i], codesAndLabels[i + 1]);
    }
    return labels;
  }
}
