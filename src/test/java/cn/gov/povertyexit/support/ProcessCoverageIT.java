package cn.gov.povertyexit.support;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs after every process test of the run: each flow node and sequence flow of every procedure model must have
 * been passed by some test. Fails with the ids of what no test reached.
 */
@Order(Integer.MAX_VALUE)
class ProcessCoverageIT extends ProcessEngineTest {

  @Autowired RepositoryService repositoryService;

  @Test
  void shouldHaveTestedEveryElementOfEveryProcedureModel() {
    FlowCoverage.assertFullyCovered(repositoryService, "householdExit", "publicNotice", "objectionRegistration",
        "countyHouseholdExitReview", "villageHouseholdExitList", "householdExitHeilongjiang",
        "villageHouseholdExitListHeilongjiang", "householdExitHunan", "districtHouseholdExitReviewHunan",
        "villageHouseholdExitListHunan", "townshipHouseholdNoticeHunan", "villageExit", "countyExit",
        "countyHouseholdSpotCheck", "householdReVerification", "cityVillageSpotCheck", "villageReVerification",
        "provinceExitAssessment", "countyExitHeilongjiang", "villageRevocationNaming", "cityHouseholdSpotCheck", "householdRevocationNaming",
        "countyExitPlan", "cityExitPlan", "householdIdentification", "supportMeasureRecord",
        "registerReCheck");
  }
}
