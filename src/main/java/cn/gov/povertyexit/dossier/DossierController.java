package cn.gov.povertyexit.dossier;

import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.security.WebappLogin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 退出档案: a household's, village's or county's dossier as a printable page and as PDF, and a county's dossiers
 * of a year as one archive. Same login as Tasklist; each official reads the dossiers of their own places only, and
 * one outside them is answered exactly as one that does not exist.
 */
@Controller
class DossierController {

  private final Dossiers dossiers;
  private final DossierPdf pdf;
  private final DossierSteps steps;
  private final IdentityService identityService;
  private final JdbcClient jdbc;

  DossierController(Dossiers dossiers, DossierPdf pdf, DossierSteps steps, IdentityService identityService,
      JdbcClient jdbc) {
    this.dossiers = dossiers;
    this.pdf = pdf;
    this.steps = steps;
    this.identityService = identityService;
    this.jdbc = jdbc;
  }

  @GetMapping("/dossiers/{kind}/{id}")
  String page(@PathVariable String kind, @PathVariable String id, @RequestParam(name = "year", required = false) String year,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      return loginFirst(response);
    }
    Optional<String> refusal = refusal(kind, id, year);
    if (refusal.isPresent()) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, refusal.get());
    }
    SubjectType type = type(kind).orElseThrow();
    Optional<Dossier> dossier = dossiers.of(type, id, year(year), within(official.get()));
    if (dossier.isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_NOT_FOUND, notFound(type, id));
    }
    model.addAttribute("dossier", dossier.get());
    model.addAttribute("pdfLink", "/dossiers/" + kind + "/" + id + "/pdf" + (year == null || year.isBlank() ? "" : "?year=" + year.trim()));
    model.addAttribute("pdfAvailable", pdf.available());
    return "dossier";
  }

  @GetMapping("/dossiers/{kind}/{id}/pdf")
  String pdf(@PathVariable String kind, @PathVariable String id, @RequestParam(name = "year", required = false) String year,
      HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      return loginFirst(response);
    }
    Optional<String> refusal = refusal(kind, id, year);
    if (refusal.isPresent()) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, refusal.get());
    }
    if (!pdf.available()) {
      return noFont(response, model);
    }
    SubjectType type = type(kind).orElseThrow();
    Optional<Dossier> dossier = dossiers.of(type, id, year(year), within(official.get()));
    if (dossier.isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_NOT_FOUND, notFound(type, id));
    }
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    pdf.write(dossier.get(), file);
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", disposition("inline", "dossier-" + id + ".pdf", fileName(dossier.get(), id) + ".pdf"));
    response.setContentLength(file.size());
    file.writeTo(response.getOutputStream());
    return null;
  }

  /** Every dossier of a county's cases of one year, one PDF each, streamed as they are written. */
  @GetMapping("/dossiers/archive")
  String archive(@RequestParam(name = "county", required = false) String county,
      @RequestParam(name = "year", required = false) String year, HttpServletRequest request,
      HttpServletResponse response, Model model) throws IOException {
    Optional<Authentication> official = WebappLogin.of(request, identityService);
    if (official.isEmpty()) {
      return loginFirst(response);
    }
    if (county == null || !county.trim().matches("\\d{6}")) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, "请给出6位县级行政区划代码，如 county=360424");
    }
    if (year(year).isEmpty()) {
      return refused(response, model, HttpServletResponse.SC_BAD_REQUEST, "请给出4位年度（2000至2100），如 year=2020");
    }
    String code = county.trim();
    int archiveYear = year(year).get();
    Predicate<String> within = within(official.get());
    Optional<String> countyName = jdbc.sql("select name from county where code = ?").param(code).query(String.class)
        .optional().filter(name -> within.test(code));
    if (countyName.isEmpty()) {
      // a village's officials do not hold the county's archive, and nobody learns of a county outside their places
      return refused(response, model, HttpServletResponse.SC_NOT_FOUND, "您的辖区内没有代码为 " + code + " 的县，或您无权导出全县档案");
    }
    if (!pdf.available()) {
      return noFont(response, model);
    }
    List<DossierStep.Subject> subjects = steps.subjectsOfCountyYear(code, archiveYear);
    response.setContentType("application/zip");
    response.setHeader("Content-Disposition", disposition("attachment", "dossiers-" + code + "-" + archiveYear + ".zip",
        countyName.get() + archiveYear + "年度退出档案.zip"));
    try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream(), StandardCharsets.UTF_8)) {
      for (DossierStep.Subject subject : subjects) {
        Optional<Dossier> dossier = dossiers.of(subject.type(), subject.id(), Optional.of(archiveYear), within);
        if (dossier.isEmpty()) {
          continue;
        }
        zip.putNextEntry(new ZipEntry(folder(subject.type()) + "/" + fileName(dossier.get(), subject.id()) + ".pdf"));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        pdf.write(dossier.get(), file);
        file.writeTo(zip);
        zip.closeEntry();
      }
      if (subjects.isEmpty()) {
        zip.putNextEntry(new ZipEntry("说明.txt"));
        zip.write((countyName.get() + archiveYear + "年度尚无办理记录。\n").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return null;
  }

  private static Optional<SubjectType> type(String kind) {
    return switch (kind) {
      case "households" -> Optional.of(SubjectType.HOUSEHOLD);
      case "villages" -> Optional.of(SubjectType.VILLAGE);
      case "counties" -> Optional.of(SubjectType.COUNTY);
      default -> Optional.empty();
    };
  }

  private static Optional<String> refusal(String kind, String id, String year) {
    Optional<SubjectType> type = type(kind);
    if (type.isEmpty()) {
      return Optional.of("档案类别应为 households（贫困户）、villages（行政村）或 counties（县）");
    }
    String pattern = switch (type.get()) {
      case HOUSEHOLD -> "\\d{16}";
      case VILLAGE -> "\\d{12}";
      case COUNTY -> "\\d{6}";
    };
    if (!id.matches(pattern)) {
      return Optional.of(switch (type.get()) {
        case HOUSEHOLD -> "户编号应为16位数字（行政村代码12位加户序号4位）";
        case VILLAGE -> "行政村代码应为12位数字";
        case COUNTY -> "县级行政区划代码应为6位数字";
      });
    }
    if (year != null && !year.isBlank() && year(year).isEmpty()) {
      return Optional.of("年度应为2000至2100之间的4位年份，如 2020");
    }
    return Optional.empty();
  }

  private static Optional<Integer> year(String text) {
    if (text == null || !text.trim().matches("\\d{4}")) {
      return Optional.empty();
    }
    int value = Integer.parseInt(text.trim());
    return value >= 2000 && value <= 2100 ? Optional.of(value) : Optional.empty();
  }

  private static Predicate<String> within(Authentication official) {
    List<String> prefixes = JurisdictionGuard.placePrefixes(official);
    return place -> prefixes.stream().anyMatch(place::startsWith);
  }

  private static String notFound(SubjectType type, String id) {
    return "您的辖区内没有" + type.label().replace("贫困", "") + " " + id + " 的档案";
  }

  private static String folder(SubjectType type) {
    return switch (type) {
      case HOUSEHOLD -> "贫困户";
      case VILLAGE -> "贫困村";
      case COUNTY -> "贫困县";
    };
  }

  private static String fileName(Dossier dossier, String id) {
    return dossier.title() + "-" + id;
  }

  /** A plain name for old clients, the Chinese one for every current browser (RFC 6266). */
  private static String disposition(String kind, String plainName, String name) {
    return kind + "; filename=\"" + plainName + "\"; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String noFont(HttpServletResponse response, Model model) {
    return refused(response, model, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "本服务器未安装中文字体，暂不能导出PDF；"
        + "请运维人员安装 fonts-wqy-microhei（或设置 poverty-exit.dossier.font-file），在此之前可打开档案页面直接打印");
  }

  private static String loginFirst(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    return "login-first";
  }

  private static String refused(HttpServletResponse response, Model model, int status, String message) {
    response.setStatus(status);
    model.addAttribute("message", message);
    model.addAttribute("back", "/register");
    model.addAttribute("backText", "返回建档立卡查询");
    return "refused";
  }
}
