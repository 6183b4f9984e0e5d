package cn.gov.povertyexit.recheck;

import cn.gov.povertyexit.jurisdiction.AdministrativeLevel;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.jurisdiction.ProcessStartRight;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The county poverty office has its register's suspected errors re-checked (001 二 四). */
@Configuration
class ReCheckStartRights {

  @Bean
  ProcessStartRight registerReCheckStart() {
    return new ProcessStartRight("registerReCheck", Set.of(OfficialRole.POVERTY_OFFICE), Set.of(AdministrativeLevel.COUNTY));
  }
}
