package cn.gov.povertyexit.spotcheck;

import cn.gov.povertyexit.jurisdiction.AdministrativeLevel;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.jurisdiction.ProcessStartRight;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The county's poverty office or leading group starts the spot check of its own year's exits; the city leading group
 * starts it to check the households of a county of its city.
 */
@Configuration
class SpotCheckStartRight {

  @Bean
  ProcessStartRight spotCheckStart() {
    return new ProcessStartRight(SpotCheckVariables.PROCESS_KEY, Set.of(OfficialRole.POVERTY_OFFICE, OfficialRole.LEADING_GROUP),
        Set.of(AdministrativeLevel.COUNTY, AdministrativeLevel.CITY));
  }
}
