package cn.gov.povertyexit.villagelist;

import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.notice.NoticeVariables;
import java.util.Arrays;
import java.util.Optional;

/**
 * The notices a household's exit is posted in (seed 000 五(1)): the village's proposed list after the democratic
 * appraisal, the township's list after its home verification (posted again in the village), and a household's own
 * notice — after an objection found not upheld, after a correction, or in a province that posts one household at a
 * time. Each is held by a timer; while it runs the instance waits at {@code waitingActivity}.
 */
public enum NoticeStage {

  VILLAGE("village", VillageListVariables.LIST_MODELS, "Event_VillageNoticeEnded", "Event_VillageNoticeEnded",
      VillageListVariables.NOTICE_LIST, HouseholdVariables.VILLAGE_CODE, "拟退出贫困户名单公示", "经民主评议，以下农户拟退出贫困户"),
  TOWNSHIP("township", VillageListVariables.LIST_MODELS, "Event_SecondNoticeEnded", "Event_SecondNoticeEnded",
      VillageListVariables.SECOND_NOTICE_LIST, HouseholdVariables.VILLAGE_CODE, "贫困户退出名单公示",
      "经乡镇人民政府逐户入户核实，以下农户列入本乡镇贫困户退出名单"),
  TOWNSHIP_BOARD("township-board", new String[] {VillageListVariables.HUNAN_TOWNSHIP_NOTICE}, "Event_TownshipNoticeEnded",
      "Event_TownshipNoticeEnded", VillageListVariables.SECOND_NOTICE_LIST, HouseholdVariables.TOWNSHIP_CODE,
      "拟脱贫户名单公示", "经乡镇人民政府逐户入户核实，以下农户拟脱贫"),
  HOUSEHOLD("household", new String[] {NoticeVariables.PROCESS_KEY}, "Gateway_AwaitNoticeOutcome", "Event_NoticePeriodEnded",
      null, HouseholdVariables.VILLAGE_CODE, "拟退出贫困户公示（单户）", "经核实，以下农户拟退出贫困户");

  private final String pathSegment;
  private final String[] processKeys;
  private final String waitingActivity;
  private final String timerActivity;
  private final String listVariable;
  private final String placeVariable;
  private final String heading;
  private final String preamble;

  NoticeStage(String pathSegment, String[] processKeys, String waitingActivity, String timerActivity, String listVariable,
      String placeVariable, String heading, String preamble) {
    this.pathSegment = pathSegment;
    this.processKeys = processKeys;
    this.waitingActivity = waitingActivity;
    this.timerActivity = timerActivity;
    this.listVariable = listVariable;
    this.placeVariable = placeVariable;
    this.heading = heading;
    this.preamble = preamble;
  }

  public static Optional<NoticeStage> ofPath(String segment) {
    return Arrays.stream(values()).filter(stage -> stage.pathSegment.equals(segment)).findFirst();
  }

  public String pathSegment() {
    return pathSegment;
  }

  /** The models whose instances post this kind of notice. */
  public String[] processKeys() {
    return processKeys.clone();
  }

  String waitingActivity() {
    return waitingActivity;
  }

  /** The timer whose due date is the notice's last day. */
  public String timerActivity() {
    return timerActivity;
  }

  /** The variable holding the posted households of a list; none for a household's own notice. */
  Optional<String> listVariable() {
    return Optional.ofNullable(listVariable);
  }

  /** Whose board it hangs on: a village's (its code), or a township's for the township's own notice. */
  public String placeVariable() {
    return placeVariable;
  }

  /** Posted on the township's board, or by the township in the village, rather than by the village committee. */
  boolean postedByTownship() {
    return this == TOWNSHIP || this == TOWNSHIP_BOARD;
  }

  public String heading() {
    return heading;
  }

  public String preamble() {
    return preamble;
  }

  public String label() {
    return switch (this) {
      case VILLAGE -> "村级公示（民主评议后）";
      case TOWNSHIP -> "乡镇核实后在村公示";
      case TOWNSHIP_BOARD -> "乡镇公示（乡镇公示栏）";
      case HOUSEHOLD -> "单户公示";
    };
  }
}
