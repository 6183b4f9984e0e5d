package cn.gov.povertyexit.production;

import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A production installation ({@code poverty-exit.production.refuse-unsafe-settings}, on under the postgres profile)
 * does not start with a default or empty administrator password, nor with the demo switched on against a register
 * that holds real data. The password is checked before the engine is built, so that the administrator is never
 * created with a password that is then kept.
 */
@Component
public class UnsafeSettingsRefusal extends AbstractProcessEnginePlugin {

  static final int MINIMUM_PASSWORD_LENGTH = 8;
  private static final Set<String> DEFAULT_PASSWORDS =
      Set.of("demo", "admin", "camunda", "password", "changeme", "12345678", "123456789");

  private final boolean refuse;
  private final String adminPassword;
  private final boolean demoEnabled;

  UnsafeSettingsRefusal(@Value("${poverty-exit.production.refuse-unsafe-settings:false}") boolean refuse,
      @Value("${camunda.bpm.admin-user.password:}") String adminPassword,
      @Value("${poverty-exit.demo.enabled:false}") boolean demoEnabled) {
    this.refuse = refuse;
    this.adminPassword = adminPassword;
    this.demoEnabled = demoEnabled;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!refuse) {
      return;
    }
    String password = adminPassword == null ? "" : adminPassword.strip();
    if (password.isEmpty() || DEFAULT_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))
        || password.length() < MINIMUM_PASSWORD_LENGTH) {
      throw new UnsafeSettingsException("拒绝启动：管理员 admin 的密码为空、过短或为默认值。请设置环境变量 "
          + "POVERTY_EXIT_ADMIN_PASSWORD（至少" + MINIMUM_PASSWORD_LENGTH + "个字符，不得为 demo 等默认密码）后重新启动。");
    }
  }

  /** Called before the demo register is loaded: the demo never mixes its synthetic households into real data. */
  public void refuseDemoOnRealRegister(boolean registerHoldsRealData) {
    if (refuse && demoEnabled && registerHoldsRealData) {
      throw new UnsafeSettingsException("拒绝启动：演示数据已开启（POVERTY_EXIT_DEMO=true），但数据库中已有真实登记数据。"
          + "生产环境请设置 POVERTY_EXIT_DEMO=false，演示请使用单独的空数据库。");
    }
  }
}
