package cn.gov.povertyexit.villagelist;

import cn.gov.povertyexit.tasklist.CaseSubjectListener;

/** Variables and messages of a village's exit list (村级贫困户退出名单) and of the household cases on it. */
public final class VillageListVariables {

  public static final String PROCESS_KEY = "villageHouseholdExitList";
  /** Every province's village list model: each waits for its meeting and holds its notices at the same activities. */
  static final String[] LIST_MODELS = {PROCESS_KEY, HeilongjiangListVariables.PROCESS_KEY};
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
  /** The households the meeting proposed, as checklist options for a province's next list step. */
  public static final String PROPOSED_CANDIDATES = "proposedCandidates";
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

  /** On the household case: the township asks for its own home verification with corrected facts. */
  public static final String TOWNSHIP_CORRECTION_NEEDED = "townshipCorrectionNeeded";

  private VillageListVariables() {}
}
