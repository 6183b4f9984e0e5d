package cn.gov.povertyexit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.povertyexit.support.FreshHouseholds;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The register's status changes and their trail, on PostgreSQL. Uses households of 杨梅村, a non-poor village. */
class StatusRegisterIT extends PostgresApplicationTest {

  @Autowired StatusRegister register;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldRecordEveryStatusChangeWithActorProcessAndReason() {
    // given
    String household = "3604241012020001";
    int before = register.history(SubjectType.HOUSEHOLD, household).size();

    // when
    register.changeStatus(SubjectType.HOUSEHOLD, household, HouseholdStatus.PRE_EXIT,
        new ChangeContext("county-360424-office", "pi-42", "列入2020年度预退出计划"));

    // then
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household)).contains(HouseholdStatus.PRE_EXIT);
    List<StatusChange> history = register.history(SubjectType.HOUSEHOLD, household);
    assertThat(history).hasSize(before + 1);
    StatusChange last = history.get(history.size() - 1);
    assertThat(last.fromStatus()).isEqualTo("POOR");
    assertThat(last.toStatus()).isEqualTo("PRE_EXIT");
    assertThat(last.actor()).isEqualTo("county-360424-office");
    assertThat(last.processInstanceId()).isEqualTo("pi-42");
    assertThat(last.reason()).isEqualTo("列入2020年度预退出计划");
    assertThat(history.get(0).toStatus()).isEqualTo("POOR");
  }

  @Test
  void shouldRefuseAChangeTheProceduresDoNotAllowAndChangeNothing() {
    // given: a poor household cannot be marked exited without going through pre-exit
    String household = "3604241012020002";
    int before = register.history(SubjectType.HOUSEHOLD, household).size();

    // when / then
    assertThatThrownBy(() -> register.changeStatus(SubjectType.HOUSEHOLD, household, HouseholdStatus.EXITED,
        new ChangeContext("county-360424-office", null, "直接标记脱贫")))
        .isInstanceOf(RegisterException.class)
        .hasMessage("贫困户 3604241012020002 当前状态为「未脱贫」，不能变更为「已脱贫」");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household)).contains(HouseholdStatus.POOR);
    assertThat(register.history(SubjectType.HOUSEHOLD, household)).hasSize(before);
  }

  @Test
  void shouldKeepAnOfficialsRemarkOfTwoThousandCharacters() {
    String household = poorHousehold();
    String remark = "经入户核实，该户".repeat(250);
    assertThat(remark).hasSize(2000);

    register.changeStatus(SubjectType.HOUSEHOLD, household, HouseholdStatus.PRE_EXIT,
        new ChangeContext("township-360424101-government", null, "乡镇入户核实意见：" + remark));

    List<StatusChange> history = register.history(SubjectType.HOUSEHOLD, household);
    assertThat(history.get(history.size() - 1).reason()).endsWith(remark);
  }

  @Test
  void shouldRefuseAnOverlongReasonWithAMessageAndChangeNothing() {
    String household = poorHousehold();
    int before = register.history(SubjectType.HOUSEHOLD, household).size();

    assertThatThrownBy(() -> register.changeStatus(SubjectType.HOUSEHOLD, household, HouseholdStatus.PRE_EXIT,
        new ChangeContext("county-360424-office", null, "说".repeat(StatusRegister.MAX_REASON_LENGTH + 1))))
        .isInstanceOf(RegisterException.class)
        .hasMessage("说明过长：最多4000个字，现为4001个字，请精简后重新提交");
    assertThat(register.currentStatus(SubjectType.HOUSEHOLD, household)).contains(HouseholdStatus.POOR);
    assertThat(register.history(SubjectType.HOUSEHOLD, household)).hasSize(before);
  }

  private String poorHousehold() {
    return FreshHouseholds.copyOf(jdbc, FreshHouseholds.MEETS_THE_STANDARD);
  }

  @Test
  void shouldRefuseUnknownSubjects() {
    assertThatThrownBy(() -> register.changeStatus(SubjectType.VILLAGE, "360424999999", VillageStatus.PRE_EXIT,
        new ChangeContext("county-360424-government", null, "列入出列计划")))
        .isInstanceOf(RegisterException.class)
        .hasMessage("登记册中没有编号为 360424999999 的贫困村");
    assertThat(register.history(SubjectType.VILLAGE, "360424999999")).isEmpty();
  }

  @Test
  void shouldRefuseAChangeWithoutReason() {
    assertThatThrownBy(() -> new ChangeContext("county-360424-office", null, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("登记册变更必须说明原因");
  }
}
