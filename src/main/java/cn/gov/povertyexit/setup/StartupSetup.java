package cn.gov.povertyexit.setup;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.production.UnsafeSettingsRefusal;
import cn.gov.povertyexit.tasklist.TasklistFilters;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What runs once the models are deployed, before the application reports itself ready, in this order: demo register (if on), groups, tenants and
 * authorizations for every jurisdiction on the register, demo officials (if on), Tasklist filters. Every step is
 * idempotent, so restarts change nothing.
 */
@Component
class StartupSetup {

  private final DemoSetup demo;
  private final OfficialAccessSetup access;
  private final TasklistFilters filters;
  private final UnsafeSettingsRefusal unsafeSettings;

  StartupSetup(DemoSetup demo, OfficialAccessSetup access, TasklistFilters filters, UnsafeSettingsRefusal unsafeSettings) {
    this.demo = demo;
    this.unsafeSettings = unsafeSettings;
    this.access = access;
    this.filters = filters;
  }

  @EventListener(PostDeployEvent.class)
  public void setUp() {
    unsafeSettings.refuseDemoOnRealRegister(demo.registerHoldsRealData());
    demo.loadRegister();
    access.synchronise();
    demo.createOfficials();
    filters.ensure();
  }
}
