package cn.gov.povertyexit.security;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an official's REST request asks for, read from its method and path (relative to the engine, e.g.
 * {@code POST /task/42/complete}). Everything not named here is a change to a case outside its procedure and is
 * refused for every official but the administrator: an allow-list, so that a new endpoint cannot open a hole.
 *
 * @param kind what the request does
 * @param target the id the request names (task id, process definition id or key, user id), or null
 */
public record RestCall(Kind kind, String target) {

  public enum Kind {
    /** GET and queries sent as POST: the engine's authorizations and tenants decide what the official sees. */
    READ,
    CLAIM,
    UNCLAIM,
    /** Completing a task, with the variables of that task's form only. */
    COMPLETE,
    /** Starting a case by process definition id, with the variables of the start form only. */
    START_BY_ID,
    /** Starting a case by process definition key. */
    START_BY_KEY,
    /** Starting a case of a definition chosen by tenant: definitions are shared, the system tags the tenant. */
    START_BY_TENANT,
    COMMENT,
    DEPLOY,
    /** An official's own password and profile. */
    OWN_ACCOUNT,
    /** Anything else: modification, deletion, suspension, variable writes, messages, signals, jobs... */
    FORBIDDEN
  }

  private static final String ID = "([^/]+)";

  private static final List<Pattern> QUERIES = List.of(
      Pattern.compile("/(task|process-instance|execution|variable-instance|job|external-task|incident)(/count)?"),
      Pattern.compile("/history/(process-instance|activity-instance|task|variable-instance|detail|incident|job-log"
          + "|decision-instance|external-task-log|identity-link-log|user-operation)(/count)?"),
      Pattern.compile("/filter/" + ID + "/(list|count|singleResult)"),
      Pattern.compile("/identity/(password-policy|verify)"));

  private static final Pattern TASK_ACTION = Pattern.compile("/task/" + ID + "/(claim|unclaim|complete|submit-form|comment/create)");
  private static final Pattern START_BY_ID = Pattern.compile("/process-definition/" + ID + "/(start|submit-form)");
  private static final Pattern START_BY_KEY = Pattern.compile("/process-definition/key/" + ID + "/(start|submit-form)");
  private static final Pattern START_BY_TENANT =
      Pattern.compile("/process-definition/key/" + ID + "/tenant-id/" + ID + "/(start|submit-form)");
  private static final Pattern OWN_ACCOUNT = Pattern.compile("/user/" + ID + "/(credentials|profile)");

  /** Reads the call from the HTTP method and the path below the engine (without {@code /engine/default}). */
  public static RestCall of(String method, String path) {
    String normalised = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    switch (method.toUpperCase()) {
      case "GET", "HEAD", "OPTIONS" -> {
        return new RestCall(Kind.READ, null);
      }
      case "POST" -> {
        return post(normalised);
      }
      case "PUT" -> {
        Matcher account = OWN_ACCOUNT.matcher(normalised);
        return account.matches() ? new RestCall(Kind.OWN_ACCOUNT, account.group(1)) : forbidden();
      }
      default -> {
        return forbidden();
      }
    }
  }

  private static RestCall post(String path) {
    if (QUERIES.stream().anyMatch(query -> query.matcher(path).matches())) {
      return new RestCall(Kind.READ, null);
    }
    if (path.equals("/deployment/create")) {
      return new RestCall(Kind.DEPLOY, null);
    }
    Matcher task = TASK_ACTION.matcher(path);
    if (task.matches()) {
      Kind kind = switch (task.group(2)) {
        case "claim" -> Kind.CLAIM;
        case "unclaim" -> Kind.UNCLAIM;
        case "comment/create" -> Kind.COMMENT;
        default -> Kind.COMPLETE;
      };
      return new RestCall(kind, task.group(1));
    }
    return firstMatch(path, START_BY_TENANT, Kind.START_BY_TENANT)
        .or(() -> firstMatch(path, START_BY_KEY, Kind.START_BY_KEY))
        .or(() -> firstMatch(path, START_BY_ID, Kind.START_BY_ID))
        .orElseGet(RestCall::forbidden);
  }

  private static Optional<RestCall> firstMatch(String path, Pattern pattern, Kind kind) {
    Matcher matcher = pattern.matcher(path);
    return matcher.matches() && !matcher.group(1).equals("key") ? Optional.of(new RestCall(kind, matcher.group(1)))
        : Optional.empty();
  }

  private static RestCall forbidden() {
    return new RestCall(Kind.FORBIDDEN, null);
  }

  public boolean isStart() {
    return kind == Kind.START_BY_ID || kind == Kind.START_BY_KEY || kind == Kind.START_BY_TENANT;
  }
}
