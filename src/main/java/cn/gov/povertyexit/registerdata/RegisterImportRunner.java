package cn.gov.povertyexit.registerdata;

import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.policy.ProvincePolicy;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import in the background (a county's file takes minutes, longer than a request may last) and keeps its
 * progress for the page that watches it. A dry run checks and reports; an import checks again and writes in one
 * transaction that holds the county's register row, so two imports of a county never interleave and nothing is
 * written unless every row is right.
 */
@Service
class RegisterImportRunner implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterImportRunner.class);
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final int PROGRESS_EVERY = 5000;

  private final RegisterImports imports;
  private final RegisterRows rows;
  private final RegisterWriter writer;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final ExitPolicy policy;
  /** One import at a time per node: a county's file is held in memory while it is checked. */
  private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
  private final Clock clock = Clock.system(CHINA);

  RegisterImportRunner(RegisterImports imports, RegisterRows rows, RegisterWriter writer, JdbcClient jdbc,
      PlatformTransactionManager transactions, ExitPolicy policy) {
    this.policy = policy;
    this.imports = imports;
    this.rows = rows;
    this.writer = writer;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    executor.setCorePoolSize(1);
    executor.setMaxPoolSize(1);
    executor.setQueueCapacity(20);
    executor.setThreadNamePrefix("register-import-");
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(300);
    executor.initialize();
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }

  /** Queues the file and returns the import's id at once. */
  String start(String actor, String countyCode, String fileName, byte[] content, boolean dryRun) {
    String id = UUID.randomUUID().toString();
    imports.create(id, countyCode, fileName, sha256(content), actor, dryRun, content, LocalDateTime.now(clock));
    try {
      executor.execute(() -> run(id, actor, countyCode, fileName, dryRun));
    } catch (TaskRejectedException busy) {
      imports.finishInOwnTransaction(id, ImportStatus.State.FAILED, "系统正忙（排队的导入过多），未写入任何数据，请稍后再试",
          new ImportPlan(List.of(), 0, 0, List.of()), LocalDateTime.now(clock));
    }
    return id;
  }

  private void run(String id, String actor, String countyCode, String fileName, boolean dryRun) {
    try {
      byte[] content = imports.content(id);
      if (dryRun) {
        ImportPlan plan = check(id, countyCode, content);
        imports.finishInOwnTransaction(id, plan.acceptable() ? ImportStatus.State.CHECKED : ImportStatus.State.REFUSED,
            plan.acceptable() ? "检查完毕（试导入，未写入）" : "检查完毕，发现错误", plan, LocalDateTime.now(clock));
        return;
      }
      ImportPlan refused = transaction.execute(status -> {
        jdbc.sql("select code from county where code = ? for update").param(countyCode).query(String.class).single();
        ImportPlan plan = check(id, countyCode, content);
        if (!plan.acceptable()) {
          status.setRollbackOnly();
          return plan;
        }
        int total = plan.changes().size();
        writer.write(plan, id, fileName, actor, LocalDateTime.now(clock),
            written -> imports.progress(id, "写入登记簿 " + written + "/" + total, written));
        imports.finish(id, ImportStatus.State.IMPORTED, "已写入登记簿", plan, LocalDateTime.now(clock));
        return null;
      });
      if (refused != null) {
        imports.finishInOwnTransaction(id, ImportStatus.State.REFUSED, "检查完毕，发现错误，未写入", refused,
            LocalDateTime.now(clock));
      }
    } catch (RuntimeException failure) {
      LOG.error("Register import {} of county {} failed", id, countyCode, failure);
      imports.finishInOwnTransaction(id, ImportStatus.State.FAILED, "出错，未写入任何数据（请联系系统管理员，导入编号 " + id + "）",
          new ImportPlan(List.of(), 0, 0, List.of()), LocalDateTime.now(clock));
    }
  }

  private ImportPlan check(String id, String countyCode, byte[] content) {
    imports.progress(id, "读取登记簿", 0);
    RegisterSnapshot register = new RegisterSnapshot(jdbc, rows, countyCode);
    ProvincePolicy province = policy.provinces().get(register.provinceCode);
    boolean provincialLine = province != null && !province.provincialPovertyLine().isEmpty();
    ImportCheck check = new ImportCheck(register, LocalDate.now(clock), provincialLine);
    int[] read = {0};
    check.fileProblems(WorkbookRows.read(content, row -> {
      check.accept(row);
      if (++read[0] % PROGRESS_EVERY == 0) {
        imports.progress(id, "读取并检查文件：已读 " + read[0] + " 行", read[0]);
      }
    }));
    imports.progress(id, "核对登记簿：共 " + read[0] + " 行", read[0]);
    return check.plan();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
