package cn.gov.povertyexit.spotcheck;

import cn.gov.povertyexit.deployment.UsableInModels;
import cn.gov.povertyexit.village.VillageExitStandard;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/** The checklist codes of a village's province as JSON, for the check forms: {@code ${villageChecklistCodes.of(code)}}. */
@Component("villageChecklistCodes")
@UsableInModels
public class VillageChecklistCodes {

  private final VillageExitStandard standard;

  public VillageChecklistCodes(VillageExitStandard standard) {
    this.standard = standard;
  }

  public SpinJsonNode of(String villageCode) {
    return Spin.JSON(standard.checklistCodes(villageCode));
  }
}
