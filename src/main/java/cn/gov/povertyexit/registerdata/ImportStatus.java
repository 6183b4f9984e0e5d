package cn.gov.povertyexit.registerdata;

import java.time.LocalDateTime;
import java.util.List;

/** An import as its page shows it: what was sent, how far it has come, and what it found or wrote. */
public record ImportStatus(String id, String countyCode, String fileName, String fileSha256, String actor, boolean dryRun,
    State state, String phase, int rowsDone, int householdsCreated, int householdsChanged, int membersCreated,
    int membersChanged, int incomesCreated, int incomesChanged, int unchangedRows, int problemCount,
    List<String> problems, List<String> changeList, LocalDateTime createdAt, LocalDateTime finishedAt) {

  public enum State {
    QUEUED("排队等待"), RUNNING("进行中"), CHECKED("检查通过，尚未写入"), IMPORTED("已导入登记簿"),
    REFUSED("有错误，未写入任何数据"), FAILED("出错，未写入任何数据");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public boolean finished() {
      return this != QUEUED && this != RUNNING;
    }
  }

  public String stateLabel() {
    return state.label();
  }

  public boolean finished() {
    return state.finished();
  }

  public boolean committable() {
    return state == State.CHECKED;
  }

  public int changes() {
    return householdsCreated + householdsChanged + membersCreated + membersChanged + incomesCreated + incomesChanged;
  }
}
