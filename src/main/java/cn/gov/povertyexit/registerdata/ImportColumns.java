package cn.gov.povertyexit.registerdata;

/** Column positions of the register workbook's sheets (see {@link RegisterSheet}). */
final class ImportColumns {

  static final int HOUSEHOLD_ID = 0;
  static final int HOUSEHOLD_VILLAGE = 1;
  static final int HOUSEHOLD_HEAD = 2;
  static final int HOUSEHOLD_STATUS = 3;
  static final int HOUSEHOLD_EXIT_YEAR = 4;
  static final int HOUSEHOLD_DIBAO = 5;
  static final int HOUSEHOLD_HOUSING = 6;
  static final int HOUSEHOLD_WATER = 7;
  static final int HOUSEHOLD_FOOD = 8;
  static final int HOUSEHOLD_REGISTERED = 9;
  /** Optional: a file without it, or an empty cell, leaves a registered household's standard as it is, a new one 国标. */
  static final int HOUSEHOLD_POVERTY_STANDARD = 10;

  static final int MEMBER_HOUSEHOLD = 0;
  static final int MEMBER_NAME = 1;
  static final int MEMBER_NATIONAL_ID = 2;
  static final int MEMBER_RELATION = 3;
  static final int MEMBER_BIRTH = 4;
  static final int MEMBER_SCHOOLING = 5;
  static final int MEMBER_DROPOUT = 6;
  static final int MEMBER_HEALTH = 7;
  static final int MEMBER_ILLNESS_ASSISTED = 8;
  static final int MEMBER_INSURED = 9;
  static final int MEMBER_LABOUR = 10;

  static final int INCOME_HOUSEHOLD = 0;
  static final int INCOME_YEAR = 1;
  static final int INCOME_FIRST_AMOUNT = 2;
  static final int INCOME_LAST_AMOUNT = 6;

  private ImportColumns() {}
}
