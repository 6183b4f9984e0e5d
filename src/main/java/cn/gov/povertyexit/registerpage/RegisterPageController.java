package cn.gov.povertyexit.registerpage;

import cn.gov.povertyexit.policysupport.PolicySupportStatus;
import cn.gov.povertyexit.policysupport.SupportPolicy;
import cn.gov.povertyexit.registry.HouseholdStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import cn.gov.povertyexit.county.CountyRecords;
import cn.gov.povertyexit.performance.PerformanceLedger;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.policy.PolicyNotConfiguredException;
import cn.gov.povertyexit.registerpage.RegisterSearch.Criteria;
import cn.gov.povertyexit.registerpage.RegisterSearch.Kind;
import cn.gov.povertyexit.registry.CountyStatus;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.registry.VillageStatus;
import cn.gov.povertyexit.security.WebappLogin;
import cn.gov.povertyexit.spotcheck.SpotCheckRegister;
import cn.gov.povertyexit.village.VillageRecords;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 建档立卡数据查询: the register read by its officials, each within their own places, with the same login as Tasklist
 * (or the REST API's HTTP Basic login for scripts). A place outside the official's jurisdiction is answered exactly
 * as one that does not exist.
 */
@Controller
class RegisterPageController {

  private static final int MAX_TEXT = 40;

  private final RegisterSearch search;
  private final RegisterRecords records;
  private final VillageRecords villages;
  private final CountyRecords counties;
  private final ExitPolicy policy;
  private final IdentityService identityService;
  private final HistoryService historyService;
  private final AuthorizationService authorizationService;
  private final SupportPolicy supportPolicy;
  private final PerformanceLedger performance;
  private final SpotCheckRegister spotChecks;

  RegisterPageController(RegisterSearch search, RegisterRecords records, VillageRecords villages, CountyRecords counties,
      ExitPolicy policy, IdentityService identityService, HistoryService historyService,
      AuthorizationService authorizationService, SupportPolicy supportPolicy, PerformanceLedger performance,
      SpotCheckRegister spotChecks) {
    this.spotChecks = spotChecks;
    this.supportPolicy = supportPolicy;
    this.performance = performance;
    this.search = search;
    this.records = records;
    this.villages = villages;
    this.counties = counties;
    this.policy = policy;
    this.identityService = identityService;
    this.historyService = historyService;
    this.authorizationService = authorizationService;
  }

  @GetMapping("/register")
  String search(@RequestParam(name = "kind", required = false) String kindText,
      @RequestParam(name = "q", required = false) String text,
      @RequestParam(name = "status", required = false) String statusText,
      @RequestParam(name = "year", required = false) String yearText,
      @RequestParam(name = "page", required = false) String pageText,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      return loginFirst(response);
    }
    Optional<Kind> kind = kind(kindText);
    if (kind.isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, "查询类别应为贫困户、行政村或县");
    }
    String q = blankToNull(text);
    if (q != null && q.length() > MAX_TEXT) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, "查询内容最多" + MAX_TEXT + "个字");
    }
    String status = blankToNull(statusText);
    if (status != null && kind.get().statusLabel(status).isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, "状态应为" + kind.get().label() + "的状态之一："
          + kind.get().statuses().stream().map(pair -> pair[1]).collect(Collectors.joining("、")));
    }
    Optional<Integer> year = year(yearText);
    if (blankToNull(yearText) != null && year.isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, "脱贫（出列、摘帽）年度应为2000至2100之间的4位年份，如 2019");
    }
    Optional<PageRequest> page = PageRequest.parse(pageText);
    if (page.isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, "页码应为从1开始的整数");
    }
    RegisterScope scope = RegisterScope.of(official.get());
    Criteria criteria = new Criteria(kind.get(), q, status, year.orElse(null));
    model.addAttribute("kind", kind.get());
    model.addAttribute("kinds", Kind.values());
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("status", status == null ? "" : status);
    model.addAttribute("year", year.map(String::valueOf).orElse(""));
    model.addAttribute("results", switch (kind.get()) {
      case HOUSEHOLDS -> search.households(scope, criteria, page.get());
      case VILLAGES -> search.villages(scope, criteria, page.get());
      case COUNTIES -> search.counties(scope, criteria, page.get());
    });
    return "register-search";
  }

  /** 已出列（享受政策）: an exited village or county keeps the policies until the end year (脱贫不脱政策). */
  private String withPolicySupport(boolean exited, String label) {
    return exited ? PolicySupportStatus.exitedLabel(label, supportPolicy, thisYear()) : label;
  }

  private static int thisYear() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
  }

  @GetMapping("/register/households/{id}")
  String household(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      return loginFirst(response);
    }
    if (!id.matches("\\d{16}")) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, "户编号应为16位数字（行政村代码12位加户序号4位）");
    }
    RegisterScope scope = RegisterScope.of(official.get());
    Optional<RegisterRecords.Household> household = records.household(id).filter(found -> scope.covers(found.villageCode()));
    if (household.isEmpty()) {
      return notFound(response, model, "您的辖区内没有户编号为 " + id + " 的贫困户");
    }
    List<RegisterRecords.Member> members = records.members(id);
    model.addAttribute("household", household.get());
    model.addAttribute("countyVisible", scope.covers(household.get().countyCode()));
    model.addAttribute("members", members);
    model.addAttribute("incomes", records.incomes(id, members.size()));
    model.addAttribute("policySupport", household.get().status().equals(HouseholdStatus.EXITED.label())
        ? PolicySupportStatus.of(supportPolicy, thisYear()).label() : null);
    model.addAttribute("measures", records.supportMeasures(id));
    addVisits(model, scope, spotChecks.visitsOf(SubjectType.HOUSEHOLD, id));
    addTrail(model, official.get(), TrailEntry.merged(records.statusTrail(SubjectType.HOUSEHOLD, id), records.dataTrail(id)));
    return "register-household";
  }

  @GetMapping("/register/villages/{code}")
  String village(@PathVariable String code, @RequestParam(name = "page", required = false) String pageText,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      return loginFirst(response);
    }
    if (!code.matches("\\d{12}")) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, "行政村代码应为12位数字");
    }
    Optional<PageRequest> page = PageRequest.parse(pageText);
    if (page.isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, "页码应为从1开始的整数");
    }
    RegisterScope scope = RegisterScope.of(official.get());
    Optional<VillageRecords.Village> village = villages.find(code).filter(found -> scope.covers(found.code()));
    if (village.isEmpty()) {
      return notFound(response, model, "您的辖区内没有代码为 " + code + " 的行政村");
    }
    model.addAttribute("village", village.get());
    model.addAttribute("statusLabel", withPolicySupport(VillageStatus.valueOf(village.get().status()) == VillageStatus.EXITED,
        VillageStatus.valueOf(village.get().status()).label()));
    model.addAttribute("exitYear", records.exitYear("village", code).orElse(null));
    model.addAttribute("countyVisible", scope.covers(village.get().countyCode()));
    model.addAttribute("incidence", new Incidence(village.get().poorPopulation(), village.get().ruralPopulation(),
        villageThreshold(village.get().provinceCode())));
    model.addAttribute("byStatus", records.householdsByStatus(code));
    model.addAttribute("households", search.householdsOfVillage(code, page.get()));
    addVisits(model, scope, spotChecks.visitsOf(SubjectType.VILLAGE, code));
    addTrail(model, official.get(), records.statusTrail(SubjectType.VILLAGE, code));
    return "register-village";
  }

  @GetMapping("/register/counties/{code}")
  String county(@PathVariable String code, @RequestParam(name = "page", required = false) String pageText,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      return loginFirst(response);
    }
    if (!code.matches("\\d{6}")) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, "县级行政区划代码应为6位数字");
    }
    Optional<PageRequest> page = PageRequest.parse(pageText);
    if (page.isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, "页码应为从1开始的整数");
    }
    RegisterScope scope = RegisterScope.of(official.get());
    Optional<CountyRecords.County> county = counties.find(code).filter(found -> scope.covers(found.code()));
    if (county.isEmpty()) {
      return notFound(response, model, "您的辖区内没有代码为 " + code + " 的县");
    }
    model.addAttribute("county", county.get());
    model.addAttribute("statusLabel", withPolicySupport(CountyStatus.valueOf(county.get().status()) == CountyStatus.EXITED,
        CountyStatus.valueOf(county.get().status()).label()));
    model.addAttribute("classLabel", RegisterSearch.countyClassLabel(county.get().countyClass()));
    model.addAttribute("exitYear", records.exitYear("county", code).orElse(null));
    model.addAttribute("incidence", new Incidence(county.get().poorPopulation(), county.get().ruralPopulation(),
        policy.countyIncidenceThreshold()));
    model.addAttribute("byStatus", records.householdsByStatus(code));
    model.addAttribute("villages", search.villages(new RegisterScope(List.of(code)),
        new Criteria(Kind.VILLAGES, null, null, null), page.get()));
    // 实绩考核: the county's ledger, read by the leading groups and supervisors whose jurisdiction covers it
    model.addAttribute("performance", performance.of(code));
    // 抽查、评估核查: the county's own checks and assessments, and its city's, which take in its exits too
    model.addAttribute("spotChecks", spotChecks.checksOf(List.of(code, county.get().cityCode())));
    addTrail(model, official.get(), records.statusTrail(SubjectType.COUNTY, code));
    return "register-county";
  }

  /**
   * The checks that sampled or named a household or village, with each checker's name. A check still under way shows
   * only to the body that checks and those above it: nobody checked learns beforehand who is in the sample.
   */
  private void addVisits(Model model, RegisterScope scope, List<SpotCheckRegister.Visit> visits) {
    List<SpotCheckRegister.Visit> shown = visits.stream().filter(visit -> visit.completed()
        || scope.prefixes().stream().anyMatch(prefix -> visit.checkerPrefix().startsWith(prefix))).toList();
    model.addAttribute("spotChecks", shown);
    model.addAttribute("checkers", actorNames(shown.stream().map(SpotCheckRegister.Visit::checkedBy)
        .filter(actor -> actor != null).collect(Collectors.toSet())));
  }

  /**
   * The trail with each actor's name and each case's procedure and business key, looked up once per page. Cases link
   * to Cockpit only for officials who may open Cockpit; the others read the case's name and key.
   */
  private void addTrail(Model model, Authentication official, List<TrailEntry> trail) {
    Map<String, String> actors = actorNames(trail.stream().map(TrailEntry::actor).collect(Collectors.toSet()));
    Set<String> caseIds = trail.stream().map(TrailEntry::processInstanceId).filter(id -> id != null)
        .collect(Collectors.toSet());
    Map<String, String> cases = new HashMap<>();
    if (!caseIds.isEmpty()) {
      for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
          .processInstanceIds(caseIds).list()) {
        String name = instance.getProcessDefinitionName() == null ? instance.getProcessDefinitionKey()
            : instance.getProcessDefinitionName();
        cases.put(instance.getId(), instance.getBusinessKey() == null ? name : name + " " + instance.getBusinessKey());
      }
    }
    model.addAttribute("cockpit", authorizationService.isUserAuthorized(official.getUserId(), official.getGroupIds(),
        Permissions.ACCESS, Resources.APPLICATION, "cockpit"));
    model.addAttribute("trail", trail);
    model.addAttribute("actors", actors);
    model.addAttribute("cases", cases);
  }

  /** Officials by name and id; the engine's own steps and the demo's loading by what they are. */
  private Map<String, String> actorNames(Set<String> actorIds) {
    Map<String, String> actors = new HashMap<>();
    for (String actor : actorIds) {
      User user = identityService.createUserQuery().userId(actor).singleResult();
      String name = user == null ? "" : (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
      // steps the engine runs on its own (timers, the system's starts) and the demo's loading have no official
      actors.put(actor, !name.isEmpty() ? name + "（" + actor + "）" : user != null ? actor
          : CurrentActor.ENGINE.equals(actor) ? "系统（自动执行）" : "demo-loader".equals(actor) ? "系统（演示数据装载）" : actor);
    }
    return actors;
  }

  private BigDecimal villageThreshold(String provinceCode) {
    try {
      return policy.province(provinceCode).villageIncidenceThreshold();
    } catch (PolicyNotConfiguredException notConfigured) {
      return null;
    }
  }

  private static Optional<Kind> kind(String text) {
    String kind = blankToNull(text);
    if (kind == null) {
      return Optional.of(Kind.HOUSEHOLDS);
    }
    try {
      return Optional.of(Kind.valueOf(kind.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  private static Optional<Integer> year(String text) {
    String year = blankToNull(text);
    if (year == null || !year.matches("\\d{4}")) {
      return Optional.empty();
    }
    int value = Integer.parseInt(year);
    return value >= 2000 && value <= 2100 ? Optional.of(value) : Optional.empty();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String loginFirst(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    return "login-first";
  }

  /** Unknown and outside the official's places alike: nothing tells the two apart. */
  private static String notFound(HttpServletResponse response, Model model, String message) {
    return refused(response, model, HttpServletResponse.SC_NOT_FOUND, message);
  }

  private static String refused(HttpServletResponse response, Model model, int status, String message) {
    response.setStatus(status);
    model.addAttribute("message", message);
    model.addAttribute("back", "/register");
    model.addAttribute("backText", "返回建档立卡查询");
    return "refused";
  }
}
