package cn.gov.povertyexit.villagelist;

import cn.gov.povertyexit.security.WebappLogin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 公示栏: the notices of the official's places, and each notice as a printable page to post on the village board.
 * Same login as Tasklist (the webapps' session); Tasklist links here from its header.
 */
@Controller
class NoticeBoardController {

  private static final Pattern PLACE_CODE = Pattern.compile("\\d{2,12}");

  private final NoticeBoard board;

  NoticeBoardController(NoticeBoard board) {
    this.board = board;
  }

  @GetMapping("/notices")
  String board(@RequestParam(name = "place", required = false) String place, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    Optional<Authentication> official = WebappLogin.of(request);
    if (official.isEmpty()) {
      return loginFirst(response);
    }
    Optional<String> placeCode = Optional.ofNullable(place).map(String::trim).filter(code -> !code.isEmpty());
    if (placeCode.isPresent() && !PLACE_CODE.matcher(placeCode.get()).matches()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return refused(model, "地区代码应为2至12位数字（如县代码 360424、行政村代码 360424100201）");
    }
    List<PostedNotice> notices = board.postedWithin(official.get(), placeCode);
    model.addAttribute("notices", notices);
    model.addAttribute("place", placeCode.orElse(""));
    model.addAttribute("pageSize", NoticeBoard.PAGE_SIZE);
    return "notices";
  }

  /** A notice of the register by its number, as the exit file cites it. */
  @GetMapping("/notices/{noticeId:\\d{1,18}}")
  String notice(@PathVariable long noticeId, HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<Authentication> official = WebappLogin.of(request);
    if (official.isEmpty()) {
      return loginFirst(response);
    }
    return printed(board.find(official.get(), noticeId), response, model);
  }

  /** The last notice of that stage a list or a case posted (the board's links). */
  @GetMapping("/notices/{listId}/{stage}")
  String notice(@PathVariable String listId, @PathVariable String stage, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    Optional<Authentication> official = WebappLogin.of(request);
    if (official.isEmpty()) {
      return loginFirst(response);
    }
    return printed(NoticeStage.ofPath(stage).flatMap(found -> board.find(official.get(), listId, found)), response, model);
  }

  private static String printed(Optional<PostedNotice> notice, HttpServletResponse response, Model model) {
    if (notice.isEmpty()) {
      // the same answer whether the list does not exist or lies outside the official's places
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return refused(model, "没有找到这份公示，或它不在您的辖区内");
    }
    model.addAttribute("notice", notice.get());
    return "notice";
  }

  private static String loginFirst(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    return "login-first";
  }

  private static String refused(Model model, String message) {
    model.addAttribute("message", message);
    model.addAttribute("back", "/notices");
    model.addAttribute("backText", "返回公示栏");
    return "refused";
  }
}
