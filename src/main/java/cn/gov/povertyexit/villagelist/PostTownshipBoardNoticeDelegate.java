package cn.gov.povertyexit.villagelist;

import cn.gov.povertyexit.notice.NoticeKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** 乡镇公示 (Hunan, seed 003 三(四)4): the township's list on its own board, where its posting form says. */
@Component
public class PostTownshipBoardNoticeDelegate implements ExecutionListener {

  static final String TOWNSHIP_NOTICE_PLACE = "townshipNoticePlace";

  private final ListNoticePosting posting;

  PostTownshipBoardNoticeDelegate(ListNoticePosting posting) {
    this.posting = posting;
  }

  @Override
  public void notify(DelegateExecution notice) {
    posting.post(notice, NoticeKind.TOWNSHIP_BOARD, VillageListVariables.SECOND_NOTICE_LIST, TOWNSHIP_NOTICE_PLACE, true);
  }
}
