package cn.gov.povertyexit.registerdata;

import cn.gov.povertyexit.registry.NationalIdNumber;
import static cn.gov.povertyexit.support.ImportTestCounty.OFFICE;
import static cn.gov.povertyexit.support.ImportTestCounty.SECOND_VILLAGE;
import static cn.gov.povertyexit.support.ImportTestCounty.VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.demo.DemoSetup;
import cn.gov.povertyexit.jurisdiction.OfficialAccessSetup;
import cn.gov.povertyexit.support.ImportTestCounty;
import cn.gov.povertyexit.support.OtherProvinceRegister;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The county poverty office loads 建档立卡 data from workbooks (seed 001 二; 000 五(1) "录入信息档案"), through the
 * import pages with its own login, on the shared PostgreSQL register: each test uses households of 永修县 of its own.
 */
class RegisterImportIT extends PostgresApplicationTest {

  private static final Duration IMPORT_TIME = Duration.ofMinutes(2);
  private static final String SUNWU = "231124";

  @Autowired JdbcClient jdbc;
  @Autowired OfficialAccessSetup access;
  @Autowired DemoSetup demo;

  private RegisterFilesClient office;

  @BeforeEach
  void county() {
    ImportTestCounty.ensure(jdbc, access, demo);
    office = new RegisterFilesClient(port, OFFICE, DEMO_PASSWORD);
  }

  @Test
  void shouldCheckFirstThenImportAndChangeNothingWhenTheSameFileComesAgain() {
    // given: three households as the national system exports them, one of them with a child out of school for illness
    byte[] file = TestWorkbook.threeHouseholds(1).bytes();

    // when: a dry run
    JsonNode dryRun = office.importAndWait(file, "燕坊村2020.xlsx", true, IMPORT_TIME);

    // then: what would change, and nothing written
    assertThat(dryRun.path("state").asText()).isEqualTo("CHECKED");
    assertThat(figures(dryRun)).containsExactly(3, 0, 7, 0, 6, 0, 0);
    assertThat(households(1, 3)).isZero();

    // when: the office confirms it
    RegisterFilesClient.Answer confirmed = office.commit(dryRun.path("id").asText());
    JsonNode imported = office.waitFor(RegisterFilesClient.idOf(confirmed), IMPORT_TIME);

    // then: the register holds them, each record with its trail entry naming the file and row, each household's status
    assertThat(imported.path("state").asText()).isEqualTo("IMPORTED");
    assertThat(households(1, 3)).isEqualTo(3);
    assertThat(jdbc.sql("select count(*) from household_member where household_id like ?").param(VILLAGE + "000%")
        .query(Integer.class).single()).isEqualTo(7);
    assertThat(jdbc.sql("""
            select source_sheet || ':' || source_row || ':' || actor || ':' || source_file from register_change
            where household_id = ? and subject_type = 'HOUSEHOLD'""").param(household(1)).query(String.class).list())
        .containsExactly("户信息:2:" + OFFICE + ":燕坊村2020.xlsx");
    assertThat(jdbc.sql("select to_status || ':' || reason from status_change where subject_id = ?").param(household(2))
        .query(String.class).list()).containsExactly("POOR:建档立卡数据导入：文件「燕坊村2020.xlsx」「户信息」第3行");
    assertThat(jdbc.sql("select dropout_reason from household_member where national_id = ?")
        .param(TestWorkbook.nationalId("360425", "20100301", 13)).query(String.class).single()).isEqualTo("ILLNESS");

    // when: the same file again
    int trail = trailEntries();
    JsonNode again = office.importAndWait(file, "燕坊村2020.xlsx", false, IMPORT_TIME);

    // then: nothing changes
    assertThat(again.path("state").asText()).isEqualTo("IMPORTED");
    assertThat(figures(again)).containsExactly(0, 0, 0, 0, 0, 0, 16);
    assertThat(trailEntries()).isEqualTo(trail);
  }

  @Test
  void shouldChangeOnlyWhatTheFileChangesAndSayWhat() {
    // given
    office.importAndWait(TestWorkbook.threeHouseholds(11).bytes(), "first.xlsx", false, IMPORT_TIME);
    TestWorkbook changed = TestWorkbook.threeHouseholds(11);
    changed.household(household(11), VILLAGE, "户主11", "未脱贫", "", "否", "B", "是", "是", "2015-10-01");

    // when: the house of household 11 was rebuilt (C → B); the file has it twice, the later row wins nothing: refused
    JsonNode twice = office.importAndWait(changed.bytes(), "twice.xlsx", true, IMPORT_TIME);

    // then
    assertThat(twice.path("state").asText()).isEqualTo("REFUSED");
    assertThat(problems(twice)).anyMatch(problem -> problem.contains("「户信息」第5行「户编号」：户编号 " + household(11)
        + " 在本表中重复（第2行已有）"));

    // when: the file with the one change
    TestWorkbook rebuilt = new TestWorkbook()
        .household(household(11), VILLAGE, "户主11", "未脱贫", "", "否", "B", "是", "是", "2015-10-01");
    JsonNode imported = office.importAndWait(rebuilt.bytes(), "rebuilt.xlsx", false, IMPORT_TIME);

    // then: one change, with what changed in its trail entry
    assertThat(figures(imported)).containsExactly(0, 1, 0, 0, 0, 0, 0);
    assertThat(imported.path("changeList").get(0).asText()).isEqualTo("「户信息」第2行 住房安全等级：C → B");
    assertThat(jdbc.sql("select housing_rating from household where id = ?").param(household(11)).query(String.class)
        .single()).isEqualTo("B");
    assertThat(jdbc.sql("""
            select details from register_change where household_id = ? and change_kind = 'CHANGED'""")
        .param(household(11)).query(String.class).list()).containsExactly("住房安全等级：C → B");
  }

  @Test
  void shouldReportEveryRowErrorWithItsRowAndColumnAndWriteNothing() {
    // given: a file with one error of each kind
    TestWorkbook file = new TestWorkbook()
        .household("36042510020121", VILLAGE, "户主A", "未脱贫", "", "否", "A", "是", "是", "2015-10-01")
        .household(household(22), "360424100201", "户主B", "未脱贫", "", "否", "A", "是", "是", "2015-10-01")
        .household(household(23), VILLAGE, "户主C", "脱贫", "", "低保", "E", "有", "是", "2015-13-01")
        .household(household(24), VILLAGE, "户主D", "已脱贫", "", "否", "A", "是", "是", "2015-10-01")
        .household(household(25), VILLAGE, "户主E", "预退出", "", "否", "A", "是", "是", "2015-10-01")
        .member(household(24), "户主D", TestWorkbook.nationalId("360425", "19700101", 1), "户主", "1970-01-01",
            "已完成学业", "", "健康", "是", "是", "普通劳动力")
        .member(household(24), "张一", "360425197001010020", "配偶", "1970-01-01", "已完成学业", "", "健康", "是", "是", "普通劳动力")
        .member(household(24), "张二", TestWorkbook.nationalId("360425", "20080505", 2), "子女", "2008-05-06", "辍学", "",
            "健康", "是", "是", "无劳动力")
        .member(household(24), "张三", TestWorkbook.nationalId("360425", "19700101", 1), "户主", "1970-01-01",
            "已完成学业", "", "健康", "是", "是", "普通劳动力")
        .member("3604251002019999", "李四", TestWorkbook.nationalId("360425", "19800101", 3), "叔叔", "1980-01-01",
            "已完成学业", "", "健康", "否", "是", "普通劳动力")
        .income(household(24), "2020", "-100", "0", "0", "0", "0")
        .income(household(24), "2019", "100.555", "五千", "0", "0", "0")
        .income(household(24), "2019", "0", "0", "0", "0", "0")
        .income(household(24), "2035", "0", "0", "0", "0", "0");
    int trail = trailEntries();
    int households = households(21, 25);

    // when
    JsonNode refused = office.importAndWait(file.bytes(), "errors.xlsx", false, IMPORT_TIME);

    // then: each is reported by sheet, row and column, in Chinese, and nothing is written
    assertThat(refused.path("state").asText()).isEqualTo("REFUSED");
    assertThat(problems(refused)).contains(
        "「户信息」第2行「户编号」：应为16位数字，实为「36042510020121」",
        "「户信息」第3行「行政村代码」：行政村 360424100201 不在永修县的登记簿中",
        "「户信息」第4行「贫困户状态」：「脱贫」不是可用的值，应为以下之一：未脱贫、预退出、已脱贫、返贫、回退、已剔除",
        "「户信息」第4行「住房安全等级」：「E」不是可用的值，应为以下之一：A、B、C、D",
        "「户信息」第4行「饮水安全」：「有」不是可用的值，应为以下之一：是、否",
        "「户信息」第4行「建档立卡日期」：「2015-13-01」不是有效日期，应写作 2016-03-01",
        "「户信息」第5行「脱贫年度」：已脱贫的农户应填写脱贫年度",
        "「家庭成员」第3行「身份证号」：校验位不正确（按前17位计算应为 " + NationalIdNumber.checkCharacter("36042519700101002")
            + "），请核对号码",
        "「家庭成员」第4行「出生日期」：与身份证号中的出生日期（2008-05-05）不一致",
        "「家庭成员」第4行「辍学原因」：在校情况为辍学时应填写辍学原因：因贫、因病、残疾、智力障碍、其他",
        "「家庭成员」第5行「身份证号」：身份证号 " + TestWorkbook.nationalId("360425", "19700101", 1) + " 在本表中重复（第2行已有）",
        "「家庭成员」第6行「与户主关系」：「叔叔」不是可用的值，应为以下之一：户主、配偶、子女、父母、孙子女、其他",
        "「年收入」第2行「工资性收入」：不能为负数（-100）：生产经营费用请填在「生产经营费用支出」列",
        "「年收入」第3行「工资性收入」：金额最多保留两位小数（100.555）",
        "「年收入」第3行「生产经营性收入」：「五千」不是金额（元），应为数字，如 3600 或 3600.50",
        "「年收入」第4行「年度」：户编号 " + household(24) + " 的2019年收入在本表中重复（第3行已有）",
        "「年收入」第5行「年度」：年度 2035 应在 2013 至 " + java.time.LocalDate.now().getYear() + " 之间");
    assertThat(refused.path("problemCount").asInt()).isEqualTo(refused.path("problems").size());
    assertThat(households(21, 25)).isEqualTo(households);
    assertThat(trailEntries()).isEqualTo(trail);
  }

  @Test
  void shouldRefuseRowsOfAnotherCountyAndStatusChangesAndWriteNothing() {
    // given: 永修县 has household 31; a row for a household of 修水县, a member of 修水县, and 31 marked exited
    office.importAndWait(TestWorkbook.threeHouseholds(31).bytes(), "first.xlsx", false, IMPORT_TIME);
    String xiushuiMember = jdbc.sql("select national_id from household_member where household_id = '3604241002010001' and relation = 'HEAD'")
        .query(String.class).single().trim();
    TestWorkbook file = new TestWorkbook()
        .household("3604241002010001", VILLAGE, "户主X", "未脱贫", "", "否", "A", "是", "是", "2015-10-01")
        .household(household(31), VILLAGE, "户主31", "已脱贫", "2020", "否", "C", "是", "是", "2015-10-01")
        .household(household(35), SECOND_VILLAGE, "户主35", "未脱贫", "", "否", "A", "是", "是", "2015-10-01")
        .member("3604241002010001", "户主X", TestWorkbook.nationalId("360425", "19600101", 9), "户主", "1960-01-01",
            "已完成学业", "", "健康", "是", "是", "普通劳动力")
        .member(household(31), "某甲", xiushuiMember, "其他", birthDateIn(xiushuiMember), "已完成学业", "", "健康", "是", "是",
            "普通劳动力");
    int trail = trailEntries();

    // when: 永修县's office imports it; and 修水县's office imports 永修县's file
    JsonNode refused = office.importAndWait(file.bytes(), "mixed.xlsx", false, IMPORT_TIME);
    JsonNode otherCounty = new RegisterFilesClient(port, "county-360424-office", DEMO_PASSWORD)
        .importAndWait(TestWorkbook.threeHouseholds(41).bytes(), "yongxiu.xlsx", true, IMPORT_TIME);

    // then
    assertThat(refused.path("state").asText()).isEqualTo("REFUSED");
    assertThat(problems(refused)).contains(
        "「户信息」第2行「户编号」：户编号 3604241002010001 已登记在其他县，不能由永修县导入",
        "「户信息」第3行「贫困户状态」：登记簿中为「未脱贫」：贫困户状态和脱贫年度只能通过退出、返贫等程序变更，不能通过导入修改",
        "「户信息」第4行：新登记的农户在「家庭成员」表中没有成员",
        "「家庭成员」第3行「身份证号」：该身份证号已登记为其他县农户的家庭成员");
    assertThat(otherCounty.path("state").asText()).isEqualTo("REFUSED");
    assertThat(problems(otherCounty)).contains("「户信息」第2行「行政村代码」：行政村 " + VILLAGE + " 不在修水县的登记簿中");
    assertThat(jdbc.sql("select status from household where id = ?").param(household(31)).query(String.class).single())
        .isEqualTo("POOR");
    assertThat(jdbc.sql("select head_name from household where id = '3604241002010001'").query(String.class).single())
        .isNotEqualTo("户主X");
    assertThat(trailEntries()).isEqualTo(trail);
  }

  @Test
  void shouldExportTheCountyInAFormatThatReadsBackUnchanged() {
    // given
    office.importAndWait(TestWorkbook.threeHouseholds(51).bytes(), "first.xlsx", false, IMPORT_TIME);

    // when
    RegisterFilesClient.Answer export = office.get("/register/export");
    JsonNode readBack = office.importAndWait(export.bytes(), "export.xlsx", true, IMPORT_TIME);

    // then
    assertThat(export.status()).isEqualTo(200);
    assertThat(readBack.path("state").asText()).isEqualTo("CHECKED");
    assertThat(figures(readBack).subList(0, 6)).containsOnly(0);
    assertThat(figures(readBack).get(6)).isGreaterThanOrEqualTo(16);
  }

  @Test
  @DisplayName("004 三(一) 贫困标准列：省标、国标、不填（新户为国标）；没有此列的旧文件照常导入，不改变已登记农户的标准；导出带此列")
  void shouldCarryThePovertyStandardAndKeepFilesWithoutTheColumnValid() throws IOException {
    // given: a county of 黑龙江省, whose province has a provincial line
    String village = heilongjiangImportVillage();
    RegisterFilesClient sunwu = new RegisterFilesClient(port, "county-" + SUNWU + "-office", DEMO_PASSWORD);
    TestWorkbook file = new TestWorkbook()
        .household(sunwuHousehold(village, 1), village, "户主1", "未脱贫", "", "否", "A", "是", "是", "2015-10-01", "省标")
        .household(sunwuHousehold(village, 2), village, "户主2", "未脱贫", "", "否", "A", "是", "是", "2015-10-01", "国标")
        .household(sunwuHousehold(village, 3), village, "户主3", "未脱贫", "", "否", "A", "是", "是", "2015-10-01");
    for (int n = 1; n <= 3; n++) {
      file.member(sunwuHousehold(village, n), "户主" + n, TestWorkbook.nationalId(SUNWU, "1968050" + n, n), "户主",
          "1968-05-0" + n, "已完成学业", "", "健康", "是", "是", "普通劳动力");
    }

    // when
    JsonNode imported = sunwu.importAndWait(file.bytes(), "孙吴县2020.xlsx", false, IMPORT_TIME);

    // then: 省标 and 国标 as written, the empty cell 国标
    assertThat(imported.path("state").asText()).isEqualTo("IMPORTED");
    assertThat(standardOf(sunwuHousehold(village, 1))).isEqualTo("PROVINCIAL");
    assertThat(standardOf(sunwuHousehold(village, 2))).isEqualTo("NATIONAL");
    assertThat(standardOf(sunwuHousehold(village, 3))).isEqualTo("NATIONAL");

    // when: a file of the layout before the column, listing the 省标 household as registered otherwise
    TestWorkbook older = new TestWorkbook().header("户信息", RegisterSheet.HOUSEHOLDS.headers().subList(0, 10).toArray(String[]::new))
        .household(sunwuHousehold(village, 1), village, "户主1", "未脱贫", "", "否", "A", "是", "是", "2015-10-01")
        .household(sunwuHousehold(village, 4), village, "户主4", "未脱贫", "", "否", "B", "是", "是", "2015-10-01")
        .member(sunwuHousehold(village, 4), "户主4", TestWorkbook.nationalId(SUNWU, "19680504", 4), "户主",
            "1968-05-04", "已完成学业", "", "健康", "是", "是", "普通劳动力");
    JsonNode olderImported = sunwu.importAndWait(older.bytes(), "旧格式.xlsx", false, IMPORT_TIME);

    // then: valid; the registered household keeps 省标, the new one is 国标
    assertThat(olderImported.path("state").asText()).isEqualTo("IMPORTED");
    assertThat(figures(olderImported)).containsExactly(1, 0, 1, 0, 0, 0, 1);
    assertThat(standardOf(sunwuHousehold(village, 1))).isEqualTo("PROVINCIAL");
    assertThat(standardOf(sunwuHousehold(village, 4))).isEqualTo("NATIONAL");

    // when: the county's export, read back
    RegisterFilesClient.Answer export = sunwu.get("/register/export");
    JsonNode readBack = sunwu.importAndWait(export.bytes(), "export.xlsx", true, IMPORT_TIME);

    // then: the column is exported and reads back unchanged; the template has it and says what it takes
    assertThat(householdCells(export.bytes(), 0)).endsWith("建档立卡日期", "贫困标准");
    assertThat(householdCells(export.bytes(), 1)).hasSize(11).endsWith("省标");
    assertThat(readBack.path("state").asText()).isEqualTo("CHECKED");
    assertThat(figures(readBack).subList(0, 6)).containsOnly(0);
    byte[] template = sunwu.get("/register/template").bytes();
    assertThat(householdCells(template, 0)).endsWith("建档立卡日期", "贫困标准");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      List<String> explained = new ArrayList<>();
      workbook.getSheet("说明").forEach(row -> explained.add(row.getCell(1).getStringCellValue() + "：" + row.getCell(2).getStringCellValue()));
      assertThat(explained).anyMatch(line -> line.startsWith("贫困标准：国标、省标（可不填，也可没有此列）"));
    }

    // when: the 省标 household changes to 国标 explicitly
    JsonNode changed = sunwu.importAndWait(new TestWorkbook()
        .household(sunwuHousehold(village, 1), village, "户主1", "未脱贫", "", "否", "A", "是", "是", "2015-10-01", "国标")
        .bytes(), "改为国标.xlsx", false, IMPORT_TIME);

    // then: the change is named in the plan and in the register's trail
    assertThat(changed.path("changeList").get(0).asText()).isEqualTo("「户信息」第2行 贫困标准：省标 → 国标");
    assertThat(standardOf(sunwuHousehold(village, 1))).isEqualTo("NATIONAL");
  }

  @Test
  @DisplayName("004 三(一) 未配置省扶贫标准的省不能登记省标户；贫困标准只能是国标或省标，有误的不写入")
  void shouldRefuseTheProvincialStandardWhereTheProvinceHasNoProvincialLine() {
    int trail = trailEntries();
    TestWorkbook file = new TestWorkbook()
        .household(household(81), VILLAGE, "户主81", "未脱贫", "", "否", "A", "是", "是", "2015-10-01", "省标")
        .household(household(82), VILLAGE, "户主82", "未脱贫", "", "否", "A", "是", "是", "2015-10-01", "地方标准");

    JsonNode refused = office.importAndWait(file.bytes(), "省标.xlsx", false, IMPORT_TIME);

    assertThat(refused.path("state").asText()).isEqualTo("REFUSED");
    assertThat(problems(refused)).contains(
        "「户信息」第2行「贫困标准」：本省未配置省扶贫标准，不能登记省标准贫困户（省标），请填写国标或留空",
        "「户信息」第3行「贫困标准」：「地方标准」不是可用的值，应为以下之一：国标、省标");
    assertThat(households(81, 82)).isZero();
    assertThat(trailEntries()).isEqualTo(trail);
  }

  @Test
  void shouldRefuseFilesThatAreNotRegisterWorkbooks() {
    JsonNode notXlsx = office.importAndWait("户编号,行政村代码".getBytes(), "households.csv", true, IMPORT_TIME);
    JsonNode missingSheet = office.importAndWait(new TestWorkbook().withoutSheet("年收入").bytes(), "two.xlsx", true, IMPORT_TIME);
    JsonNode wrongHeader = office.importAndWait(new TestWorkbook().header("户信息", "户编号", "村代码").bytes(), "old.xlsx", true,
        IMPORT_TIME);

    assertThat(problems(notXlsx)).containsExactly("「文件」：无法读取：请上传由模板或国家扶贫开发信息系统导出的 Excel 工作簿（.xlsx）");
    assertThat(problems(missingSheet)).containsExactly("「年收入」：工作簿中缺少名为「年收入」的工作表（没有数据也请保留表头）");
    assertThat(problems(wrongHeader).get(0)).startsWith("「户信息」第1行：表头第2列应为「行政村代码」，实为「村代码」");
  }

  @Test
  void shouldLetOnlyTheCountysOwnOfficeImportAndSeeItsImports() {
    // given: an import of 永修县
    JsonNode own = office.importAndWait(TestWorkbook.threeHouseholds(61).bytes(), "own.xlsx", true, IMPORT_TIME);
    int imports = jdbc.sql("select count(*) from register_import").query(Integer.class).single();

    // when
    RegisterFilesClient.Answer committee = new RegisterFilesClient(port, "village-360424100201-committee", DEMO_PASSWORD)
        .upload(TestWorkbook.threeHouseholds(62).bytes(), "committee.xlsx", false);
    RegisterFilesClient.Answer otherOffice = new RegisterFilesClient(port, "county-360424-office", DEMO_PASSWORD)
        .get("/register/imports/" + own.path("id").asText());
    RegisterFilesClient.Answer anonymous = new RegisterFilesClient(port, "nobody", "wrong").get("/register/files");
    RegisterFilesClient.Answer supervisorExport = new RegisterFilesClient(port, "county-360424-supervisor", DEMO_PASSWORD)
        .get("/register/export");
    WebappSession browser = webapp();
    browser.login("tasklist", OFFICE, DEMO_PASSWORD);
    RestApi.Response withoutToken = browser.postForm("/register/imports", "dryRun=true");

    // then: refused in Chinese, and no import was made
    assertThat(committee.status()).isEqualTo(403);
    assertThat(committee.body()).contains("只有县扶贫开发领导小组办公室可以导入本县的建档立卡数据");
    assertThat(otherOffice.status()).isEqualTo(404);
    assertThat(otherOffice.body()).contains("没有找到这次导入，或它不属于您所在的县");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(supervisorExport.status()).isEqualTo(403);
    assertThat(withoutToken.status()).isEqualTo(403);
    assertThat(withoutToken.body()).contains("页面已过期");
    assertThat(jdbc.sql("select count(*) from register_import").query(Integer.class).single()).isEqualTo(imports);
  }

  // --- helpers

  private static String birthDateIn(String nationalId) {
    return nationalId.substring(6, 10) + "-" + nationalId.substring(10, 12) + "-" + nationalId.substring(12, 14);
  }

  private static String household(int n) {
    return TestWorkbook.household(n);
  }

  private int households(int first, int last) {
    return jdbc.sql("select count(*) from household where id between ? and ?").params(household(first), household(last))
        .query(Integer.class).single();
  }

  private int trailEntries() {
    return jdbc.sql("select (select count(*) from register_change) + (select count(*) from status_change)")
        .query(Integer.class).single();
  }

  /** 黑河市 · 孙吴县 · 沿江乡 · a village that is not poor, for the provincial standard's imports; its office created as a restart does. */
  private String heilongjiangImportVillage() {
    String village = SUNWU + "100201";
    synchronized (RegisterImportIT.class) {
      OtherProvinceRegister.ensure(jdbc);
      if (jdbc.sql("select count(*) from county where code = ?").param(SUNWU).query(Integer.class).single() == 0) {
        jdbc.sql("insert into county (code, city_code, name, county_class, status) values (?, '231100', '孙吴县', null, 'NOT_POOR')")
            .param(SUNWU).update();
        jdbc.sql("insert into township (code, county_code, name) values (?, ?, '沿江乡')").params(SUNWU + "100", SUNWU).update();
        jdbc.sql("insert into village (code, township_code, name, rural_population, status) values (?, ?, '沿江村', 200000, 'NOT_POOR')")
            .params(village, SUNWU + "100").update();
        access.synchronise();
        demo.createOfficials();
      }
    }
    return village;
  }

  private static String sunwuHousehold(String village, int n) {
    return village + String.format("%04d", n);
  }

  /** The cells of one row of a workbook's 户信息 sheet, as text. */
  private static List<String> householdCells(byte[] workbookBytes, int rowNumber) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookBytes))) {
      List<String> cells = new ArrayList<>();
      workbook.getSheet(RegisterSheet.HOUSEHOLDS.title()).getRow(rowNumber).forEach(cell -> cells.add(cell.getStringCellValue()));
      return cells;
    }
  }

  private String standardOf(String householdId) {
    return jdbc.sql("select poverty_standard from household where id = ?").param(householdId).query(String.class).single();
  }

  private static List<Integer> figures(JsonNode status) {
    List<Integer> figures = new ArrayList<>();
    for (String name : List.of("householdsCreated", "householdsChanged", "membersCreated", "membersChanged",
        "incomesCreated", "incomesChanged", "unchangedRows")) {
      figures.add(status.path(name).asInt());
    }
    return figures;
  }

  private static List<String> problems(JsonNode status) {
    List<String> problems = new ArrayList<>();
    status.path("problems").forEach(problem -> problems.add(problem.asText()));
    return problems;
  }
}
