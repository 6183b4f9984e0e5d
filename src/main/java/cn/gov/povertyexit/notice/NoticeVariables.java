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
  public static final String OBJECTION_FINDINGS = "objectionFindings";
  /** The register's record (notice_objection) of the objection being verified. */
  public static final String OBJECTION_RECORD_ID = "objectionRecordId";
  /** The objection just registered, handed from 登记异议 to the notice; moved into the queue at once. */
  public static final String INCOMING_OBJECTOR = "incomingObjectorName";
  public static final String INCOMING_CONTENT = "incomingObjectionContent";
  public static final String INCOMING_RECEIVED_BY = "incomingObjectionReceivedBy";
  /** Objections of this notice not yet verified, oldest first (JSON list). */
  public static final String OBJECTION_QUEUE = "objectionQueue";

  private NoticeVariables() {}
}
