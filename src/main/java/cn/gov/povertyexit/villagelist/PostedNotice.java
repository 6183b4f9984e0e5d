package cn.gov.povertyexit.villagelist;

import java.time.LocalDate;
import java.util.List;

/**
 * A notice as it is posted on the board, from its record: where, for which year and batch, the period as officials
 * count it (from the day after posting to the last day), and one row per household with the head's name, the
 * household's size, its per-capita income and the reason — nothing that identifies a person beyond the name (no
 * 身份证号, telephone, health or disability).
 */
public record PostedNotice(String noticeId, String listId, NoticeStage stage, boolean postedByTownship, String placeCode,
    String villageName, String townshipName, String countyName, int year, int listNumber, String heading,
    String povertyLine, String provincialPovertyLine, boolean drinkingWater, LocalDate postedOn, LocalDate start,
    LocalDate end, String postingPlace, String outcome, int householdCount, List<Row> rows) {

  /** One household; its village is named only on a township's notice, which covers several villages. */
  public record Row(String headName, String villageName, int memberCount, String perCapitaIncome, String reason) {}

  PostedNotice withRows(List<Row> printedRows, String provincialLine) {
    return new PostedNotice(noticeId, listId, stage, postedByTownship, placeCode, villageName, townshipName, countyName,
        year, listNumber, heading, povertyLine, provincialLine, drinkingWater, postedOn, start, end, postingPlace,
        outcome, householdCount, printedRows);
  }

  public boolean namesVillages() {
    return stage == NoticeStage.TOWNSHIP_BOARD;
  }

  /**
   * The standard the households met (seed 000 四(1); 饮水安全 too where the province requires it, 003 三(二), 004 三),
   * stated once for the whole list; where households of the provincial standard are on it, their line too (004 三(一)).
   */
  public String standard() {
    return "，其年人均纯收入稳定超过" + year + "年国家扶贫标准（" + povertyLine + "元）"
        + (provincialPovertyLine == null ? "" : "（省标准贫困户稳定超过" + year + "年省扶贫标准（" + provincialPovertyLine + "元））")
        + "，不愁吃、不愁穿，义务教育、基本医疗、"
        + "住房安全" + (drinkingWater ? "、饮水安全" : "") + "有保障。现予公示";
  }

  /** "2018年度拟退出贫困户名单公示（第1批）", the heading printed on the notice as it was posted. */
  public String title() {
    return heading;
  }

  /** Whose board it hangs on and who answers objections: the village committee, or the township for its list. */
  public String issuer() {
    return postedByTownship ? townshipName + "人民政府" : villageName + "村民委员会";
  }
}
