package cn.gov.povertyexit.plan;

import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.security.PageForms;
import cn.gov.povertyexit.security.WebappLogin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 退出规划: every version of the plans of the official's counties (read-only; the plans are changed only by the plan
 * procedure), and for a county office the year's 批量发起 of the cases its approved plan lists. The county is the
 * office's own, taken from its group: nothing the browser sends chooses it.
 */
@Controller
class PlanPageController {

  private static final String TOKEN = "planPageToken";

  private final IdentityService identityService;
  private final ExitPlans plans;
  private final AnnualCaseStarts starts;
  private final AnnualCaseStartRunner runner;
  private final JdbcClient jdbc;

  PlanPageController(IdentityService identityService, ExitPlans plans, AnnualCaseStarts starts,
      AnnualCaseStartRunner runner, JdbcClient jdbc) {
    this.identityService = identityService;
    this.plans = plans;
    this.starts = starts;
    this.runner = runner;
    this.jdbc = jdbc;
  }

  /** A county as the page lists it, with its versions, newest first. */
  record CountyPlans(String code, String name, List<VersionLine> versions) {}

  record VersionLine(int version, int year, String status, String draftedBy, String decision, Integer countyExitYear,
      int households, int villages) {}

  @GetMapping("/plans")
  String plans(HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      return "login-first";
    }
    List<String> prefixes = JurisdictionGuard.placePrefixes(official.get());
    List<CountyPlans> counties = jdbc.sql("select code, name from county order by code")
        .query((row, n) -> Map.entry(row.getString(1).trim(), row.getString(2))).list().stream()
        .filter(county -> prefixes.stream().anyMatch(prefix -> county.getKey().startsWith(prefix)
            || (prefix.length() > 6 && prefix.startsWith(county.getKey()))))
        .map(county -> new CountyPlans(county.getKey(), county.getValue(), lines(county.getKey())))
        .toList();
    model.addAttribute("counties", counties);
    Optional<String> office = PageForms.officeCounty(official.get());
    model.addAttribute("officeCounty", office.orElse(null));
    office.ifPresent(code -> model.addAttribute("runs", starts.recent(code, 10)));
    model.addAttribute("token", PageForms.token(request.getSession(), TOKEN));
    return "plans";
  }

  @PostMapping("/plans/case-starts")
  String startCases(@RequestParam(name = "year", required = false) String year,
      @RequestParam(name = "_csrf", required = false) String token, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      return "login-first";
    }
    Optional<String> county = PageForms.officeCounty(official.get());
    if (county.isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_FORBIDDEN, "只有县扶贫开发领导小组办公室可以批量发起本县的贫困户退出案件");
    }
    if (!PageForms.tokenValid(request, token, TOKEN)) {
      return refused(response, model, HttpServletResponse.SC_FORBIDDEN, "页面已过期，请返回退出规划页面后重新发起");
    }
    int startYear;
    try {
      startYear = Integer.parseInt(year == null ? "" : year.trim());
    } catch (NumberFormatException notANumber) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, "请填写退出年度（四位数字），收到：" + year);
    }
    if (startYear < 2014 || startYear > 2030) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, "退出年度应在2014年至2030年之间，收到：" + startYear);
    }
    try {
      String id = runner.start(official.get(), county.get(), startYear);
      return "redirect:/plans/case-starts/" + id;
    } catch (CaseRefusedException refusal) {
      return refused(response, model, HttpServletResponse.SC_CONFLICT, refusal.getMessage());
    }
  }

  @GetMapping("/plans/case-starts/{id}")
  String run(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      return "login-first";
    }
    Optional<AnnualCaseStarts.Run> run = visible(official.get(), id);
    if (run.isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_NOT_FOUND, "没有找到这次批量发起，或它不属于您所在的县");
    }
    model.addAttribute("run", run.get());
    model.addAttribute("countyName", countyName(run.get().countyCode()));
    model.addAttribute("refusals", starts.refusals(id));
    return "plan-case-start";
  }

  @GetMapping(value = "/plans/case-starts/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> runJson(@PathVariable String id, HttpServletRequest request) {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      return ResponseEntity.status(HttpServletResponse.SC_UNAUTHORIZED).body(Map.of("message", "请先登录"));
    }
    return visible(official.get(), id).<ResponseEntity<Object>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.status(HttpServletResponse.SC_NOT_FOUND)
            .body(Map.of("message", "没有找到这次批量发起，或它不属于您所在的县")));
  }

  private List<VersionLine> lines(String countyCode) {
    List<ExitPlans.Version> newestFirst = new java.util.ArrayList<>(plans.versions(ExitPlans.COUNTY, countyCode));
    java.util.Collections.reverse(newestFirst);
    return newestFirst.stream().map(version -> new VersionLine(
        version.version(), version.planYear(), version.status().label(), version.draftedBy(),
        version.decisionReason() == null ? "" : version.decisionReason(), version.countyExitYear(),
        plans.subjectCount(version.id(), "HOUSEHOLD", version.planYear()),
        plans.subjectCount(version.id(), "VILLAGE", version.planYear()))).toList();
  }

  private Optional<AnnualCaseStarts.Run> visible(Authentication official, String id) {
    Optional<String> county = PageForms.officeCounty(official);
    return county.flatMap(code -> starts.find(id).filter(run -> run.countyCode().equals(code)));
  }

  private String countyName(String code) {
    return jdbc.sql("select name from county where code = ?").param(code).query(String.class).optional().orElse(code);
  }

  private static String refused(HttpServletResponse response, Model model, int status, String message) {
    response.setStatus(status);
    model.addAttribute("message", message);
    model.addAttribute("back", "/plans");
    model.addAttribute("backText", "返回退出规划");
    return "refused";
  }
}
