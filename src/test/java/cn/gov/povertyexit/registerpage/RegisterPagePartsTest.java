package cn.gov.povertyexit.registerpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;

class RegisterPagePartsTest {

  @Test
  void shouldShowTheFirstSixAndLastFourCharactersOfANationalId() {
    assertThat(NationalIdMask.mask("36042419660101001X")).isEqualTo("360424********001X");
    assertThat(NationalIdMask.mask("360424196601010012")).hasSize(18).doesNotContain("19660101");
  }

  @Test
  void shouldMaskEveryNationalIdInATrailText() {
    assertThat(RegisterRecords.masked("异议人称 360424196601010012 之子在外务工")).isEqualTo("异议人称 360424********0012 之子在外务工");
    assertThat(RegisterRecords.masked("住房安全等级：C → B")).isEqualTo("住房安全等级：C → B");
  }

  @Test
  void shouldAcceptOnlyWholePageNumbersFromOne() {
    assertThat(PageRequest.parse(null)).contains(new PageRequest(1));
    assertThat(PageRequest.parse(" 2 ")).contains(new PageRequest(2));
    assertThat(PageRequest.parse("2").get().offset()).isEqualTo(50);
    assertThat(List.of("0", "-1", "abc", "1.5", "9999999", "100001")).allSatisfy(text -> assertThat(PageRequest.parse(text)).isEmpty());
  }

  @Test
  void shouldCountPagesOfFiftyRows() {
    assertThat(new Paged<>(List.of(), 0, 1).pages()).isEqualTo(1);
    assertThat(new Paged<>(List.of(), 50, 1).pages()).isEqualTo(1);
    Paged<String> second = new Paged<>(List.of("a", "b"), 52, 2);
    assertThat(second.pages()).isEqualTo(2);
    assertThat(second.firstRow()).isEqualTo(51);
    assertThat(second.lastRow()).isEqualTo(52);
    assertThat(second.hasNext()).isFalse();
    assertThat(second.hasPrevious()).isTrue();
  }

  @Test
  void shouldScopeAnOfficialToThePlacesOfTheirGroups() {
    RegisterScope village = RegisterScope.of(new Authentication("v", List.of("village-360424100201-committee")));
    RegisterScope city = RegisterScope.of(new Authentication("c", List.of("city-360400-supervisor")));
    RegisterScope none = RegisterScope.of(new Authentication("x", List.of("camunda-users")));

    assertThat(village.covers("360424100201")).isTrue();
    assertThat(village.covers("360424100202")).isFalse();
    assertThat(village.covers("360424")).isFalse();
    assertThat(city.covers("360424")).isTrue();
    assertThat(city.covers("360428101202")).isTrue();
    assertThat(city.covers("430000")).isFalse();
    assertThat(none.condition("v.code")).isEqualTo("1 = 0");
    assertThat(city.condition("v.code")).isEqualTo("(v.code like ?)");
    assertThat(city.parameters()).containsExactly("3604%");
  }

  @Test
  void shouldStateIncidenceStrictlyBelowTheThreshold() {
    Incidence atThreshold = new Incidence(20, 1000, new BigDecimal("0.02"));
    Incidence below = new Incidence(19, 1000, new BigDecimal("0.02"));

    assertThat(atThreshold.percent()).isEqualTo("2.00%");
    assertThat(atThreshold.belowThreshold()).isFalse();
    assertThat(below.belowThreshold()).isTrue();
    assertThat(below.thresholdPercent()).isEqualTo("2%");
    assertThat(new Incidence(0, 0, null).percent()).isEqualTo("—");
  }

  @Test
  void shouldMergeStatusAndDataChangesByTime() {
    TrailEntry registered = entry("2016-01-01T00:00:00Z", "状态变更");
    TrailEntry verified = entry("2020-12-05T02:00:00Z", "户信息变更");
    TrailEntry preExit = entry("2020-03-01T00:00:00Z", "状态变更");

    assertThat(TrailEntry.merged(List.of(registered, preExit), List.of(verified)))
        .containsExactly(registered, preExit, verified);
    assertThat(verified.time()).isEqualTo("2020-12-05 10:00");
  }

  private static TrailEntry entry(String at, String kind) {
    return new TrailEntry(Instant.parse(at), kind, "", "actor", null, null, null);
  }
}
