package cn.gov.povertyexit.spotcheck;

import cn.gov.povertyexit.jurisdiction.AdministrativeLevel;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.jurisdiction.ProcessStartRight;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The provincial leading group organises the third-party assessment of its province's exits. */
@Configuration
class ProvinceAssessmentStartRight {

  @Bean
  ProcessStartRight provinceAssessmentStart() {
    return new ProcessStartRight(SpotCheckVariables.PROVINCE_ASSESSMENT_KEY, Set.of(OfficialRole.LEADING_GROUP),
        Set.of(AdministrativeLevel.PROVINCE));
  }
}
