package cn.gov.povertyexit.countyreview;

import cn.gov.povertyexit.jurisdiction.AdministrativeLevel;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.jurisdiction.ProcessStartRight;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The county (district) poverty office starts the review of its own list (checked again when the list is collected). */
@Configuration
class CountyReviewStartRight {

  @Bean
  ProcessStartRight countyReviewStart() {
    return new ProcessStartRight(CountyReviewVariables.PROCESS_KEY, Set.of(OfficialRole.POVERTY_OFFICE),
        Set.of(AdministrativeLevel.COUNTY));
  }

  @Bean
  ProcessStartRight hunanDistrictReviewStart() {
    return new ProcessStartRight(CountyReviewVariables.HUNAN_PROCESS_KEY, Set.of(OfficialRole.POVERTY_OFFICE),
        Set.of(AdministrativeLevel.COUNTY));
  }
}
