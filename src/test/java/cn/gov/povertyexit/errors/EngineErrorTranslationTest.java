package cn.gov.povertyexit.errors;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.policy.PolicyNotConfiguredException;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

class EngineErrorTranslationTest {

  @Test
  void shouldKeepTheSystemsOwnRefusalsWithTheirMessage() {
    RestException wrapped = new RestException(Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("wrapper", new CaseRefusedException("退出案件已经存在")),
        "Cannot instantiate process definition householdExit:1:x: 退出案件已经存在");

    assertThat(EngineErrorTranslation.translate(wrapped)).isEqualTo(new EngineError(400, "CaseRefusedException", "退出案件已经存在"));
    assertThat(EngineErrorTranslation.translate(new RestException(Status.INTERNAL_SERVER_ERROR,
        new PolicyNotConfiguredException("未配置2030年国家贫困标准"), "Cannot instantiate ..."))).extracting(EngineError::status)
        .isEqualTo(400);
  }

  @Test
  void shouldAnswerALostRaceWith409() {
    RestException lost = new RestException(Status.INTERNAL_SERVER_ERROR,
        new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity[42]' failed."), "Cannot complete task 42: ...");

    assertThat(EngineErrorTranslation.translate(lost)).isEqualTo(new EngineError(409, "OptimisticLockingException",
        "该任务已被他人办理，请刷新后重试"));
  }

  @Test
  void shouldAnswerTheRefusalOfATaskCompletedAMomentEarlierLikeATaskCompletedTwice() {
    AuthorizationException grantsGone = new AuthorizationException("work-team-1",
        new MissingAuthorization("TASK_WORK", Resources.TASK.resourceName(), "task-42"));

    EngineError vanished = EngineErrorTranslation.translate(grantsGone, taskId -> false);
    EngineError stillOpen = EngineErrorTranslation.translate(grantsGone, taskId -> true);

    assertThat(vanished).isEqualTo(new EngineError(404, "NotFound", EngineErrorTranslation.NOT_FOUND));
    assertThat(stillOpen.status()).isEqualTo(403);
  }

  @Test
  void shouldHideTheEnginesTextOfAnAuthorizationRefusal() {
    EngineError error = EngineErrorTranslation.translate(new AuthorizationException("The user with id 'x' does not have 'UPDATE'"));

    assertThat(error.status()).isEqualTo(403);
    assertThat(error.message()).isEqualTo("您无权执行此操作");
  }

  @Test
  void shouldAnswerATenantRefusalLikeAnUnknownId() {
    EngineError tenant = EngineErrorTranslation.translate(new RestException(Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("ENGINE-13034 Cannot work on task '42' because it belongs to no authenticated tenant."),
        "Cannot complete task 42: ENGINE-13034 ..."));
    EngineError unknown = EngineErrorTranslation.translate(new InvalidRequestException(Status.NOT_FOUND, "No matching task with id 42"));

    assertThat(tenant).isEqualTo(unknown);
    assertThat(tenant.status()).isEqualTo(404);
  }

  @Test
  void shouldNameAMissingFieldOfAStartOrCompletionIn400() {
    EngineError error = EngineErrorTranslation.translate(new RestException(Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("Unknown property used in expression: ${appraisalAgreed}. Cause: Cannot resolve identifier 'appraisalAgreed'"),
        "Cannot complete task 42: Unknown property used in expression: ${appraisalAgreed}."));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.message()).contains("「appraisalAgreed」").doesNotContain("Unknown", "Cannot");
  }

  @Test
  void shouldKeepARealFailureA500InChinese() {
    EngineError failure = EngineErrorTranslation.translate(new NullPointerException("Cannot invoke \"String.length()\""));
    EngineError restFailure = EngineErrorTranslation.translate(new RestException(Status.INTERNAL_SERVER_ERROR,
        new IllegalStateException("pool exhausted"), "Cannot load something"));

    assertThat(failure).isEqualTo(new EngineError(500, "InternalError", EngineErrorTranslation.INTERNAL));
    assertThat(restFailure.status()).isEqualTo(500);
    assertThat(restFailure.message()).doesNotContain("pool", "Cannot");
  }
}
