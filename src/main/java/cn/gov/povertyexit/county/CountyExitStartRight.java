package cn.gov.povertyexit.county;

import cn.gov.povertyexit.jurisdiction.AdministrativeLevel;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.jurisdiction.ProcessStartRight;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The county leading group applies for its own county (its office may file the application for it). */
@Configuration
class CountyExitStartRight {

  @Bean
  ProcessStartRight countyExitStart() {
    return new ProcessStartRight(CountyExitVariables.PROCESS_KEY, Set.of(OfficialRole.LEADING_GROUP, OfficialRole.POVERTY_OFFICE),
        Set.of(AdministrativeLevel.COUNTY));
  }
}
