package cn.gov.povertyexit.plan;

import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * 年度批量发起: starts the year's household exit case for every household the county's approved plan lists, in the
 * background and as the official who asked — each start is the same as one started from Tasklist (same checks, same
 * refusals, its own transaction), so a household is never started twice and a refusal stops nothing but that
 * household. A run asked for again after an interruption takes up only the households still due.
 */
@Service
public class AnnualCaseStartRunner implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(AnnualCaseStartRunner.class);
  private static final int PROGRESS_EVERY = 20;

  private final AnnualCaseStarts starts;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

  AnnualCaseStartRunner(AnnualCaseStarts starts, RuntimeService runtimeService, IdentityService identityService) {
    this.starts = starts;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    executor.setCorePoolSize(1);
    executor.setMaxPoolSize(1);
    executor.setQueueCapacity(50);
    executor.setThreadNamePrefix("annual-case-start-");
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(60);
    executor.initialize();
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }

  /** Queues the run and returns its id at once; refused when the county has a run under way or nothing is due. */
  public String start(Authentication official, String countyCode, int year) {
    if (starts.running(countyCode)) {
      throw new CaseRefusedException("本县有一次批量发起尚未完成，请等它完成后再发起");
    }
    List<String> due = starts.dueHouseholds(countyCode, year);
    if (due.isEmpty()) {
      throw new CaseRefusedException("本县已批准的退出规划中没有" + year + "年度待发起的贫困户（已发起的不再重复发起）");
    }
    String id = UUID.randomUUID().toString();
    starts.create(id, countyCode, year, official.getUserId(), due.size());
    try {
      executor.execute(() -> run(id, official, due, year));
    } catch (TaskRejectedException busy) {
      starts.finish(id, 0, 0);
      throw new CaseRefusedException("系统正忙（排队的批量发起过多），没有发起任何案件，请稍后再试");
    }
    return id;
  }

  private void run(String id, Authentication official, List<String> households, int year) {
    int started = 0;
    int refused = 0;
    identityService.setAuthentication(official);
    try {
      for (String householdId : households) {
        try {
          runtimeService.startProcessInstanceByKey(HouseholdVariables.PROCESS_KEY,
              Map.of(HouseholdVariables.HOUSEHOLD_ID, householdId, HouseholdVariables.EXIT_YEAR, year));
          started++;
        } catch (ProcessEngineException refusedStart) {
          refused++;
          starts.refusal(id, householdId, reasonOf(refusedStart));
        }
        if ((started + refused) % PROGRESS_EVERY == 0) {
          starts.progress(id, started, refused);
        }
      }
    } catch (RuntimeException unexpected) {
      LOG.error("Annual case start {} stopped after {} started, {} refused", id, started, refused, unexpected);
    } finally {
      starts.finish(id, started, refused);
      identityService.clearAuthentication();
    }
  }

  /** The Chinese refusal a delegate gave, not the engine's wrapping of it. */
  private static String reasonOf(RuntimeException refusal) {
    Throwable cause = refusal;
    while (cause != null) {
      if (cause instanceof CaseRefusedException) {
        return cause.getMessage();
      }
      cause = cause.getCause();
    }
    return "未能发起：" + refusal.getMessage();
  }
}
