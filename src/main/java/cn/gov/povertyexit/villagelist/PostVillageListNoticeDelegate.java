package cn.gov.povertyexit.villagelist;

import cn.gov.povertyexit.notice.NoticeKind;
import cn.gov.povertyexit.notice.PostingPlace;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 张贴村拟退出名单公示 (seed 000 五(1)): the list the village fixed is posted in the village, in the transaction of the
 * step that fixed it. The committee states the place on its meeting form; the forms of Heilongjiang's and Hunan's
 * lists do not ask yet, so there the village board stands in.
 */
@Component
public class PostVillageListNoticeDelegate implements ExecutionListener {

  private final ListNoticePosting posting;

  PostVillageListNoticeDelegate(ListNoticePosting posting) {
    this.posting = posting;
  }

  @Override
  public void notify(DelegateExecution list) {
    boolean askedOnForm = list.getProcessDefinitionId().startsWith(VillageListVariables.PROCESS_KEY + ":");
    posting.post(list, NoticeKind.VILLAGE_LIST, VillageListVariables.NOTICE_LIST, PostingPlace.VARIABLE, askedOnForm);
  }
}
