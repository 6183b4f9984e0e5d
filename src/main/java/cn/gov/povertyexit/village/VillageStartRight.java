package cn.gov.povertyexit.village;

import cn.gov.povertyexit.jurisdiction.AdministrativeLevel;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.jurisdiction.ProcessStartRight;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The county poverty office or government selects the year's villages (checked again against the village's county). */
@Configuration
class VillageStartRight {

  @Bean
  ProcessStartRight villageExitStart() {
    return new ProcessStartRight(VillageVariables.PROCESS_KEY, Set.of(OfficialRole.POVERTY_OFFICE, OfficialRole.GOVERNMENT),
        Set.of(AdministrativeLevel.COUNTY));
  }
}
