package cn.gov.povertyexit.registerdata;

import cn.gov.povertyexit.security.PageForms;
import cn.gov.povertyexit.security.WebappLogin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * 建档立卡数据导入导出: the county poverty office loads its county's households, members and incomes from a workbook
 * (checked in full first, optionally only checked), follows the import's progress, and exports its register in the
 * same format. Same login as Tasklist; scripts may use the REST API's HTTP Basic login.
 */
@Controller
class RegisterFilesController {

  private static final String TOKEN = "registerFilesToken";
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final RegisterImportRunner runner;
  private final RegisterImports imports;
  private final RegisterWorkbookWriter workbooks;
  private final IdentityService identityService;
  private final JdbcClient jdbc;

  RegisterFilesController(RegisterImportRunner runner, RegisterImports imports, RegisterWorkbookWriter workbooks,
      IdentityService identityService, JdbcClient jdbc) {
    this.runner = runner;
    this.imports = imports;
    this.workbooks = workbooks;
    this.identityService = identityService;
    this.jdbc = jdbc;
  }

  @GetMapping("/register/files")
  String files(HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      return loginFirst(response);
    }
    Optional<String> county = PageForms.officeCounty(official.get());
    if (county.isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_FORBIDDEN, "只有县扶贫开发领导小组办公室可以导入、导出本县的建档立卡数据");
    }
    model.addAttribute("county", county.get());
    model.addAttribute("countyName", countyName(county.get()));
    model.addAttribute("imports", imports.recent(county.get(), 20));
    model.addAttribute("token", PageForms.token(request.getSession(), TOKEN));
    return "register-files";
  }

  @PostMapping("/register/imports")
  String upload(@RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
      @RequestParam(name = "_csrf", required = false) String token, HttpServletRequest request,
      HttpServletResponse response, Model model) throws IOException {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      return loginFirst(response);
    }
    Optional<String> county = PageForms.officeCounty(official.get());
    if (county.isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_FORBIDDEN, "只有县扶贫开发领导小组办公室可以导入本县的建档立卡数据");
    }
    if (!PageForms.tokenValid(request, token, TOKEN)) {
      return refused(response, model, HttpServletResponse.SC_FORBIDDEN, "页面已过期，请返回导入页面后重新选择文件");
    }
    if (file == null || file.isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, "请选择要导入的 Excel 文件（.xlsx）");
    }
    if (imports.busy(county.get())) {
      return refused(response, model, HttpServletResponse.SC_CONFLICT, "本县有一次导入尚未完成，请等它完成后再导入");
    }
    String name = Optional.ofNullable(file.getOriginalFilename()).filter(text -> !text.isBlank()).orElse("未命名.xlsx");
    String id = runner.start(official.get().getUserId(), county.get(), limited(name), file.getBytes(), dryRun);
    return "redirect:/register/imports/" + id;
  }

  @PostMapping("/register/imports/{id}/commit")
  String commit(@PathVariable String id, @RequestParam(name = "_csrf", required = false) String token,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      return loginFirst(response);
    }
    Optional<ImportStatus> checked = visible(official.get(), id);
    if (checked.isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_NOT_FOUND, "没有找到这次导入，或它不属于您所在的县");
    }
    if (!PageForms.tokenValid(request, token, TOKEN)) {
      return refused(response, model, HttpServletResponse.SC_FORBIDDEN, "页面已过期，请重新打开导入结果后再确认");
    }
    if (!checked.get().committable()) {
      return refused(response, model, HttpServletResponse.SC_CONFLICT, "只有检查通过的试导入可以确认导入（这次导入：" + checked.get().stateLabel() + "）");
    }
    if (imports.busy(checked.get().countyCode())) {
      return refused(response, model, HttpServletResponse.SC_CONFLICT, "本县有一次导入尚未完成，请等它完成后再导入");
    }
    String next = runner.start(official.get().getUserId(), checked.get().countyCode(), checked.get().fileName(),
        imports.content(id), false);
    return "redirect:/register/imports/" + next;
  }

  @GetMapping("/register/imports/{id}")
  String status(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      return loginFirst(response);
    }
    Optional<ImportStatus> status = visible(official.get(), id);
    if (status.isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_NOT_FOUND, "没有找到这次导入，或它不属于您所在的县");
    }
    model.addAttribute("job", status.get());
    model.addAttribute("token", PageForms.token(request.getSession(), TOKEN));
    return "register-import";
  }

  /** The same, for scripts and tests: the import's state and figures as JSON. */
  @GetMapping(value = "/register/imports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<?> statusJson(@PathVariable String id, HttpServletRequest request) {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      return ResponseEntity.status(HttpServletResponse.SC_UNAUTHORIZED).body(java.util.Map.of("message", "请先登录"));
    }
    return visible(official.get(), id).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.status(HttpServletResponse.SC_NOT_FOUND)
            .body(java.util.Map.of("message", "没有找到这次导入，或它不属于您所在的县")));
  }

  @GetMapping("/register/export")
  void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    Optional<String> county = official.flatMap(PageForms::officeCounty);
    if (county.isEmpty()) {
      response.sendError(official.isEmpty() ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN,
          official.isEmpty() ? "请先登录" : "只有县扶贫开发领导小组办公室可以导出本县的建档立卡数据");
      return;
    }
    attachment(response, countyName(county.get()) + "建档立卡数据" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + ".xlsx");
    workbooks.export(county.get(), response.getOutputStream());
  }

  @GetMapping("/register/template")
  void template(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (WebappLogin.of(request, identityService).isEmpty()) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "请先登录");
      return;
    }
    attachment(response, "建档立卡数据导入模板.xlsx");
    workbooks.template(response.getOutputStream());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(HttpServletResponse response, Model model) {
    return refused(response, model, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
        "文件过大：一次最多导入 50MB。请按乡镇分成几个文件导入");
  }

  private Optional<ImportStatus> visible(Authentication official, String id) {
    Optional<String> county = PageForms.officeCounty(official);
    return county.flatMap(code -> imports.find(id).filter(status -> status.countyCode().equals(code)));
  }

  private String countyName(String countyCode) {
    return jdbc.sql("select name from county where code = ?").param(countyCode).query(String.class).optional()
        .orElse(countyCode);
  }

  private static void attachment(HttpServletResponse response, String fileName) {
    response.setContentType(XLSX);
    response.setHeader("Content-Disposition",
        "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
  }

  private static String limited(String name) {
    return name.length() <= 255 ? name : name.substring(name.length() - 255);
  }

  private static String loginFirst(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    return "login-first";
  }

  private static String refused(HttpServletResponse response, Model model, int status, String message) {
    response.setStatus(status);
    model.addAttribute("message", message);
    model.addAttribute("back", "/register/files");
    model.addAttribute("backText", "返回建档立卡数据导入导出");
    return "refused";
  }
}
