package cn.gov.povertyexit.identification;

import cn.gov.povertyexit.jurisdiction.AdministrativeLevel;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.jurisdiction.ProcessStartRight;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The village committee records an application or a cadre's finding (农户申请或干部排查, 001 二). */
@Configuration
class IdentificationStartRights {

  @Bean
  ProcessStartRight householdIdentificationStart() {
    return new ProcessStartRight(IdentificationVariables.PROCESS_KEY, Set.of(OfficialRole.COMMITTEE),
        Set.of(AdministrativeLevel.VILLAGE));
  }
}
