package cn.gov.povertyexit.villagelist;

/**
 * Variables and messages of Heilongjiang's village list (村级贫困户退出名单（黑龙江省）, seed 004 四(一)) beyond those
 * every list model shares ({@link VillageListVariables}).
 */
public final class HeilongjiangListVariables {

  public static final String PROCESS_KEY = "villageHouseholdExitListHeilongjiang";

  /** Where a Heilongjiang household case waits for its list's steps after the meeting. */
  public static final String AWAITING_CONFIRMATION = "Activity_AwaitConfirmation";
  public static final String AWAITING_ANNOUNCEMENT = "Activity_AwaitAnnouncement";

  public static final String CONFIRMED_MESSAGE = "householdConfirmed";
  public static final String ANNOUNCED_MESSAGE = "exitAnnounced";

  /** 核实并征得贫困户认可: the households that agree (ticked), those that do not ("户编号 理由" a line), who verified. */
  public static final String AGREEING_HOUSEHOLDS = "agreeingHouseholds";
  public static final String DISAGREEING_HOUSEHOLDS = "disagreeingHouseholds";
  public static final String CONFIRMATION_VERIFIERS = "confirmationVerifiers";
  public static final String CONFIRMATION_REMARKS = "confirmationRemarks";
  public static final String AGREEING_COUNT = "agreeingCount";

  public static final String ANNOUNCEMENT_DATE = "announcementDate";

  private HeilongjiangListVariables() {}
}
