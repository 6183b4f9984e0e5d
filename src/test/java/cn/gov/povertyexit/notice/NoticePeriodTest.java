package cn.gov.povertyexit.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The counting rule officials use (seed 000 五(1) "不少于7天"): from the day after posting to 24:00 of the N-th day. */
class NoticePeriodTest {

  private static Instant china(String dateTime) {
    return OffsetDateTime.parse(dateTime + "+08:00").toInstant();
  }

  @Test
  void shouldCountSevenDaysFromTheDayAfterPostingWhateverTheHour() {
    for (String hour : new String[] {"2020-11-02T00:00:00", "2020-11-02T09:30:00", "2020-11-02T23:59:59"}) {
      LocalDate posted = NoticePeriod.postedOn(china(hour));
      assertThat(posted).as(hour).isEqualTo(LocalDate.of(2020, 11, 2));
      assertThat(NoticePeriod.endsOn(posted, 7)).as(hour).isEqualTo(LocalDate.of(2020, 11, 9));
    }
  }

  @Test
  void shouldStartADayLaterForANoticePostedAtMidnight() {
    LocalDate lateEvening = NoticePeriod.postedOn(china("2020-11-02T23:59:00"));
    LocalDate midnight = NoticePeriod.postedOn(china("2020-11-03T00:00:00"));

    assertThat(NoticePeriod.endsOn(lateEvening, 7)).isEqualTo(LocalDate.of(2020, 11, 9));
    assertThat(NoticePeriod.endsOn(midnight, 7)).isEqualTo(LocalDate.of(2020, 11, 10));
  }

  @Test
  void shouldTakeTheChinaDateOfAPostingMadeBeforeMidnightUtc() {
    // 2020-11-02T17:00Z is already 11-03 01:00 in China: the notice is posted on the 3rd
    assertThat(NoticePeriod.postedOn(Instant.parse("2020-11-02T17:00:00Z"))).isEqualTo(LocalDate.of(2020, 11, 3));
  }

  @Test
  void shouldRunOutAtTwentyFourHundredOfTheLastDayChinaTime() {
    Instant runsOut = NoticePeriod.runsOutAt(NoticePeriod.endsOn(LocalDate.of(2020, 11, 2), 7));

    assertThat(runsOut).isEqualTo(china("2020-11-10T00:00:00"));
    assertThat(runsOut).isNotEqualTo(china("2020-11-09T23:59:59")).isNotEqualTo(china("2020-11-10T00:00:01"));
    assertThat(runsOut).isEqualTo(Instant.parse("2020-11-09T16:00:00Z"));
  }

  @Test
  void shouldCountALongerConfiguredPeriodTheSameWay() {
    LocalDate endsOn = NoticePeriod.endsOn(LocalDate.of(2020, 11, 2), 10);

    assertThat(endsOn).isEqualTo(LocalDate.of(2020, 11, 12));
    assertThat(NoticePeriod.runsOutAt(endsOn)).isEqualTo(china("2020-11-13T00:00:00"));
  }

  @Test
  void shouldCountAcrossTheEndOfAMonthAndAYear() {
    assertThat(NoticePeriod.endsOn(LocalDate.of(2020, 12, 28), 7)).isEqualTo(LocalDate.of(2021, 1, 4));
  }

  @Test
  void shouldRefuseAPeriodOfNoDays() {
    assertThatThrownBy(() -> NoticePeriod.endsOn(LocalDate.of(2020, 11, 2), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
