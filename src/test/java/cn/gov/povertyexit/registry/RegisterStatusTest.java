package cn.gov.povertyexit.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The status changes the procedures allow: exit only through pre-exit, and an exit is never silently undone. */
class RegisterStatusTest {

  @Test
  void shouldLetAHouseholdExitOnlyThroughPreExit() {
    assertThat(HouseholdStatus.POOR.canChangeTo(HouseholdStatus.EXITED)).isFalse();
    assertThat(HouseholdStatus.POOR.canChangeTo(HouseholdStatus.PRE_EXIT)).isTrue();
    assertThat(HouseholdStatus.PRE_EXIT.canChangeTo(HouseholdStatus.EXITED)).isTrue();
    assertThat(HouseholdStatus.PRE_EXIT.canChangeTo(HouseholdStatus.POOR)).isTrue();
  }

  @Test
  void shouldLeaveAnExitedHouseholdOnlyByReturnOrRevocation() {
    assertThat(HouseholdStatus.EXITED.canChangeTo(HouseholdStatus.RETURNED)).isTrue();
    assertThat(HouseholdStatus.EXITED.canChangeTo(HouseholdStatus.REVOKED)).isTrue();
    assertThat(HouseholdStatus.EXITED.canChangeTo(HouseholdStatus.POOR)).isFalse();
    assertThat(HouseholdStatus.REVOKED.canChangeTo(HouseholdStatus.PRE_EXIT)).isTrue();
  }

  @Test
  void shouldRemoveOnlyAHouseholdNotExitedAndNeverBringARemovedOneBack() {
    assertThat(HouseholdStatus.POOR.canChangeTo(HouseholdStatus.REMOVED)).isTrue();
    assertThat(HouseholdStatus.RETURNED.canChangeTo(HouseholdStatus.REMOVED)).isTrue();
    assertThat(HouseholdStatus.PRE_EXIT.canChangeTo(HouseholdStatus.REMOVED)).as("in an exit procedure").isFalse();
    assertThat(HouseholdStatus.EXITED.canChangeTo(HouseholdStatus.REMOVED)).isFalse();
    for (HouseholdStatus next : HouseholdStatus.values()) {
      assertThat(HouseholdStatus.REMOVED.canChangeTo(next)).as("已剔除 → " + next.label()).isFalse();
    }
    assertThat(HouseholdStatus.REMOVED.label()).isEqualTo("已剔除");
  }

  @Test
  void shouldNeverPlanANonPoorVillageOrCountyForExit() {
    assertThat(VillageStatus.NOT_POOR.canChangeTo(VillageStatus.PRE_EXIT)).isFalse();
    assertThat(CountyStatus.NOT_POOR.canChangeTo(CountyStatus.APPLIED)).isFalse();
    assertThat(VillageStatus.POOR_VILLAGE.canChangeTo(VillageStatus.EXITED)).isFalse();
    assertThat(CountyStatus.APPLIED.canChangeTo(CountyStatus.EXITED)).isTrue();
  }

  @Test
  void shouldNameEveryStatusInChinese() {
    assertThat(HouseholdStatus.EXITED.label()).isEqualTo("已脱贫");
    assertThat(HouseholdStatus.REVOKED.label()).isEqualTo("回退");
    assertThat(VillageStatus.EXITED.label()).isEqualTo("已出列");
    assertThat(CountyStatus.EXITED.label()).isEqualTo("已摘帽");
  }
}
