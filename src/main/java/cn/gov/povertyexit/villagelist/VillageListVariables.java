package cn.gov.povertyexit.villagelist;

import cn.gov.povertyexit.tasklist.CaseSubjectListener;

/** Variables and messages of a village's exit list (村级贫困户退出名单) and of the household cases on it. */
public final class VillageListVariables {

  public static final String PROCESS_KEY = "villageHouseholdExitList";
  /** Every province's village list model: each waits for its meeting and holds its notices at the same activities. */
  static final String[] LIST_MODELS = {PROCESS_KEY, "villageHouseholdExitListHunan", HeilongjiangListVariables.PROCESS_KEY};
  /** Hunan's township notice (乡镇公示上报, seed 003 三(四)5): one for the households of all its villages' lists. */
  static final String HUNAN_TOWNSHIP_NOTICE = "townshipHouseholdNoticeHunan";
  public static final String MEETING_ACTIVITY = "Activity_AppraisalMeeting";
  /** Input parameter of a household model's join task: the key of the list model its households join. */
  public static final String LIST_PROCESS = "listProcess";

  /** Where a household case waits for each answer of its list. */
  public static final String AWAITING_APPRAISAL = "Activity_AwaitAppraisal";
  public static final String IN_VILLAGE_NOTICE = "Activity_InVillageListNotice";
  public static final String AWAITING_TOWNSHIP = "Activity_AwaitTownshipListVerification";
  public static final String IN_SECOND_NOTICE = "Activity_InSecondListNotice";

  public static final String APPRAISED_MESSAGE = "householdAppraised";
  public static final String VILLAGE_NOTICE_ENDED_MESSAGE = "villageNoticeEnded";
  public static final String TOWNSHIP_VERIFIED_MESSAGE = "townshipListVerified";
  public static final String SECOND_NOTICE_ENDED_MESSAGE = "secondNoticeEnded";

  /** The list's number within its village and year: 1 for the first meeting, 2 for households surveyed later. */
  public static final String LIST_NUMBER = CaseSubjectListener.LIST_NUMBER;
  public static final String LIST_SIZE = CaseSubjectListener.LIST_SIZE;
  /** On a household case: the list it was last put on. */
  public static final String LIST_INSTANCE = "villageListInstance";

  /** Every household of the list with its survey verdict, and the committee's decision once taken. */
  public static final String APPRAISAL_LIST = "appraisalList";
  /** The households the committee may vote on (those meeting the standard), as checklist options. */
  public static final String APPRAISAL_CANDIDATES = "appraisalCandidates";
  public static final String AGREED_HOUSEHOLDS = "agreedHouseholds";
  public static final String REFUSED_HOUSEHOLDS = "refusedHouseholds";
  public static final String APPRAISAL_DATE = "appraisalDate";
  public static final String APPRAISAL_ATTENDANCE = "appraisalAttendance";
  public static final String PROPOSED_COUNT = "proposedCount";
  /**
   * Input parameter of a list model's meeting step: the meeting's variables (comma-separated names) that each agreed
   * household's case keeps — Hunan's 评议小组 and four signatures of the 验收表 (seed 003 三(四)1).
   */
  public static final String APPRAISAL_RECORD = "appraisalRecordVariables";

  /** Hunan's 贫困户确认 (seed 003 三(四)2): one task of the work team for the households the meeting agreed to. */
  public static final String CONFIRMED_MESSAGE = "householdConfirmed";
  public static final String AWAITING_CONFIRMATION = "Activity_AwaitHouseholdConfirmation";
  /** The households the meeting agreed to, as checklist options (the list itself is {@link #NOTICE_LIST}). */
  public static final String PROPOSED_CANDIDATES = "proposedCandidates";
  /** After 贫困户确认: each household of the proposed list with whether it signed. */
  public static final String CONFIRMATION_LIST = "confirmationList";
  /** Ticked: the head signed. */
  public static final String SIGNED_BY_HEAD = "signedByHead";
  /** One a line: "户编号 签字人" for a member aged 18 or more who signed. */
  public static final String MEMBER_SIGNATURES = "memberSignatures";
  /** One a line: "户编号 受委托人 委托书编号" for a person the head authorised in writing. */
  public static final String ENTRUSTED_SIGNATURES = "entrustedSignatures";
  /** One a line: "户编号 理由" for a household that did not sign; it stays on the register. */
  public static final String UNSIGNED_HOUSEHOLDS = "unsignedHouseholds";
  /** One a line: "户编号 帮扶责任人" for each household that signed; the helper signs to confirm. */
  public static final String HELPER_SIGNATURES = "helperSignatures";
  public static final String SIGNED_COUNT = "signedCount";
  /** The list as posted in the village: head's name and reason only. */
  public static final String NOTICE_LIST = "noticeList";

  public static final String VERIFICATION_LIST = "verificationList";
  public static final String VERIFICATION_CANDIDATES = "verificationCandidates";
  public static final String VERIFICATION_COUNT = "verificationCount";
  public static final String CONFIRMED_HOUSEHOLDS = "confirmedHouseholds";
  public static final String HOUSEHOLDS_TO_CORRECT = "householdsToCorrect";
  public static final String VERIFICATION_DATE = "verificationDate";
  public static final String CONFIRMED_COUNT = "confirmedCount";
  public static final String SECOND_NOTICE_LIST = "secondNoticeList";

  /**
   * Hunan's 乡镇公示 (seed 003 三(四)5): one notice per township, posted by the township government, that the verified
   * households of all its villages' lists join; it answers them {@link #SECOND_NOTICE_ENDED_MESSAGE} when it ends.
   */
  public static final String TOWNSHIP_NOTICE_PROCESS = "townshipNoticeProcess";
  public static final String TOWNSHIP_POSTING_ACTIVITY = "Activity_PostTownshipNotice";
  /** On a township notice: the village lists whose households it posts. */
  public static final String VILLAGE_LISTS = "villageLists";
  /** On a village list: the township notice its verified households joined. */
  public static final String TOWNSHIP_NOTICE_INSTANCE = "townshipNoticeInstance";

  /** On the household case: the township asks for its own home verification with corrected facts. */
  public static final String TOWNSHIP_CORRECTION_NEEDED = "townshipCorrectionNeeded";

  private VillageListVariables() {}
}
