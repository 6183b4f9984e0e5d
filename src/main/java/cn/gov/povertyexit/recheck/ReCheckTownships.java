package cn.gov.povertyexit.recheck;

import cn.gov.povertyexit.deployment.UsableInModels;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The townships a re-check goes to, as the model reads them: {@code ${reCheckTownships.of(execution)}} — one
 * verification per township, with all of its households named, not one per household.
 */
@Component("reCheckTownships")
@UsableInModels
public class ReCheckTownships {

  private final JdbcClient jdbc;

  public ReCheckTownships(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<String> of(DelegateExecution execution) {
    return jdbc.sql("select distinct township_code from register_recheck where process_instance_id = ? order by township_code")
        .param(execution.getProcessInstanceId()).query(String.class).list().stream().map(String::trim).toList();
  }
}
