package cn.gov.povertyexit.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

class ListedEntriesTest {

  @Test
  void shouldReadOneEntryALineWithItsColumns() {
    String typed = "王伟 宁州镇扶贫办主任\n\n李娜，宁州镇民政所干部\r\n张敏";

    assertThat(ListedEntries.read(typed, "name", "position")).containsExactly(
        List.of("王伟", "宁州镇扶贫办主任"), List.of("李娜", "宁州镇民政所干部"), List.of("张敏", ""));
  }

  @Test
  void shouldKeepTheRestOfTheLineInTheLastColumn() {
    assertThat(ListedEntries.read("3604241002010003 家庭成员有 财政供养人员", "householdId", "reason"))
        .containsExactly(List.of("3604241002010003", "家庭成员有 财政供养人员"));
  }

  @Test
  void shouldTakeEntriesSeparatedByTheEnumerationComma() {
    assertThat(ListedEntries.read("王伟、李娜、张敏", "name", "position")).extracting(entry -> entry.get(0))
        .containsExactly("王伟", "李娜", "张敏");
  }

  @Test
  void shouldReadTheJsonArrayOfARestClientAndSkipBlankRows() {
    Object json = Spin.JSON("[{\"householdId\":\"3604241002010003\",\"reason\":\"收入不实\"},{\"householdId\":\"\",\"reason\":\"\"}]");

    assertThat(ListedEntries.read(json, "householdId", "reason")).containsExactly(List.of("3604241002010003", "收入不实"));
  }

  @Test
  void shouldReadSeveralIdsOnALine() {
    assertThat(ListedEntries.values("3604241002010003 3604241002010005\n3604241002010007", "householdId"))
        .containsExactly("3604241002010003", "3604241002010005", "3604241002010007");
  }
}
