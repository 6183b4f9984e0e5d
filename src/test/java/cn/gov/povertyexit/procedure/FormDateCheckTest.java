package cn.gov.povertyexit.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormDateCheckTest {

  private static final LocalDate TODAY = LocalDate.of(2021, 3, 1);
  private static final FormDateCheck.DateField APPRAISAL = FormDateCheck.FIELDS.get("appraisalDate");
  private static final FormDateCheck.DateField FILING = FormDateCheck.FIELDS.get("cityFilingDate");

  @Test
  void shouldUnderstandTheWaysAChineseOfficialWritesADate() {
    assertThat(FormDates.parse("2020-12-05")).contains(LocalDate.of(2020, 12, 5));
    assertThat(FormDates.parse("2020/12/5")).contains(LocalDate.of(2020, 12, 5));
    assertThat(FormDates.parse("2020.12.05")).contains(LocalDate.of(2020, 12, 5));
    assertThat(FormDates.parse("2020年12月5日")).contains(LocalDate.of(2020, 12, 5));
    assertThat(FormDates.parse(" 2020 年 1 月 5 日 ")).contains(LocalDate.of(2020, 1, 5));
  }

  @Test
  void shouldNeverGuessADateFromSomethingElse() {
    assertThat(FormDates.parse("12/05/2020")).isEmpty();
    assertThat(FormDates.parse("2020年13月5日")).isEmpty();
    assertThat(FormDates.parse("2021-02-29")).isEmpty();
    assertThat(FormDates.parse("去年腊月")).isEmpty();
  }

  @Test
  void shouldRefuseAnAppraisalOutsideTheCaseYearOrInTheFutureInChinese() {
    assertThat(FormDateCheck.check("2020年12月31日", APPRAISAL, 2020, TODAY)).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThatThrownBy(() -> FormDateCheck.check("2021-01-01", APPRAISAL, 2020, TODAY))
        .isInstanceOf(CaseRefusedException.class).hasMessage("评议日期应在2020年内（2021-01-01）");
    assertThatThrownBy(() -> FormDateCheck.check("2019-12-31", APPRAISAL, 2020, TODAY))
        .hasMessage("评议日期不能早于2020年（2019-12-31）");
    assertThatThrownBy(() -> FormDateCheck.check("2021-03-02", FILING, 2020, TODAY))
        .hasMessage("备案日期不能晚于今天（2021-03-02）");
    assertThatThrownBy(() -> FormDateCheck.check("12/05/2020", FILING, 2020, TODAY))
        .hasMessage("备案日期「12/05/2020」不是有效日期，请按 2020-12-05 或 2020年12月5日 的格式填写");
  }

  @Test
  void shouldLetAFilingOfTheFollowingYearThrough() {
    assertThat(FormDateCheck.check("2021-01-15", FILING, 2020, TODAY)).isEqualTo(LocalDate.of(2021, 1, 15));
  }
}
