package cn.gov.povertyexit.production;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnsafeSettingsRefusalTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "demo", "DEMO", "admin", "camunda", "password", "short7c"})
  void shouldRefuseAnEmptyShortOrDefaultAdminPasswordInProduction(String password) {
    UnsafeSettingsRefusal refusal = new UnsafeSettingsRefusal(true, password, false);

    assertThatThrownBy(() -> refusal.preInit(null)).isInstanceOf(UnsafeSettingsException.class)
        .hasMessageContaining("POVERTY_EXIT_ADMIN_PASSWORD");
  }

  @Test
  void shouldAcceptAnOperatorsOwnPassword() {
    assertThatCode(() -> new UnsafeSettingsRefusal(true, "Xiushui-2020-ops", false).preInit(null)).doesNotThrowAnyException();
  }

  @Test
  void shouldLeaveTheZeroSetupDefaultAlone() {
    assertThatCode(() -> new UnsafeSettingsRefusal(false, "demo", true).preInit(null)).doesNotThrowAnyException();
    assertThatCode(() -> new UnsafeSettingsRefusal(false, "demo", true).refuseDemoOnRealRegister(true)).doesNotThrowAnyException();
  }

  @Test
  void shouldRefuseTheDemoOnlyOnARegisterWithRealData() {
    UnsafeSettingsRefusal withDemo = new UnsafeSettingsRefusal(true, "Xiushui-2020-ops", true);

    assertThatThrownBy(() -> withDemo.refuseDemoOnRealRegister(true)).hasMessageContaining("POVERTY_EXIT_DEMO");
    assertThatCode(() -> withDemo.refuseDemoOnRealRegister(false)).doesNotThrowAnyException();
    assertThatCode(() -> new UnsafeSettingsRefusal(true, "Xiushui-2020-ops", false).refuseDemoOnRealRegister(true))
        .doesNotThrowAnyException();
  }
}
