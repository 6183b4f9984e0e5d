package cn.gov.povertyexit.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Loads the demo register, the demo counties' approved exit plans and the officials when {@code poverty-exit.demo.enabled} is true. */
@Component
public class DemoSetup {

  private static final Logger LOG = LoggerFactory.getLogger(DemoSetup.class);

  private final DemoProperties properties;
  private final DemoRegisterLoader registerLoader;
  private final DemoOfficials officials;
  private final DemoPlans plans;

  DemoSetup(DemoProperties properties, DemoRegisterLoader registerLoader, DemoOfficials officials, DemoPlans plans) {
    this.properties = properties;
    this.registerLoader = registerLoader;
    this.officials = officials;
    this.plans = plans;
  }

  /** Whether the register holds data that the demo did not load (see {@link DemoRegisterLoader#holdsRealData()}). */
  public boolean registerHoldsRealData() {
    return registerLoader.holdsRealData();
  }

  public void loadRegister() {
    if (properties.enabled()) {
      registerLoader.loadIfAbsent();
      plans.enterIfAbsent();
    }
  }

  public void createOfficials() {
    if (properties.enabled()) {
      int count = officials.ensure(properties.password()).size();
      LOG.info("Demo officials ready: {} logins (password from poverty-exit.demo.password)", count);
    }
  }
}
