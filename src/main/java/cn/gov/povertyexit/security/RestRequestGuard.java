package cn.gov.povertyexit.security;

import static cn.gov.povertyexit.security.RequestRefusedException.badRequest;
import static cn.gov.povertyexit.security.RequestRefusedException.forbidden;

import cn.gov.povertyexit.jurisdiction.OfficialRole;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of both ways into the engine — {@code /engine-rest} (Modeler, other clients) and the webapps'
 * {@code /camunda/api/engine} (Tasklist, Cockpit) — so that an official can only walk the procedure: read what
 * the engine lets them read, claim, start a case and complete a task with exactly the fields of its form. Every
 * other change (start instructions, modification, deletion, suspension, variable writes, messages, jobs...) is
 * refused with 403, and only the administrator may repair a case. The engine's own authorizations still apply
 * to everything that passes.
 */
class RestRequestGuard extends OncePerRequestFilter {

  /** A completed form is small; a list of 500 households with reasons stays far below this. */
  private static final int BODY_LIMIT = 512 * 1024;
  private static final Set<String> START_FIELDS = Set.of("variables", "businessKey", "startInstructions",
      "skipCustomListeners", "skipIoMappings", "withVariablesInReturn", "caseInstanceId");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Calls that change cases (as opposed to users, groups, filters): the ones an administrator's repair log keeps. */
  private static final Pattern CASE_PATHS = Pattern.compile("/(process-instance|process-definition|task|execution|job"
      + "|job-definition|modification|migration|message|signal|condition|variable-instance|deployment|batch|incident"
      + "|external-task|history/process-instance|history/variable-instance)(/|$)");

  private final IdentityService identityService;
  private final CaseForms forms;
  private final CaseRepairLog repairs;

  RestRequestGuard(IdentityService identityService, CaseForms forms, CaseRepairLog repairs) {
    this.identityService = identityService;
    this.forms = forms;
    this.repairs = repairs;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = enginePath(request);
    RestCall call = RestCall.of(request.getMethod(), path);
    OfficialIdentity official = identify(request);
    if (official == null || call.kind() == RestCall.Kind.READ) {
      // anonymous requests are answered 401 by the authentication in front of the engine
      chain.doFilter(request, response);
      return;
    }
    if (official.isAdministrator()) {
      chain.doFilter(request, response);
      if (call.kind() == RestCall.Kind.FORBIDDEN && CASE_PATHS.matcher(path).lookingAt() && response.getStatus() < 400) {
        repairs.record(official.userId(), request.getMethod() + " " + path, request.getHeader(CaseRepairLog.REASON_HEADER));
      }
      return;
    }
    try {
      byte[] body = switch (call.kind()) {
        // somebody who does not work on the task is answered by the engine's own authorization (403, or 404 where
        // the task is not theirs to see), so that a refusal says nothing about the task or its form
        case COMPLETE -> worksOn(official, call.target()) ? checkedSubmission(request, call) : null;
        case START_BY_ID, START_BY_KEY, START_BY_TENANT -> checkedSubmission(request, call);
        case CLAIM -> worksOn(official, call.target()) ? checkedClaim(request, official) : null;
        default -> {
          permit(call, official, request.getMethod() + " " + path);
          yield null;
        }
      };
      chain.doFilter(body == null ? request : new BodyReplacingRequest(request, body), response);
    } catch (RequestRefusedException refused) {
      ErrorResponses.write(response, refused.status(), refused.getMessage());
    }
  }

  private void permit(RestCall call, OfficialIdentity official, String request) {
    switch (call.kind()) {
      case CLAIM, UNCLAIM -> { }
      case COMMENT -> throw forbidden("任务不接受评论：办理意见请填写在任务表单中，随案件保存");
      case DEPLOY -> {
        if (!official.hasRoleOfKind(OfficialRole.Kind.MODELLING)) {
          throw forbidden("只有流程分析员可以部署流程模型");
        }
      }
      case OWN_ACCOUNT -> {
        if (!official.userId().equals(call.target())) {
          throw forbidden("只能修改本人的账户信息");
        }
      }
      default -> throw forbidden("不允许的操作（" + request + "）：案件只能由相应经办单位按规定程序办理；"
          + "确需更正的，请联系系统管理员");
    }
  }

  /** A task is claimed by the official who claims it, not handed to somebody else. */
  private byte[] checkedClaim(HttpServletRequest request, OfficialIdentity official) throws IOException {
    ObjectNode body = readBody(request);
    if (body.hasNonNull("userId") && !body.get("userId").asText().equals(official.userId())) {
      throw forbidden("只能由本人认领任务，不能替他人认领");
    }
    body.put("userId", official.userId());
    return JSON.writeValueAsBytes(body);
  }

  private byte[] checkedSubmission(HttpServletRequest request, RestCall call) throws IOException {
    ObjectNode body = readBody(request);
    ObjectNode variables = body.path("variables").isObject() ? (ObjectNode) body.get("variables") : JSON.createObjectNode();
    if (call.isStart()) {
      checkStartOptions(body, call);
      FormContract form = forms.startForm(call.kind() == RestCall.Kind.START_BY_ID, call.target());
      SubmissionCheck.check(form, variables, name -> null);
    } else {
      Task task = forms.task(call.target());
      if (task == null) {
        // the engine answers an unknown task itself
        return JSON.writeValueAsBytes(body);
      }
      body.fieldNames().forEachRemaining(name -> {
        if (!name.equals("variables") && !(name.equals("withVariablesInReturn") && !body.get(name).asBoolean())) {
          throw badRequest("不支持的请求内容：" + name);
        }
      });
      FormContract form = forms.taskForm(task);
      Function<String, Object> current = name -> forms.caseVariable(task, name);
      SubmissionCheck.check(form, variables, current);
    }
    body.set("variables", variables);
    return JSON.writeValueAsBytes(body);
  }

  private static void checkStartOptions(ObjectNode body, RestCall call) {
    if (call.kind() == RestCall.Kind.START_BY_TENANT) {
      throw badRequest("案件所属的县由系统根据登记册确定，不能指定租户（tenant-id）");
    }
    body.fieldNames().forEachRemaining(name -> {
      if (!START_FIELDS.contains(name)) {
        throw badRequest("不支持的请求内容：" + name);
      }
    });
    if (body.has("startInstructions")) {
      throw badRequest("案件必须从流程的开始办理，不能指定从某一步开始（startInstructions）");
    }
    if (body.hasNonNull("businessKey") && !body.get("businessKey").asText().isBlank()) {
      throw badRequest("案件编号由系统根据户编号（村、县代码）和年度生成，不能指定（businessKey）");
    }
    for (String option : List.of("skipCustomListeners", "skipIoMappings", "withVariablesInReturn")) {
      if (body.path(option).asBoolean(false)) {
        throw badRequest("不支持的请求选项：" + option);
      }
    }
    if (body.hasNonNull("caseInstanceId")) {
      throw badRequest("不支持的请求内容：caseInstanceId");
    }
  }

  private ObjectNode readBody(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > BODY_LIMIT) {
      throw new RequestRefusedException(413, "提交的数据过大");
    }
    byte[] bytes = readAtMost(request.getInputStream(), BODY_LIMIT);
    if (bytes.length == 0) {
      return JSON.createObjectNode();
    }
    JsonNode body;
    try {
      body = JSON.readTree(bytes);
    } catch (IOException notJson) {
      throw badRequest("提交的内容不是有效的JSON，请检查后重新提交");
    }
    if (!body.isObject()) {
      throw badRequest("提交的数据格式不正确");
    }
    if (body.has("variables") && !body.get("variables").isObject() && !body.get("variables").isNull()) {
      throw badRequest("提交的数据格式不正确：variables");
    }
    return (ObjectNode) body;
  }

  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    byte[] bytes = in.readNBytes(limit + 1);
    if (bytes.length > limit) {
      throw new RequestRefusedException(413, "提交的数据过大");
    }
    return bytes;
  }

  private boolean worksOn(OfficialIdentity official, String taskId) {
    Task task = forms.task(taskId);
    if (task == null) {
      return false;
    }
    if (official.userId().equals(task.getAssignee())) {
      return true;
    }
    for (IdentityLink link : forms.identityLinks(taskId)) {
      if (official.userId().equals(link.getUserId()) || official.groupIds().contains(link.getGroupId())) {
        return true;
      }
    }
    return false;
  }

  /** The path below the engine: "/task/42/complete" for both entry points, with or without /engine/{name}. */
  static String enginePath(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    String path = uri.startsWith("/engine-rest") ? uri.substring("/engine-rest".length())
        : uri.startsWith("/camunda/api/engine") ? uri.substring("/camunda/api/engine".length()) : uri;
    if (path.startsWith("/engine/")) {
      int next = path.indexOf('/', "/engine/".length());
      path = next < 0 ? "/" : path.substring(next);
    }
    return path.isEmpty() ? "/" : path;
  }

  /**
   * The engine's authentication when the authentication filter in front has set it; otherwise the webapp's
   * session (Tasklist, Cockpit) or the HTTP Basic login name, whose password the REST authentication checks.
   */
  private OfficialIdentity identify(HttpServletRequest request) {
    Authentication engine = identityService.getCurrentAuthentication();
    if (engine != null && engine.getUserId() != null) {
      return new OfficialIdentity(engine.getUserId(), engine.getGroupIds() == null ? List.of() : engine.getGroupIds());
    }
    if (request.getSession(false) != null) {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(request.getSession(false));
      if (authentications != null) {
        if (authentications.getAuthenticationForProcessEngine("default") instanceof UserAuthentication user
            && user.getIdentityId() != null) {
          return new OfficialIdentity(user.getIdentityId(), List.copyOf(user.getGroupIds()));
        }
      }
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.startsWith("Basic ")) {
      try {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon > 0) {
          String userId = decoded.substring(0, colon);
          List<String> groups = forms.withoutAuthentication(() ->
              identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
          return new OfficialIdentity(userId, groups);
        }
      } catch (IllegalArgumentException notBase64) {
        return null;
      }
    }
    return null;
  }

  /** The request with the checked body in place of the one that was read. */
  private static final class BodyReplacingRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    BodyReplacingRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public String getHeader(String name) {
      return "content-length".equalsIgnoreCase(name) ? String.valueOf(body.length) : super.getHeader(name);
    }
  }
}
