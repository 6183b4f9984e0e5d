package cn.gov.povertyexit.registerpage;

import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.registerpage.ProgressFigures.Place;
import cn.gov.povertyexit.registerpage.ProgressFigures.Row;
import cn.gov.povertyexit.security.WebappLogin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 督查进度: the supervisors' read-only view of a jurisdiction's household exits (seed 000 三/九: 程序公开 … 督查) — households
 * by stage per county, township or village with a chart, the notices ending within three days, the tasks left open
 * longer than N days per group and the spot checks with their pass rates. Scoped exactly as the register page: an
 * official sees their own places and those below; another place is answered as one that does not exist.
 */
@Controller
class ProgressPageController {

  /** Notices whose last day is today or one of the next three days (the brief of the supervisors: 3 days). */
  static final int NOTICE_DAYS = 3;

  private final ProgressFigures figures;
  private final IdentityService identityService;
  private final int overdueDays;
  private final ExitPolicy policy;

  ProgressPageController(ProgressFigures figures, IdentityService identityService, ExitPolicy policy,
      @Value("${poverty-exit.progress.overdue-days:7}") int overdueDays) {
    this.figures = figures;
    this.policy = policy;
    this.identityService = identityService;
    this.overdueDays = overdueDays;
  }

  /** The official's own place; an official of several places (or of none) chooses among them. */
  @GetMapping("/progress")
  String start(HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      return loginFirst(response);
    }
    List<Place> places = new ArrayList<>();
    for (String prefix : RegisterScope.of(official.get()).prefixes()) {
      if (prefix.isEmpty()) {
        figures.provinces().forEach(places::add);
      } else {
        figures.place(codeOf(prefix)).ifPresent(places::add);
      }
    }
    if (places.size() == 1) {
      return "redirect:/progress/" + places.get(0).code();
    }
    model.addAttribute("places", places);
    return "progress-places";
  }

  @GetMapping("/progress/{code}")
  String place(@PathVariable String code, @RequestParam(name = "overdueDays", required = false) String daysText,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      return loginFirst(response);
    }
    if (!code.matches("\\d{6}|\\d{9}|\\d{12}")) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, CODE_SHAPE);
    }
    Optional<Integer> days = overdueDays(daysText);
    if (days.isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, "超期天数应为1至365之间的整数");
    }
    RegisterScope scope = RegisterScope.of(official.get());
    Optional<Place> place = figures.place(code).filter(found -> scope.covers(found.code()));
    if (place.isEmpty()) {
      return notFound(response, model, code);
    }
    LocalDate today = LocalDate.now(ProgressFigures.CHINA);
    List<Row> rows = figures.rows(place.get());
    model.addAttribute("place", place.get());
    model.addAttribute("ancestors", ancestors(place.get(), scope));
    java.util.Map<ProgressStage, Long> totals = ProgressFigures.totals(rows);
    // 其他 only where there is such a household
    model.addAttribute("stages", java.util.Arrays.stream(ProgressStage.values())
        .filter(stage -> stage != ProgressStage.OTHER || totals.get(stage) > 0).toList());
    model.addAttribute("rows", rows);
    model.addAttribute("totals", totals.entrySet().stream().collect(java.util.stream.Collectors.toMap(
        entry -> entry.getKey().name(), java.util.Map.Entry::getValue)));
    model.addAttribute("total", rows.stream().mapToLong(Row::total).sum());
    model.addAttribute("drillDown", place.get().level() != ProgressFigures.Level.VILLAGE);
    model.addAttribute("chart", StageChart.of(rows, row -> "/progress/" + row.code()));
    model.addAttribute("today", today);
    model.addAttribute("generatedAt", java.time.LocalDateTime.now(ProgressFigures.CHINA));
    model.addAttribute("noticeDays", NOTICE_DAYS);
    model.addAttribute("notices", figures.noticesEnding(place.get(), today, NOTICE_DAYS));
    model.addAttribute("overdueDays", days.get());
    model.addAttribute("overdue", figures.overdueTasks(place.get(), Instant.now().minus(Duration.ofDays(days.get()))));
    model.addAttribute("spotChecks", figures.spotChecks(place.get()));
    // 认定退出 above the rate, 重新核查 at it or below (seed 000 八; sampling.recognition-pass-rate)
    model.addAttribute("recognitionRate", policy.sampling().recognitionPassRate().movePointRight(2).stripTrailingZeros()
        .toPlainString() + "%");
    return "progress";
  }

  @GetMapping("/progress/{code}/households/{stage}")
  String households(@PathVariable String code, @PathVariable String stage,
      @RequestParam(name = "page", required = false) String pageText, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      return loginFirst(response);
    }
    if (!code.matches("\\d{6}|\\d{9}|\\d{12}")) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, CODE_SHAPE);
    }
    Optional<ProgressStage> found = ProgressStage.ofPath(stage);
    if (found.isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_NOT_FOUND, "没有名为 " + stage + " 的退出环节");
    }
    Optional<PageRequest> page = PageRequest.parse(pageText);
    if (page.isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, "页码应为从1开始的整数");
    }
    RegisterScope scope = RegisterScope.of(official.get());
    Optional<Place> place = figures.place(code).filter(inScope -> scope.covers(inScope.code()));
    if (place.isEmpty()) {
      return notFound(response, model, code);
    }
    model.addAttribute("place", place.get());
    model.addAttribute("stage", found.get());
    model.addAttribute("households", figures.households(place.get(), found.get(), page.get()));
    model.addAttribute("registerStatuses", found.get().fromCase() ? List.of() : HouseholdStages.registerStatusesOf(found.get()));
    return "progress-households";
  }

  private static final String CODE_SHAPE = "地区代码应为6位（省、设区市、县）、9位（乡镇）或12位（行政村）数字";

  /** The province, city, county and township above the place, those within the official's places. */
  private List<Place> ancestors(Place place, RegisterScope scope) {
    List<String> codes = new ArrayList<>();
    String code = place.code();
    codes.add(code.substring(0, 2) + "0000");
    codes.add(code.substring(0, 4) + "00");
    if (code.length() > 6) {
      codes.add(code.substring(0, 6));
    }
    if (code.length() > 9) {
      codes.add(code.substring(0, 9));
    }
    List<Place> ancestors = new ArrayList<>();
    for (String ancestor : codes.stream().distinct().toList()) {
      if (!ancestor.equals(code) && scope.covers(ancestor)) {
        figures.place(ancestor).ifPresent(ancestors::add);
      }
    }
    return ancestors;
  }

  /** The place a group's code prefix stands for: 36 → 360000, 3604 → 360400, the others as they are. */
  private static String codeOf(String prefix) {
    return switch (prefix.length()) {
      case 2 -> prefix + "0000";
      case 4 -> prefix + "00";
      default -> prefix;
    };
  }

  private Optional<Integer> overdueDays(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of(overdueDays);
    }
    String trimmed = text.trim();
    if (!trimmed.matches("\\d{1,3}")) {
      return Optional.empty();
    }
    int days = Integer.parseInt(trimmed);
    return days >= 1 && days <= 365 ? Optional.of(days) : Optional.empty();
  }

  private static String loginFirst(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    return "login-first";
  }

  /** Unknown and outside the official's places alike, as on the register page. */
  private static String notFound(HttpServletResponse response, Model model, String code) {
    return refused(response, model, HttpServletResponse.SC_NOT_FOUND, "您的辖区内没有代码为 " + code + " 的地区");
  }

  private static String refused(HttpServletResponse response, Model model, int status, String message) {
    response.setStatus(status);
    model.addAttribute("message", message);
    model.addAttribute("back", "/progress");
    model.addAttribute("backText", "返回督查进度");
    return "refused";
  }
}
