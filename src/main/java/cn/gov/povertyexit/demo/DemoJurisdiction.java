package cn.gov.povertyexit.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * The demo jurisdiction: 江西省 · 九江市 with 修水县 (a national key county) and 都昌县 (the province-designated
 * county named in seed 000 五(3)). Province, city, county and township names are real; village names,
 * populations, 低保 standards and all people are synthetic.
 */
final class DemoJurisdiction {

  record Village(String code, String name, int ruralPopulation, boolean poorVillage) {}

  record Township(String code, String name, List<Village> villages) {}

  /** {@code dibaoStandard2019/2020}: the county's rural 低保 standard, yuan per person per year. */
  record County(String code, String name, String countyClass, List<Township> townships,
      BigDecimal dibaoStandard2019, BigDecimal dibaoStandard2020) {}

  static final String PROVINCE_CODE = "360000";
  static final String PROVINCE_NAME = "江西省";
  static final String CITY_CODE = "360400";
  static final String CITY_NAME = "九江市";

  // 修水县's 低保 standard lies above the national line, 都昌县's below it: the 低保 rule of seed 000 decides
  // differently for the same kind of household in the two counties.
  static final List<County> COUNTIES = List.of(
      new County("360424", "修水县", "NATIONAL_KEY", List.of(
          new Township("360424100", "义宁镇", List.of(
              new Village("360424100201", "东岭村", 1850, true),
              new Village("360424100202", "南山村", 1420, true))),
          new Township("360424101", "宁州镇", List.of(
              new Village("360424101201", "竹坪村", 1630, true),
              new Village("360424101202", "杨梅村", 2100, false)))),
          new BigDecimal("4200"), new BigDecimal("4800")),
      new County("360428", "都昌县", "PROVINCE_DESIGNATED", List.of(
          new Township("360428100", "都昌镇", List.of(
              new Village("360428100201", "湖滨村", 1760, true),
              new Village("360428100202", "西源村", 1380, true))),
          new Township("360428101", "周溪镇", List.of(
              new Village("360428101201", "港头村", 1540, true),
              new Village("360428101202", "青山村", 1990, false)))),
          new BigDecimal("3600"), new BigDecimal("3960")));

  /** Years whose incomes the demo households carry. */
  static final List<Integer> INCOME_YEARS = List.of(2019, 2020);

  private DemoJurisdiction() {}
}
