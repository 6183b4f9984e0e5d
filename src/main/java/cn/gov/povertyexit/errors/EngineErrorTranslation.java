package cn.gov.povertyexit.errors;

import cn.gov.povertyexit.policy.PolicyNotConfiguredException;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.registry.RegisterException;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Turns whatever the engine or Camunda's REST layer throws into a status and a Chinese message an official can
 * act on, without the engine's English text, stack traces or internal ids. A refusal of this system keeps its own
 * Chinese message; a case in another county's tenant is answered exactly like an id that does not exist, so that
 * its existence is not confirmed.
 */
public final class EngineErrorTranslation {

  static final String TAKEN_BY_ANOTHER = "该任务已被他人办理，请刷新后重试";
  static final String NOT_FOUND = "未找到该任务或案件：它可能已经办结、已被他人办理，或不在您的辖区内";
  static final String FORBIDDEN = "您无权执行此操作";
  static final String BAD_REQUEST = "提交的数据有误，请检查后重新提交";
  static final String NOT_JSON = "提交的内容不是有效的JSON，请检查后重新提交";
  static final String JAVA_OBJECT = "不接受Java序列化对象：变量只能是数字、布尔值、日期、文本或JSON";
  static final String INTERNAL = "系统内部错误，请稍后重试；如仍不能办理，请联系系统管理员";

  // How Camunda's REST layer prefixes an engine failure of a start or a completion.
  private static final Pattern START_OR_COMPLETE = Pattern.compile(
      "^(Cannot instantiate process definition|Cannot submit task form|Cannot complete task|Cannot start process instance"
          + "|Cannot resolve task|Cannot submit form|Cannot set variable|Cannot modify variables)");
  private static final Pattern MISSING_IDENTIFIER = Pattern.compile(
      "Cannot resolve identifier '([A-Za-z][A-Za-z0-9_]*)'|Unknown property used in expression: \\$\\{([A-Za-z][A-Za-z0-9_]*)");
  private static final Pattern WRONG_TYPE = Pattern.compile(
      "(?i)cannot coerce|cannot be cast|cannot convert|cannot cast|ClassCastException|is not a boolean|NumberFormatException");

  private EngineErrorTranslation() {}

  public static EngineError translate(Throwable thrown) {
    return translate(thrown, taskId -> true);
  }

  /**
   * As {@link #translate(Throwable)}; {@code taskExists} tells a refusal of a task that another official completed
   * a moment earlier (the task and its grants went between the loser's read and its authorization check) from a
   * refusal of a task that is still there.
   */
  public static EngineError translate(Throwable thrown, Predicate<String> taskExists) {
    Optional<EngineError> own = ownRefusal(thrown);
    if (own.isPresent()) {
      return own.get();
    }
    if (causeOf(thrown, OptimisticLockingException.class) != null) {
      return new EngineError(409, "OptimisticLockingException", TAKEN_BY_ANOTHER);
    }
    AuthorizationException refused = causeOf(thrown, AuthorizationException.class);
    if (refused != null) {
      return concernsAVanishedTask(refused, taskExists) ? new EngineError(404, "NotFound", NOT_FOUND)
          : new EngineError(403, "AuthorizationException", FORBIDDEN);
    }
    if (isTenantRefusal(thrown) || causeOf(thrown, NullValueException.class) != null
        || causeOf(thrown, NotFoundException.class) != null) {
      return new EngineError(404, "NotFound", NOT_FOUND);
    }
    if (mentions(thrown, "Java serialization format is prohibited") || mentions(thrown, "application/x-java-serialized-object")) {
      return new EngineError(400, "BadRequest", JAVA_OBJECT);
    }
    if (causeOf(thrown, JsonProcessingException.class) != null) {
      return new EngineError(400, "BadRequest", NOT_JSON);
    }
    if (thrown instanceof RestException rest) {
      return fromRest(rest);
    }
    if (thrown instanceof BadUserRequestException || thrown instanceof NotValidException) {
      return new EngineError(400, "BadRequest", badInput(thrown));
    }
    if (thrown instanceof WebApplicationException web) {
      return byStatus(web.getResponse().getStatus());
    }
    return new EngineError(500, "InternalError", INTERNAL);
  }

  private static boolean concernsAVanishedTask(AuthorizationException refused, Predicate<String> taskExists) {
    return refused.getMissingAuthorizations().stream()
        .filter(missing -> Resources.TASK.resourceName().equals(missing.getResourceType()))
        .map(MissingAuthorization::getResourceId)
        .anyMatch(taskId -> taskId != null && !"*".equals(taskId) && !taskExists.test(taskId));
  }

  private static Optional<EngineError> ownRefusal(Throwable thrown) {
    CaseRefusedException refused = causeOf(thrown, CaseRefusedException.class);
    if (refused != null) {
      return Optional.of(new EngineError(400, "CaseRefusedException", refused.getMessage()));
    }
    PolicyNotConfiguredException policy = causeOf(thrown, PolicyNotConfiguredException.class);
    if (policy != null) {
      return Optional.of(new EngineError(400, "PolicyNotConfiguredException", policy.getMessage()));
    }
    RegisterException register = causeOf(thrown, RegisterException.class);
    if (register != null) {
      return Optional.of(new EngineError(400, "RegisterException", register.getMessage()));
    }
    return Optional.empty();
  }

  private static EngineError fromRest(RestException rest) {
    int status = rest.getStatus() == null ? 500 : rest.getStatus().getStatusCode();
    if (status == 404) {
      return new EngineError(404, "NotFound", NOT_FOUND);
    }
    if (status >= 400 && status < 500) {
      return byStatus(status, badInput(rest));
    }
    boolean startOrComplete = rest.getMessage() != null && START_OR_COMPLETE.matcher(rest.getMessage()).find();
    if (startOrComplete && causeOf(rest, ProcessEngineException.class) != null) {
      return new EngineError(400, "BadRequest", badInput(rest));
    }
    return new EngineError(500, "InternalError", INTERNAL);
  }

  /** A Chinese message for bad input, naming the field where the engine's text names it. */
  static String badInput(Throwable thrown) {
    String text = allMessages(thrown);
    Matcher missing = MISSING_IDENTIFIER.matcher(text);
    if (missing.find()) {
      String field = missing.group(1) != null ? missing.group(1) : missing.group(2);
      return "提交的数据缺少字段「" + field + "」或其值不能使用，请填写后重新提交";
    }
    if (WRONG_TYPE.matcher(text).find()) {
      return "提交的数据中有字段的类型不正确（例如应为数字、是/否或日期），请检查后重新提交";
    }
    return BAD_REQUEST;
  }

  private static EngineError byStatus(int status) {
    return byStatus(status, BAD_REQUEST);
  }

  private static EngineError byStatus(int status, String badRequestMessage) {
    return switch (status) {
      case 401 -> new EngineError(401, "Unauthorized", "请先登录");
      case 403 -> new EngineError(403, "AuthorizationException", FORBIDDEN);
      case 404 -> new EngineError(404, "NotFound", NOT_FOUND);
      case 405 -> new EngineError(405, "MethodNotAllowed", "不支持该请求方式");
      case 406, 415 -> new EngineError(status, "UnsupportedMediaType", "不支持该数据格式，请以JSON提交");
      case 409 -> new EngineError(409, "OptimisticLockingException", TAKEN_BY_ANOTHER);
      default -> status >= 400 && status < 500 ? new EngineError(status, "BadRequest", badRequestMessage)
          : new EngineError(500, "InternalError", INTERNAL);
    };
  }

  private static boolean isTenantRefusal(Throwable thrown) {
    return mentions(thrown, "ENGINE-13034") || mentions(thrown, "no authenticated tenant");
  }

  private static boolean mentions(Throwable thrown, String text) {
    return allMessages(thrown).contains(text);
  }

  private static String allMessages(Throwable thrown) {
    StringBuilder messages = new StringBuilder();
    for (Throwable cause = thrown; cause != null && messages.length() < 20_000; cause = cause.getCause()) {
      messages.append(cause.getMessage()).append('\n');
      if (cause.getCause() == cause) {
        break;
      }
    }
    return messages.toString();
  }

  private static <T extends Throwable> T causeOf(Throwable thrown, Class<T> type) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
