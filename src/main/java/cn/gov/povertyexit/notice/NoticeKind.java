package cn.gov.povertyexit.notice;

import cn.gov.povertyexit.registry.SubjectType;
import java.util.Arrays;
import java.util.Optional;

/**
 * The notices of the procedures (seed 000 五(1)-(3)), as the register records them: what the board prints as the
 * heading, whose board carries it, what it lists, and where it is usually posted (the form's pre-filled answer).
 */
public enum NoticeKind {
  VILLAGE_LIST("拟退出贫困户名单公示", SubjectType.HOUSEHOLD, "本村村务公开栏"),
  TOWNSHIP_LIST("贫困户退出名单公示", SubjectType.HOUSEHOLD, "本村村务公开栏"),
  TOWNSHIP_BOARD("拟脱贫户名单公示", SubjectType.HOUSEHOLD, "乡镇政务公开栏"),
  HOUSEHOLD("拟退出贫困户公示（单户）", SubjectType.HOUSEHOLD, "本村村务公开栏"),
  /** A household verified on its own, posted again in the village by the township. */
  HOUSEHOLD_SECOND("拟退出贫困户第二次公示（单户）", SubjectType.HOUSEHOLD, "本村村务公开栏"),
  HOUSEHOLD_TOWNSHIP("拟脱贫户公示（单户，乡镇）", SubjectType.HOUSEHOLD, "乡镇政务公开栏"),
  IDENTIFICATION("拟纳入贫困户公示", SubjectType.HOUSEHOLD, "本村村务公开栏"),
  VILLAGE("贫困村拟出列公示", SubjectType.VILLAGE, "本村村务公开栏和乡镇政务公开栏"),
  COUNTY("贫困县拟摘帽公示", SubjectType.COUNTY, "县人民政府门户网站");

  private final String heading;
  private final SubjectType subjectType;
  private final String usualPostingPlace;

  NoticeKind(String heading, SubjectType subjectType, String usualPostingPlace) {
    this.heading = heading;
    this.subjectType = subjectType;
    this.usualPostingPlace = usualPostingPlace;
  }

  public static Optional<NoticeKind> named(Object name) {
    return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
  }

  public String heading() {
    return heading;
  }

  public SubjectType subjectType() {
    return subjectType;
  }

  public String usualPostingPlace() {
    return usualPostingPlace;
  }

  /** Lists several subjects, so an objection takes one subject off it and the rest runs on. */
  public boolean isList() {
    return this == VILLAGE_LIST || this == TOWNSHIP_LIST || this == TOWNSHIP_BOARD;
  }

  /** Posted by the township (in the village or on its own board) rather than by the village committee. */
  public boolean postedByTownship() {
    return this == TOWNSHIP_LIST || this == TOWNSHIP_BOARD || this == HOUSEHOLD_TOWNSHIP || this == HOUSEHOLD_SECOND;
  }
}
