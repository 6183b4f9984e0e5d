package cn.gov.povertyexit.villagelist;

import cn.gov.povertyexit.notice.NoticeKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 张贴乡镇退出名单（第二次公示, seed 000 五(1)): the households the township verified are posted again in the village,
 * at the place the township states on its verification form.
 */
@Component
public class PostTownshipListNoticeDelegate implements ExecutionListener {

  /** Its own variable: the committee's place of the first notice must not stand in for the township's statement. */
  static final String SECOND_NOTICE_PLACE = "secondNoticePostingPlace";

  private final ListNoticePosting posting;

  PostTownshipListNoticeDelegate(ListNoticePosting posting) {
    this.posting = posting;
  }

  @Override
  public void notify(DelegateExecution list) {
    posting.post(list, NoticeKind.TOWNSHIP_LIST, VillageListVariables.SECOND_NOTICE_LIST, SECOND_NOTICE_PLACE, true);
  }
}
