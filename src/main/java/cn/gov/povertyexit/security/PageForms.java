package cn.gov.povertyexit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What the application's own pages that change something share: a per-session token their forms carry, so that
 * another site cannot post them in the official's name, and the county office an official's group makes them.
 */
public final class PageForms {

  private static final Pattern COUNTY_OFFICE = Pattern.compile("county-(\\d{6})-office");
  private static final SecureRandom RANDOM = new SecureRandom();

  private PageForms() {}

  /** The session's token for one page's forms (named by {@code attribute}), made on first use. */
  public static String token(HttpSession session, String attribute) {
    if (session.getAttribute(attribute) instanceof String text) {
      return text;
    }
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    String created = HexFormat.of().formatHex(random);
    session.setAttribute(attribute, created);
    return created;
  }

  /** A form of this session sent it, or a script with HTTP Basic (which a browser does not send by itself here). */
  public static boolean tokenValid(HttpServletRequest request, String token, String attribute) {
    if (WebappLogin.isBasicLogin(request)) {
      return true;
    }
    HttpSession session = request.getSession(false);
    return session != null && token != null && token.equals(session.getAttribute(attribute));
  }

  /** The county whose poverty office the official belongs to: the only county its pages act for. */
  public static Optional<String> officeCounty(Authentication official) {
    if (official.getGroupIds() == null) {
      return Optional.empty();
    }
    return official.getGroupIds().stream().map(COUNTY_OFFICE::matcher).filter(Matcher::matches)
        .map(matcher -> matcher.group(1)).findFirst();
  }
}
