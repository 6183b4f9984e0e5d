package cn.gov.povertyexit.plan;

import cn.gov.povertyexit.jurisdiction.AdministrativeLevel;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.jurisdiction.ProcessStartRight;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 以县扶贫开发领导小组的名义 (seed 000 七): the county's plan is the county leading group's; the city's the city's. */
@Configuration
class PlanStartRights {

  @Bean
  ProcessStartRight countyExitPlanStart() {
    return new ProcessStartRight(PlanVariables.COUNTY_PLAN_KEY, Set.of(OfficialRole.LEADING_GROUP),
        Set.of(AdministrativeLevel.COUNTY));
  }

  @Bean
  ProcessStartRight cityExitPlanStart() {
    return new ProcessStartRight(PlanVariables.CITY_PLAN_KEY, Set.of(OfficialRole.LEADING_GROUP),
        Set.of(AdministrativeLevel.CITY));
  }
}
