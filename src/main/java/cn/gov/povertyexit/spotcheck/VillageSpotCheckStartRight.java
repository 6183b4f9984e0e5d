package cn.gov.povertyexit.spotcheck;

import cn.gov.povertyexit.jurisdiction.AdministrativeLevel;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.jurisdiction.ProcessStartRight;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The city leading group starts the check of its own villages' exits. */
@Configuration
class VillageSpotCheckStartRight {

  @Bean
  ProcessStartRight villageSpotCheckStart() {
    return new ProcessStartRight(VillageSpotCheckVariables.PROCESS_KEY, Set.of(OfficialRole.LEADING_GROUP),
        Set.of(AdministrativeLevel.CITY));
  }
}
