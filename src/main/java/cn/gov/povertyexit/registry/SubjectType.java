package cn.gov.povertyexit.registry;

/** What a register entry is about: 户, 村 or 县. */
public enum SubjectType {
  HOUSEHOLD("贫困户", "household", "id"),
  VILLAGE("贫困村", "village", "code"),
  COUNTY("贫困县", "county", "code");

  private final String label;
  private final String table;
  private final String keyColumn;

  SubjectType(String label, String table, String keyColumn) {
    this.label = label;
    this.table = table;
    this.keyColumn = keyColumn;
  }

  public String label() {
    return label;
  }

  /** Reads a stored status value of this kind of subject. */
  public RegisterStatus status(String value) {
    return switch (this) {
      case HOUSEHOLD -> HouseholdStatus.valueOf(value);
      case VILLAGE -> VillageStatus.valueOf(value);
      case COUNTY -> CountyStatus.valueOf(value);
    };
  }

  String table() {
    return table;
  }

  String keyColumn() {
    return keyColumn;
  }
}
