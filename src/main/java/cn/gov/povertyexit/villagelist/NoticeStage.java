package cn.gov.povertyexit.villagelist;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two notices of a village's list (seed 000 五(1)): the village's proposed list after the democratic appraisal,
 * and the township's list after its home verification, posted again in the village. Each is the list model's timer
 * event that holds the list for the notice period, and the variable that holds the households it posted.
 */
public enum NoticeStage {

  VILLAGE("village", "Event_VillageNoticeEnded", VillageListVariables.NOTICE_LIST, "拟退出贫困户名单公示",
      "经村民主评议，以下农户拟退出贫困户"),
  TOWNSHIP("township", "Event_SecondNoticeEnded", VillageListVariables.SECOND_NOTICE_LIST, "贫困户退出名单公示",
      "经乡镇人民政府逐户入户核实，以下农户列入本乡镇贫困户退出名单");

  private final String pathSegment;
  private final String timerActivity;
  private final String listVariable;
  private final String heading;
  private final String preamble;

  NoticeStage(String pathSegment, String timerActivity, String listVariable, String heading, String preamble) {
    this.pathSegment = pathSegment;
    this.timerActivity = timerActivity;
    this.listVariable = listVariable;
    this.heading = heading;
    this.preamble = preamble;
  }

  public static Optional<NoticeStage> ofPath(String segment) {
    return Arrays.stream(values()).filter(stage -> stage.pathSegment.equals(segment)).findFirst();
  }

  public String pathSegment() {
    return pathSegment;
  }

  String timerActivity() {
    return timerActivity;
  }

  String listVariable() {
    return listVariable;
  }

  public String heading() {
    return heading;
  }

  public String preamble() {
    return preamble;
  }
}
