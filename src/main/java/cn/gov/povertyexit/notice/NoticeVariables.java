package cn.gov.povertyexit.notice;

/** Variables of the public notice (公示) and the objections raised against it. */
public final class NoticeVariables {

  public static final String PROCESS_KEY = "publicNotice";
  public static final String OBJECTION_REGISTRATION_KEY = "objectionRegistration";
  public static final String OBJECTION_MESSAGE = "objectionRaised";
  public static final String NOTICE_NAME = "noticeName";
  public static final String OBJECTION_UPHELD = "objectionUpheld";
  public static final String OBJECTOR_NAME = "objectorName";
  public static final String OBJECTION_CONTENT = "objectionContent";
  public static final String OBJECTION_RECEIVED_BY = "objectionReceivedBy";

  private NoticeVariables() {}
}
