package cn.gov.povertyexit.registerpage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.registry.HouseholdStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The progress view's table of stages ({@link HouseholdStages}) against the household models as they are: a step
 * renamed or added in a model without its stage fails here, naming it, so that an analyst sees where to change it.
 */
class HouseholdStagesTest {

  @Test
  @DisplayName("seed 000 五(1): every step a household case can wait at has its stage in HouseholdStages")
  void shouldPlaceEveryStepOfTheHouseholdModels() {
    for (String model : HouseholdStages.MODELS) {
      BpmnModelInstance instance = Bpmn.readModelFromFile(Path.of("bpmn", model + ".bpmn").toFile());
      Set<String> processIds = instance.getModelElementsByType(Process.class).stream().map(Process::getId)
          .collect(Collectors.toSet());
      Set<String> steps = instance.getModelElementsByType(FlowNode.class).stream()
          .filter(node -> node instanceof Activity || node instanceof IntermediateCatchEvent || node instanceof BoundaryEvent)
          .map(FlowNode::getId).collect(Collectors.toSet());
      Set<String> unplaced = steps.stream().filter(id -> HouseholdStages.of(model, id).isEmpty())
          .filter(id -> !HouseholdStages.DELEGATED.contains(id)).collect(Collectors.toSet());
      Set<String> stale = HouseholdStages.activitiesOf(model).stream().filter(id -> !steps.contains(id))
          .collect(Collectors.toSet());

      assertThat(processIds).as("process of bpmn/" + model + ".bpmn").contains(model);
      assertThat(unplaced).as("steps of " + model + " without a stage: add them to HouseholdStages").isEmpty();
      assertThat(stale).as("steps in HouseholdStages that " + model + " no longer has").isEmpty();
    }
  }

  @Test
  void shouldGiveTheCaseStagesInTheOrderOfTheProcedureAndCountTheRestFromTheRegister() {
    assertThat(HouseholdStages.of("householdExit", "Activity_YearEndSurvey")).contains(ProgressStage.SURVEY);
    assertThat(HouseholdStages.of("householdExit", "Activity_AwaitAppraisal")).contains(ProgressStage.APPRAISAL);
    assertThat(HouseholdStages.of("householdExit", "Activity_InVillageListNotice")).contains(ProgressStage.VILLAGE_NOTICE);
    assertThat(HouseholdStages.of("householdExitHunan", "Activity_InTownshipListNotice")).contains(ProgressStage.SECOND_NOTICE);
    assertThat(HouseholdStages.of("householdExit", "Activity_HunanProcedure")).isEmpty();
    assertThat(HouseholdStages.ofRegister(HouseholdStatus.RETURNED)).contains(ProgressStage.STAYS_POOR);
    assertThat(HouseholdStages.ofRegister(HouseholdStatus.REMOVED)).isEmpty();
    assertThat(HouseholdStages.registerStatusesOf(ProgressStage.STAYS_POOR)).containsExactly("POOR", "RETURNED");
    assertThat(HouseholdStages.sqlCase("k", "a")).startsWith("case when k = 'householdExit' and a in ('Activity_MarkPreExit'")
        .endsWith(" then 'STAYS_POOR' end");
    assertThat(List.of(ProgressStage.values()).stream().filter(ProgressStage::fromCase).map(ProgressStage::label))
        .containsExactly("摸底调查", "民主评议", "村公示中", "乡镇核实", "第二次公示中", "待县审核/批准");
  }
}
