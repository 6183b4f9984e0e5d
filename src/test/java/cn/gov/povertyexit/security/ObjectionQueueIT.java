package cn.gov.povertyexit.security;

import static cn.gov.povertyexit.security.SecurityTestRegister.xiushuiHousehold;
import static cn.gov.povertyexit.support.RestValues.bool;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.RestApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Objections during a public notice must all be heard (seed 000 五(1)): one raised during another's verification waits its turn. */
class ObjectionQueueIT extends CaseIntegrityTest {

  private static final String FIRST = "该户家中有在外务工人员收入未申报";
  private static final String SECOND = "该户住房已出租给他人，实际居住危房";

  @Test
  @DisplayName("核实一条异议期间登记的第二条异议被受理，并在第一条核实后得到核实")
  void shouldKeepAnObjectionRaisedWhileAnotherIsVerifiedAndVerifyItAfterwards() {
    // given: the case in its village notice, the first objection under verification
    String household = xiushuiHousehold(14);
    String exit = caseInVillageNotice(household);
    RestApi committee = restAs(committeeOf(household));
    RestApi.Response first = raise(committee, household, FIRST);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    JsonNode firstVerification = verificationTasks(committee, exit, 1).get(0);
    assertThat(objectionOf(committee, firstVerification)).isEqualTo(FIRST);

    // when: a second objection arrives meanwhile
    RestApi.Response second = raise(committee, household, SECOND);

    // then: it is accepted
    assertThat(second.status()).as(second.body()).isEqualTo(200);

    // and when the first is found groundless, the second is verified next
    RestApi.Response verified = committee.post("/task/" + firstVerification.get("id").asText() + "/complete",
        Map.of("variables", Map.of("objectionFindings", string("经核实，务工收入已计入"), "objectionUpheld", bool(false))));
    assertThat(verified.status()).as(verified.body()).isEqualTo(204);
    List<JsonNode> next = verificationTasks(committee, exit, 1);
    assertThat(next).extracting(task -> objectionOf(committee, task)).containsExactly(SECOND);
  }

  private static RestApi.Response raise(RestApi official, String household, String content) {
    return official.post("/process-definition/key/objectionRegistration/start", Map.of("variables", Map.of(
        "householdId", string(household), "exitYear", integer(YEAR), "objectorName", string("村民丙"),
        "objectionContent", string(content))));
  }

  /** The verification tasks of the case's notices that the official sees, once there are at least {@code atLeast}. */
  private List<JsonNode> verificationTasks(RestApi official, String exit, int atLeast) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    List<JsonNode> tasks = verificationTasksNow(official, exit);
    while (tasks.size() < atLeast && Instant.now().isBefore(deadline)) {
      pause(250);
      tasks = verificationTasksNow(official, exit);
    }
    return tasks;
  }

  private List<JsonNode> verificationTasksNow(RestApi official, String exit) {
    List<JsonNode> tasks = new ArrayList<>();
    runtimeService.createProcessInstanceQuery().superProcessInstanceId(exit).list().forEach(notice -> {
      for (JsonNode task : official.get("/task?taskDefinitionKey=Activity_VerifyObjection&processInstanceId=" + notice.getId()).json()) {
        tasks.add(task);
      }
    });
    return tasks;
  }

  private static String objectionOf(RestApi official, JsonNode task) {
    return official.get("/task/" + task.get("id").asText() + "/variables/objectionContent").json().get("value").asText();
  }
}
