package cn.gov.povertyexit.registerpage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One line of a subject's trail as the register page shows it: a status change or a change of its data, with who
 * made it, when, in which case (or from which import) and why.
 *
 * @param processInstanceId the case, when a procedure step made the change; null for imports and the registration
 * @param source where an import's change came from (file, sheet, row); null otherwise
 */
public record TrailEntry(Instant at, String kind, String change, String actor, String processInstanceId,
    String source, String reason) {

  private static final DateTimeFormatter CHINA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneId.of("Asia/Shanghai"));

  /** When, in China's time, to the minute. */
  public String time() {
    return CHINA_TIME.format(at);
  }

  /** Status changes and data changes in one list, oldest first; at the same moment the status change comes first. */
  static List<TrailEntry> merged(List<TrailEntry> statusChanges, List<TrailEntry> dataChanges) {
    return Stream.concat(statusChanges.stream(), dataChanges.stream())
        .sorted(Comparator.comparing(TrailEntry::at)).toList();
  }
}
