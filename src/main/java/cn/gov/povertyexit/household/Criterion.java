package cn.gov.povertyexit.household;

/** The criteria of the household exit standard: income above the line, 两不愁, 三保障, and drinking water. */
public enum Criterion {
  INCOME("收入稳定超过贫困标准"),
  FOOD_AND_CLOTHING("不愁吃、不愁穿"),
  COMPULSORY_EDUCATION("义务教育有保障"),
  BASIC_MEDICAL_CARE("基本医疗有保障"),
  HOUSING_SAFETY("住房安全有保障"),
  DRINKING_WATER("饮水安全有保障");

  private final String label;

  Criterion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
