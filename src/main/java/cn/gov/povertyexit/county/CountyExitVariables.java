package cn.gov.povertyexit.county;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Names of the county exit case's variables; the forms' field keys are the same names. */
final class CountyExitVariables {

  static final String PROCESS_KEY = "countyExit";
  static final String COUNTY_CODE = "countyCode";
  static final String EXIT_YEAR = "exitYear";
  static final String COUNTY_NAME = "countyName";
  static final String COUNTY_CLASS = "countyClass";
  static final String COUNTY_CLASS_NAME = "countyClassName";
  static final String CITY_CODE = "cityCode";
  static final String PROVINCE_CODE = "provinceCode";
  static final String PROCEDURE_VARIANT = "procedureVariant";
  static final String RURAL_POPULATION = "countyRuralPopulation";
  static final String POOR_POPULATION = "countyPoorPopulation";
  static final String INCIDENCE_PERCENT = "countyIncidencePercent";
  static final String STANDARD_MET = "countyStandardMet";
  static final String STANDARD_FINDINGS = "countyStandardFindings";
  static final String FAILURE_REASON = "failureReason";
  static final String APPROVAL_NUMBER = "approvalNumber";

  private CountyExitVariables() {}

  /** The county's figures as the forms show them, counted from the register now. */
  static void putFigures(VariableScope scope, CountyRecords.County county) {
    scope.setVariable(RURAL_POPULATION, county.ruralPopulation());
    scope.setVariable(POOR_POPULATION, county.poorPopulation());
    scope.setVariable(INCIDENCE_PERCENT, county.ruralPopulation() == 0 ? "—"
        : BigDecimal.valueOf(county.poorPopulation()).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(county.ruralPopulation()), 2, RoundingMode.HALF_UP).toPlainString() + "%");
  }
}
