package cn.gov.povertyexit.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.security.RestCall.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RestCallTest {

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
      "GET, /task/42/form-variables, READ",
      "POST, /task, READ",
      "POST, /task/count, READ",
      "POST, /history/process-instance, READ",
      "POST, /filter/f1/list, READ",
      "POST, /task/42/claim, CLAIM",
      "POST, /task/42/unclaim, UNCLAIM",
      "POST, /task/42/complete, COMPLETE",
      "POST, /task/42/submit-form, COMPLETE",
      "POST, /task/42/comment/create, COMMENT",
      "POST, /process-definition/key/householdExit/start, START_BY_KEY",
      "POST, /process-definition/householdExit:1:7/submit-form, START_BY_ID",
      "POST, /process-definition/key/householdExit/tenant-id/county-360424/start, START_BY_TENANT",
      "POST, /deployment/create, DEPLOY",
      "PUT, /user/demo/credentials, OWN_ACCOUNT",
      "POST, /process-instance/p1/modification, FORBIDDEN",
      "POST, /modification/execute, FORBIDDEN",
      "DELETE, /process-instance/p1, FORBIDDEN",
      "POST, /process-instance/delete, FORBIDDEN",
      "PUT, /process-instance/p1/suspended, FORBIDDEN",
      "PUT, /process-definition/key/householdExit/suspended, FORBIDDEN",
      "POST, /process-instance/p1/variables, FORBIDDEN",
      "PUT, /task/42/variables/householdId, FORBIDDEN",
      "POST, /task/42/localVariables, FORBIDDEN",
      "PUT, /execution/e1/localVariables/x, FORBIDDEN",
      "POST, /message, FORBIDDEN",
      "POST, /signal, FORBIDDEN",
      "PUT, /job/j1/duedate, FORBIDDEN",
      "POST, /job/j1/execute, FORBIDDEN",
      "POST, /task/42/assignee, FORBIDDEN",
      "POST, /task/42/delegate, FORBIDDEN",
      "POST, /task/42/bpmnError, FORBIDDEN",
      "POST, /task/42/identity-links, FORBIDDEN",
      "POST, /task/42/attachment/create, FORBIDDEN",
      "PUT, /task/42, FORBIDDEN",
      "DELETE, /deployment/d1, FORBIDDEN",
      "POST, /process-definition/p1/restart, FORBIDDEN",
      "POST, /filter/create, FORBIDDEN",
      "POST, /authorization/create, FORBIDDEN"
  })
  void shouldAllowOnlyTheStepsOfTheProcedure(String method, String path, Kind expected) {
    assertThat(RestCall.of(method, path).kind()).isEqualTo(expected);
  }
}
