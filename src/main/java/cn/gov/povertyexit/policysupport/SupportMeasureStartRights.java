package cn.gov.povertyexit.policysupport;

import cn.gov.povertyexit.jurisdiction.AdministrativeLevel;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.jurisdiction.ProcessStartRight;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The village's work team and committee record the measures their households receive. */
@Configuration
class SupportMeasureStartRights {

  static final String PROCESS_KEY = "supportMeasureRecord";

  @Bean
  ProcessStartRight supportMeasureRecordStart() {
    return new ProcessStartRight(PROCESS_KEY, Set.of(OfficialRole.WORK_TEAM, OfficialRole.COMMITTEE),
        Set.of(AdministrativeLevel.VILLAGE));
  }
}
