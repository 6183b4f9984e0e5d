package cn.gov.povertyexit.registerdata;

import cn.gov.povertyexit.registry.NationalIdNumber;
import static cn.gov.povertyexit.registerdata.ImportColumns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a whole file against a county's register before anything is written: each cell (codes, dates, amounts,
 * 身份证号 with its check digit), each row against the others (duplicates, one 户主 per household, members and incomes
 * of known households) and each record against the register (its county, its village, its status, which only the
 * procedures change). The result says, row by row, what an import would create and change.
 */
final class ImportCheck {

  /** 建档立卡 began in 2014; the national system holds records from the year before. */
  static final int EARLIEST_YEAR = 2013;
  private static final LocalDate EARLIEST_REGISTRATION = LocalDate.of(EARLIEST_YEAR, 1, 1);
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
  private static final Set<String> NEW_HOUSEHOLD_STATUSES = Set.of("未脱贫", "已脱贫", "返贫");
  private static final String NATIONAL_STANDARD = RegisterCodes.POVERTY_STANDARD.labelOf("NATIONAL");
  private static final String PROVINCIAL_STANDARD = RegisterCodes.POVERTY_STANDARD.labelOf("PROVINCIAL");

  private final RegisterSnapshot register;
  private final LocalDate today;
  /** Whether the county's province has a provincial line, so that households may be on it (seed 004 三(一)). */
  private final boolean provincialLineConfigured;
  private final List<RowProblem> problems = new ArrayList<>();
  private final Map<String, Checked> households = new LinkedHashMap<>();
  private final Map<String, Checked> members = new LinkedHashMap<>();
  private final Map<String, Checked> incomes = new LinkedHashMap<>();
  /** The first row of each key, valid or not, so that a repeat is reported against it. */
  private final Map<String, Integer> firstRows = new HashMap<>();

  /** A row that passed its own checks, with its canonical cells. */
  private record Checked(RegisterSheet sheet, int row, String key, String householdId, List<String> cells) {}

  ImportCheck(RegisterSnapshot register, LocalDate today, boolean provincialLineConfigured) {
    this.register = register;
    this.today = today;
    this.provincialLineConfigured = provincialLineConfigured;
  }

  void fileProblems(List<RowProblem> fileProblems) {
    problems.addAll(fileProblems);
  }

  void accept(SheetRow row) {
    switch (row.sheet()) {
      case HOUSEHOLDS -> household(row);
      case MEMBERS -> member(row);
      case INCOMES -> income(row);
    }
  }

  private void household(SheetRow row) {
    RowCheck check = new RowCheck(row, problems);
    String id = check.digits(HOUSEHOLD_ID, 16);
    String village = check.digits(HOUSEHOLD_VILLAGE, 12);
    check.text(HOUSEHOLD_HEAD, 40);
    String status = check.code(HOUSEHOLD_STATUS, RegisterCodes.STATUS);
    Optional<Integer> exitYear = check.year(HOUSEHOLD_EXIT_YEAR, EARLIEST_YEAR, today.getYear(), false);
    check.code(HOUSEHOLD_DIBAO, RegisterCodes.DIBAO);
    check.code(HOUSEHOLD_HOUSING, RegisterCodes.HOUSING);
    check.code(HOUSEHOLD_WATER, RegisterCodes.YES_NO);
    check.code(HOUSEHOLD_FOOD, RegisterCodes.YES_NO);
    check.date(HOUSEHOLD_REGISTERED, EARLIEST_REGISTRATION, today);
    String povertyStandard = check.optionalCode(HOUSEHOLD_POVERTY_STANDARD, RegisterCodes.POVERTY_STANDARD);
    if (PROVINCIAL_STANDARD.equals(povertyStandard) && !provincialLineConfigured) {
      check.problem(HOUSEHOLD_POVERTY_STANDARD, "本省未配置省扶贫标准，不能登记省标准贫困户（省标），请填写国标或留空");
    }
    if (village.length() == 12 && !register.villages.contains(village)) {
      check.problem(HOUSEHOLD_VILLAGE, "行政村 " + village + " 不在" + register.countyName + "的登记簿中");
    }
    if ("已脱贫".equals(status) && exitYear.isEmpty()) {
      check.problem(HOUSEHOLD_EXIT_YEAR, "已脱贫的农户应填写脱贫年度");
    }
    if ("未脱贫".equals(status) && exitYear.isPresent()) {
      check.problem(HOUSEHOLD_EXIT_YEAR, "未脱贫的农户不应填写脱贫年度");
    }
    Integer earlier = firstRows.putIfAbsent("户信息:" + id, row.number());
    if (earlier != null) {
      check.problem(HOUSEHOLD_ID, "户编号 " + id + " 在本表中重复（第" + earlier + "行已有）");
      return;
    }
    if (check.valid()) {
      households.put(id, new Checked(RegisterSheet.HOUSEHOLDS, row.number(), id, id, check.canonical()));
    }
  }

  private void member(SheetRow row) {
    RowCheck check = new RowCheck(row, problems);
    String householdId = check.digits(MEMBER_HOUSEHOLD, 16);
    check.text(MEMBER_NAME, 40);
    String nationalId = check.keep(row.cell(MEMBER_NATIONAL_ID));
    NationalIdNumber.problemWith(nationalId).ifPresent(problem -> check.problem(MEMBER_NATIONAL_ID, problem));
    check.code(MEMBER_RELATION, RegisterCodes.RELATION);
    Optional<LocalDate> birth = check.date(MEMBER_BIRTH, EARLIEST_BIRTH, today);
    String schooling = check.code(MEMBER_SCHOOLING, RegisterCodes.SCHOOLING);
    String dropout = check.optionalCode(MEMBER_DROPOUT, RegisterCodes.DROPOUT_REASON);
    check.code(MEMBER_HEALTH, RegisterCodes.HEALTH);
    check.code(MEMBER_ILLNESS_ASSISTED, RegisterCodes.YES_NO);
    check.code(MEMBER_INSURED, RegisterCodes.YES_NO);
    check.code(MEMBER_LABOUR, RegisterCodes.LABOUR);
    if ("辍学".equals(schooling) && dropout.isEmpty()) {
      check.problem(MEMBER_DROPOUT, "在校情况为辍学时应填写辍学原因：" + RegisterCodes.DROPOUT_REASON.allowed());
    }
    if (!"辍学".equals(schooling) && !dropout.isEmpty()) {
      check.problem(MEMBER_DROPOUT, "只有辍学的成员填写辍学原因");
    }
    if (birth.isPresent() && NationalIdNumber.problemWith(nationalId).isEmpty()
        && !NationalIdNumber.birthDate(nationalId).equals(birth)) {
      check.problem(MEMBER_BIRTH, "与身份证号中的出生日期（" + NationalIdNumber.birthDate(nationalId).get() + "）不一致");
    }
    Integer earlier = firstRows.putIfAbsent("家庭成员:" + nationalId, row.number());
    if (earlier != null) {
      check.problem(MEMBER_NATIONAL_ID, "身份证号 " + nationalId + " 在本表中重复（第" + earlier + "行已有）");
      return;
    }
    if (check.valid()) {
      members.put(nationalId, new Checked(RegisterSheet.MEMBERS, row.number(), nationalId, householdId, check.canonical()));
    }
  }

  private void income(SheetRow row) {
    RowCheck check = new RowCheck(row, problems);
    String householdId = check.digits(INCOME_HOUSEHOLD, 16);
    Optional<Integer> year = check.year(INCOME_YEAR, EARLIEST_YEAR, today.getYear(), true);
    for (int column = INCOME_FIRST_AMOUNT; column <= INCOME_LAST_AMOUNT; column++) {
      check.amount(column);
    }
    String key = RegisterSnapshot.incomeKey(householdId, year.map(String::valueOf).orElse(""));
    Integer earlier = year.isPresent() ? firstRows.putIfAbsent("年收入:" + key, row.number()) : null;
    if (earlier != null) {
      check.problem(INCOME_YEAR, "户编号 " + householdId + " 的" + year.get() + "年收入在本表中重复（第" + earlier + "行已有）");
      return;
    }
    if (check.valid()) {
      incomes.put(key, new Checked(RegisterSheet.INCOMES, row.number(), key, householdId, check.canonical()));
    }
  }

  /** After the last row: the checks across rows and against the register, and the plan. */
  ImportPlan plan() {
    List<ImportPlan.Change> changes = new ArrayList<>();
    int unchanged = 0;
    Set<String> elsewhere = register.householdsElsewhere(notInCounty(households.keySet()));
    for (Checked household : households.values()) {
      unchanged += compareHousehold(household, elsewhere, changes);
    }
    Set<String> membersElsewhere = register.membersElsewhere(notInCountyMembers());
    for (Checked member : members.values()) {
      unchanged += compareMember(member, membersElsewhere, changes);
    }
    for (Checked income : incomes.values()) {
      unchanged += compareIncome(income, changes);
    }
    checkHeads();
    List<RowProblem> shown = problems.stream().limit(ImportPlan.PROBLEMS_SHOWN).toList();
    return new ImportPlan(problems.isEmpty() ? changes : List.of(), unchanged, problems.size(), shown);
  }

  private int compareHousehold(Checked row, Set<String> elsewhere, List<ImportPlan.Change> changes) {
    List<String> registered = register.households.get(row.key());
    Checked household = withPovertyStandard(row, registered);
    if (registered == null) {
      if (elsewhere.contains(household.key())) {
        problem(household, HOUSEHOLD_ID, "户编号 " + household.key() + " 已登记在其他县，不能由" + register.countyName + "导入");
      } else if (!NEW_HOUSEHOLD_STATUSES.contains(household.cells().get(HOUSEHOLD_STATUS))) {
        problem(household, HOUSEHOLD_STATUS, "新登记的农户只能是未脱贫、已脱贫或返贫；预退出和回退只能由程序产生");
      } else if (members.values().stream().noneMatch(member -> member.householdId().equals(household.key()))) {
        problem(household, -1, "新登记的农户在「家庭成员」表中没有成员");
      } else {
        changes.add(change(household, ImportPlan.Kind.CREATED, "新增农户：" + household.cells().get(HOUSEHOLD_HEAD)));
      }
      return 0;
    }
    String details = differences(RegisterSheet.HOUSEHOLDS, registered, household.cells());
    if (details.isEmpty()) {
      return 1;
    }
    if (!registered.get(HOUSEHOLD_VILLAGE).equals(household.cells().get(HOUSEHOLD_VILLAGE))) {
      problem(household, HOUSEHOLD_VILLAGE, "该户登记在行政村 " + registered.get(HOUSEHOLD_VILLAGE) + "，不能通过导入迁往其他行政村");
    } else if (!registered.get(HOUSEHOLD_STATUS).equals(household.cells().get(HOUSEHOLD_STATUS))
        || !registered.get(HOUSEHOLD_EXIT_YEAR).equals(household.cells().get(HOUSEHOLD_EXIT_YEAR))) {
      problem(household, HOUSEHOLD_STATUS, "登记簿中为「" + registered.get(HOUSEHOLD_STATUS) + "」"
          + (registered.get(HOUSEHOLD_EXIT_YEAR).isEmpty() ? "" : "（脱贫年度 " + registered.get(HOUSEHOLD_EXIT_YEAR) + "）")
          + "：贫困户状态和脱贫年度只能通过退出、返贫等程序变更，不能通过导入修改");
    } else if (inExitProcedure(household.key())) {
      problem(household, -1, inExitProcedureMessage());
    } else {
      changes.add(change(household, ImportPlan.Kind.CHANGED, details));
    }
    return 0;
  }

  /**
   * A 贫困标准 the file leaves out (no column, or an empty cell) is the register's for a registered household and 国标
   * for a new one: a file written before the column existed changes no household's standard.
   */
  private static Checked withPovertyStandard(Checked household, List<String> registered) {
    if (!household.cells().get(HOUSEHOLD_POVERTY_STANDARD).isEmpty()) {
      return household;
    }
    List<String> cells = new ArrayList<>(household.cells());
    cells.set(HOUSEHOLD_POVERTY_STANDARD, registered == null ? NATIONAL_STANDARD : registered.get(HOUSEHOLD_POVERTY_STANDARD));
    return new Checked(household.sheet(), household.row(), household.key(), household.householdId(), List.copyOf(cells));
  }

  private int compareMember(Checked member, Set<String> elsewhere, List<ImportPlan.Change> changes) {
    if (!inFileOrRegister(member.householdId())) {
      problem(member, MEMBER_HOUSEHOLD, "户编号 " + member.householdId() + " 不在本文件「户信息」表中，也不是"
          + register.countyName + "已登记的农户");
      return 0;
    }
    List<String> registered = register.members.get(member.key());
    if (registered == null) {
      if (elsewhere.contains(member.key())) {
        problem(member, MEMBER_NATIONAL_ID, "该身份证号已登记为其他县农户的家庭成员");
      } else if (inExitProcedure(member.householdId())) {
        problem(member, -1, inExitProcedureMessage());
      } else {
        changes.add(change(member, ImportPlan.Kind.CREATED, "新增家庭成员：" + member.cells().get(MEMBER_NAME)));
      }
      return 0;
    }
    if (!registered.get(MEMBER_HOUSEHOLD).equals(member.householdId())) {
      problem(member, MEMBER_NATIONAL_ID, "该身份证号已登记在户编号 " + registered.get(MEMBER_HOUSEHOLD) + " 的家庭成员中");
      return 0;
    }
    String details = differences(RegisterSheet.MEMBERS, registered, member.cells());
    if (details.isEmpty()) {
      return 1;
    }
    if (inExitProcedure(member.householdId())) {
      problem(member, -1, inExitProcedureMessage());
    } else {
      changes.add(change(member, ImportPlan.Kind.CHANGED, member.cells().get(MEMBER_NAME) + "：" + details));
    }
    return 0;
  }

  private int compareIncome(Checked income, List<ImportPlan.Change> changes) {
    if (!inFileOrRegister(income.householdId())) {
      problem(income, INCOME_HOUSEHOLD, "户编号 " + income.householdId() + " 不在本文件「户信息」表中，也不是"
          + register.countyName + "已登记的农户");
      return 0;
    }
    List<String> registered = register.incomes.get(income.key());
    String year = income.cells().get(INCOME_YEAR);
    if (registered == null) {
      if (inExitProcedure(income.householdId())) {
        problem(income, -1, inExitProcedureMessage());
      } else {
        changes.add(change(income, ImportPlan.Kind.CREATED, "新增" + year + "年收入"));
      }
      return 0;
    }
    String details = differences(RegisterSheet.INCOMES, registered, income.cells());
    if (details.isEmpty()) {
      return 1;
    }
    if (inExitProcedure(income.householdId())) {
      problem(income, -1, inExitProcedureMessage());
    } else {
      changes.add(change(income, ImportPlan.Kind.CHANGED, year + "年收入：" + details));
    }
    return 0;
  }

  /** After the import every household it touches has exactly one 户主. */
  private void checkHeads() {
    Map<String, Map<String, String>> relations = new HashMap<>();
    for (Checked member : members.values()) {
      relations.computeIfAbsent(member.householdId(), id -> new HashMap<>()).put(member.key(), member.cells().get(MEMBER_RELATION));
    }
    for (Map.Entry<String, Map<String, String>> household : relations.entrySet()) {
      for (String registered : register.membersByHousehold.getOrDefault(household.getKey(), List.of())) {
        household.getValue().putIfAbsent(registered, register.members.get(registered).get(MEMBER_RELATION));
      }
      long heads = household.getValue().values().stream().filter("户主"::equals).count();
      if (heads != 1) {
        Checked first = members.values().stream().filter(member -> member.householdId().equals(household.getKey()))
            .findFirst().orElseThrow();
        problem(first, MEMBER_RELATION, "户编号 " + household.getKey() + " 导入后有" + heads + "个户主，应恰好1个");
      }
    }
  }

  private boolean inFileOrRegister(String householdId) {
    return firstRows.containsKey("户信息:" + householdId) || register.households.containsKey(householdId);
  }

  private boolean inExitProcedure(String householdId) {
    List<String> registered = register.households.get(householdId);
    return registered != null && "预退出".equals(registered.get(HOUSEHOLD_STATUS));
  }

  private static String inExitProcedureMessage() {
    return "该户正在退出程序中（预退出），其数据由入户核实更正，暂不能通过导入修改";
  }

  private Set<String> notInCounty(Set<String> householdIds) {
    Set<String> outside = new LinkedHashSet<>(householdIds);
    outside.removeAll(register.households.keySet());
    return outside;
  }

  private Set<String> notInCountyMembers() {
    Set<String> outside = new LinkedHashSet<>(members.keySet());
    outside.removeAll(register.members.keySet());
    return outside;
  }

  private void problem(Checked row, int column, String message) {
    problems.add(new RowProblem(row.sheet().title(), row.row(), column < 0 ? null : row.sheet().header(column), message));
  }

  private static ImportPlan.Change change(Checked row, ImportPlan.Kind kind, String details) {
    return new ImportPlan.Change(row.sheet(), row.row(), row.key(), row.householdId(), kind, row.cells(), details);
  }

  /** "住房安全等级：C → B；饮水安全：否 → 是" */
  private static String differences(RegisterSheet sheet, List<String> registered, List<String> imported) {
    List<String> changed = new ArrayList<>();
    for (int column = 0; column < sheet.headers().size(); column++) {
      if (!registered.get(column).equals(imported.get(column))) {
        changed.add(sheet.header(column) + "：" + (registered.get(column).isEmpty() ? "（空）" : registered.get(column))
            + " → " + (imported.get(column).isEmpty() ? "（空）" : imported.get(column)));
      }
    }
    return String.join("；", changed);
  }
}
