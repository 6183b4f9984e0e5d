package cn.gov.povertyexit.spotcheck;

import cn.gov.povertyexit.jurisdiction.AdministrativeLevel;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.jurisdiction.ProcessStartRight;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The county's poverty office or leading group starts the spot check of its own year's exits; the city leading group
 * checks its households with {@code cityHouseholdSpotCheck}, over the whole city (seed 000 八 以设区市为单位).
 */
@Configuration
class SpotCheckStartRight {

  @Bean
  ProcessStartRight spotCheckStart() {
    return new ProcessStartRight(SpotCheckVariables.PROCESS_KEY, Set.of(OfficialRole.POVERTY_OFFICE, OfficialRole.LEADING_GROUP),
        Set.of(AdministrativeLevel.COUNTY));
  }

  @Bean
  ProcessStartRight citySpotCheckStart() {
    return new ProcessStartRight(DrawCityHouseholdSampleDelegate.CITY_PROCESS_KEY, Set.of(OfficialRole.LEADING_GROUP),
        Set.of(AdministrativeLevel.CITY));
  }
}
