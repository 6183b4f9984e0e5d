package cn.gov.povertyexit.household;

import cn.gov.povertyexit.jurisdiction.AdministrativeLevel;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.jurisdiction.ProcessStartRight;
import cn.gov.povertyexit.notice.NoticeVariables;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who starts what in the household procedure; the steps check again that the household is in their place. */
@Configuration
class HouseholdStartRights {

  @Bean
  ProcessStartRight householdExitStart() {
    return new ProcessStartRight(HouseholdVariables.PROCESS_KEY,
        Set.of(OfficialRole.POVERTY_OFFICE, OfficialRole.GOVERNMENT), Set.of(AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP));
  }

  @Bean
  ProcessStartRight objectionRegistrationStart() {
    return new ProcessStartRight(NoticeVariables.OBJECTION_REGISTRATION_KEY,
        Set.of(OfficialRole.COMMITTEE, OfficialRole.GOVERNMENT, OfficialRole.POVERTY_OFFICE, OfficialRole.LEADING_GROUP),
        Set.of(AdministrativeLevel.VILLAGE, AdministrativeLevel.TOWNSHIP, AdministrativeLevel.COUNTY, AdministrativeLevel.PROVINCE));
  }
}
