package cn.gov.povertyexit.demo;

import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.CountyStatus;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.registry.VillageStatus;
import java.sql.Date;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Enters the demo jurisdiction and its households on the register, once: a register that has it is left alone. */
@Component
class DemoRegisterLoader {

  private static final Logger LOG = LoggerFactory.getLogger(DemoRegisterLoader.class);
  static final String ACTOR = "demo-loader";
  private static final int POOR_VILLAGE_HOUSEHOLDS = 24;
  private static final int OTHER_VILLAGE_HOUSEHOLDS = 20;
  private static final LocalDate REGISTERED_ON = LocalDate.of(2014, 10, 31);

  private final JdbcClient jdbc;
  private final StatusRegister register;
  private final ExitPolicy policy;

  DemoRegisterLoader(JdbcClient jdbc, StatusRegister register, ExitPolicy policy) {
    this.jdbc = jdbc;
    this.register = register;
    this.policy = policy;
  }

  /**
   * Whether the register holds data the demo did not load: any province while the demo loader's registration
   * trail ({@code status_change.actor = 'demo-loader'}) is absent. A demo register that tests or officials have
   * added to stays a demo register; a register filled otherwise (江西 included) is real.
   */
  boolean holdsRealData() {
    boolean anyProvince = jdbc.sql("select count(*) from province").query(Integer.class).single() > 0;
    boolean loadedByDemo = jdbc.sql("select count(*) from status_change where actor = ?")
        .param(ACTOR).query(Integer.class).single() > 0;
    return anyProvince && !loadedByDemo;
  }

  @Transactional
  public boolean loadIfAbsent() {
    boolean present = jdbc.sql("select count(*) from province where code = ?")
        .param(DemoJurisdiction.PROVINCE_CODE).query(Integer.class).single() > 0;
    if (present) {
      return false;
    }
    jdbc.sql("insert into province (code, name) values (?, ?)")
        .params(DemoJurisdiction.PROVINCE_CODE, DemoJurisdiction.PROVINCE_NAME).update();
    jdbc.sql("insert into city (code, province_code, name) values (?, ?, ?)")
        .params(DemoJurisdiction.CITY_CODE, DemoJurisdiction.PROVINCE_CODE, DemoJurisdiction.CITY_NAME).update();
    DemoHouseholds households = new DemoHouseholds();
    int householdCount = 0;
    for (DemoJurisdiction.County county : DemoJurisdiction.COUNTIES) {
      jdbc.sql("insert into county (code, city_code, name, county_class, status) values (?, ?, ?, ?, ?)")
          .params(county.code(), DemoJurisdiction.CITY_CODE, county.name(), county.countyClass(), CountyStatus.POOR_COUNTY.name())
          .update();
      register.recordRegistration(SubjectType.COUNTY, county.code(), CountyStatus.POOR_COUNTY, registration("贫困县"));
      jdbc.sql("insert into dibao_standard (county_code, standard_year, annual_standard) values (?, ?, ?)")
          .params(county.code(), 2019, county.dibaoStandard2019()).update();
      jdbc.sql("insert into dibao_standard (county_code, standard_year, annual_standard) values (?, ?, ?)")
          .params(county.code(), 2020, county.dibaoStandard2020()).update();
      for (DemoJurisdiction.Township township : county.townships()) {
        jdbc.sql("insert into township (code, county_code, name) values (?, ?, ?)")
            .params(township.code(), county.code(), township.name()).update();
        for (DemoJurisdiction.Village village : township.villages()) {
          VillageStatus status = village.poorVillage() ? VillageStatus.POOR_VILLAGE : VillageStatus.NOT_POOR;
          jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, ?, ?, ?, ?)")
              .params(village.code(), township.code(), village.name(), village.ruralPopulation(), status.name()).update();
          register.recordRegistration(SubjectType.VILLAGE, village.code(), status, registration(status.label()));
          int count = village.poorVillage() ? POOR_VILLAGE_HOUSEHOLDS : OTHER_VILLAGE_HOUSEHOLDS;
          for (DemoHouseholds.Household household : households.forVillage(village.code(), count, policy::nationalPovertyLine)) {
            insert(household, village.code());
            householdCount++;
          }
        }
      }
    }
    LOG.info("Demo register loaded: {} counties, {} households (synthetic)", DemoJurisdiction.COUNTIES.size(), householdCount);
    return true;
  }

  private void insert(DemoHouseholds.Household household, String villageCode) {
    jdbc.sql("""
            insert into household (id, village_code, head_name, status, dibao, housing_rating, drinking_water_safe,
                                   food_clothing_secure, registered_on)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(household.id(), villageCode, household.headName(), HouseholdStatus.POOR.name(), household.dibao(),
            household.housingRating(), household.drinkingWaterSafe(), household.foodClothingSecure(),
            Date.valueOf(REGISTERED_ON))
        .update();
    for (DemoHouseholds.Member member : household.members()) {
      jdbc.sql("""
              insert into household_member (household_id, name, national_id, relation, birth_date, schooling,
                  dropout_reason, health, serious_illness_assisted, medical_insurance_enrolled, labour_ability)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(household.id(), member.name(), member.nationalId(), member.relation(), Date.valueOf(member.birthDate()),
              member.schooling(), member.dropoutReason(), member.health(), member.seriousIllnessAssisted(),
              member.medicalInsuranceEnrolled(), member.labourAbility())
          .update();
    }
    for (DemoHouseholds.Income income : household.incomes()) {
      jdbc.sql("""
              insert into household_income (household_id, income_year, wage_income, business_income, business_costs,
                                            property_income, transfer_income)
              values (?, ?, ?, ?, ?, ?, ?)""")
          .params(household.id(), income.year(), income.wages(), income.businessIncome(), income.businessCosts(),
              income.propertyIncome(), income.transfers())
          .update();
    }
    register.recordRegistration(SubjectType.HOUSEHOLD, household.id(), HouseholdStatus.POOR, registration("建档立卡贫困户"));
  }

  private static ChangeContext registration(String what) {
    return new ChangeContext(ACTOR, null, "建档立卡：登记为" + what + "（演示数据）");
  }
}
