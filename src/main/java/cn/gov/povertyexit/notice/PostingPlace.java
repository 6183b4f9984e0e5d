package cn.gov.povertyexit.notice;

import cn.gov.povertyexit.procedure.CaseRefusedException;

/** 张贴地点 as the posting official states it: required, at most {@value #MAX_LENGTH} characters. */
public final class PostingPlace {

  /** The variable of the posting forms' field. */
  public static final String VARIABLE = "noticePostingPlace";
  public static final int MAX_LENGTH = 200;

  private PostingPlace() {}

  public static String checked(Object stated) {
    String place = stated == null ? "" : stated.toString().strip();
    if (place.isEmpty()) {
      throw new CaseRefusedException("请填写公示张贴地点（如“本村村务公开栏”）");
    }
    if (place.codePointCount(0, place.length()) > MAX_LENGTH) {
      throw new CaseRefusedException("公示张贴地点不能超过" + MAX_LENGTH + "个字");
    }
    return place;
  }
}
