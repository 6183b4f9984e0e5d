package cn.gov.povertyexit.security;

import static cn.gov.povertyexit.security.SecurityTestRegister.EXIT_YEAR_OF_CHECKS;
import static cn.gov.povertyexit.security.SecurityTestRegister.duchangHousehold;
import static cn.gov.povertyexit.security.SecurityTestRegister.xiushuiHousehold;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.longValue;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.RestApi;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A case's identity, routing, tenant and lists are the system's: a start takes only the fields of its start form.
 * Every refusal is a 400 naming the field, with no case started and the register untouched.
 */
class StartIntegrityIT extends CaseIntegrityTest {

  private static final String HOUSEHOLD_EXIT_START = "/process-definition/key/householdExit/start";
  private static final String HOUSEHOLD_EXITS_EVER = "/history/process-instance/count?processDefinitionKey=householdExit";
  /** 预退出, then at once 录入信息档案，作脱贫退出处理: everything between is skipped. */
  private static final List<Map<String, String>> SKIP_TO_EXIT = List.of(
      Map.of("type", "startBeforeActivity", "activityId", "Activity_MarkPreExit"),
      Map.of("type", "startBeforeActivity", "activityId", "Activity_RecordExit"));

  @Test
  @DisplayName("开始指令不能跳过程序直接录入脱贫（本县农户）")
  void shouldRefuseStartInstructionsThatSkipTheProcedure() {
    // given
    String household = xiushuiHousehold(1);
    RegisterEntry before = household(household);
    long casesBefore = count(HOUSEHOLD_EXITS_EVER);
    Map<String, Object> body = householdStart(household);
    body.put("startInstructions", SKIP_TO_EXIT);

    // when
    RestApi.Response response = restAs(XIUSHUI_OFFICE).post(HOUSEHOLD_EXIT_START, body);

    // then
    assertThat(household(household)).as(answered(response)).isEqualTo(before);
    assertThat(count(HOUSEHOLD_EXITS_EVER)).as(answered(response)).isEqualTo(casesBefore);
    assertRefusedNaming(response, "startInstructions", "开始指令", "启动指令");
  }

  @Test
  @DisplayName("开始指令不能为外县农户办理脱贫，也不能为其建立外县租户的案件")
  void shouldRefuseStartInstructionsForAnotherCountysHousehold() {
    // given: a household of 都昌县 in its own county's procedure (预退出), and 修水县的扶贫办
    String household = duchangHousehold(1);
    startHouseholdCase(household);
    RegisterEntry before = household(household);
    long casesBefore = count(HOUSEHOLD_EXITS_EVER);
    long duchangCasesBefore = count(HOUSEHOLD_EXITS_EVER + "&tenantIdIn=county-360428");
    Map<String, Object> body = householdStart(household);
    body.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Activity_RecordExit")));

    // when
    RestApi.Response response = restAs(XIUSHUI_OFFICE).post(HOUSEHOLD_EXIT_START, body);

    // then
    assertThat(household(household)).as(answered(response)).isEqualTo(before);
    assertThat(count(HOUSEHOLD_EXITS_EVER)).as(answered(response)).isEqualTo(casesBefore);
    assertThat(count(HOUSEHOLD_EXITS_EVER + "&tenantIdIn=county-360428")).as(answered(response)).isEqualTo(duchangCasesBefore);
    assertThat(response.status()).as(response.body()).isIn(400, 403);
    assertRefused(response, response.status());
  }

  @Test
  @DisplayName("贫困县摘帽不能用开始指令跳到评定步骤，也不能借返回变量读取外县数字")
  void shouldRefuseCountyExitStartInstructionsThatReturnAnotherCountysFigures() {
    // given: 修水县的领导小组 asks for 都昌县's standard step at once, with figures of its own invention
    RegisterEntry before = county("360428");
    long countyCasesBefore = count("/history/process-instance/count?processDefinitionKey=countyExit");
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("countyCode", string("360428"));
    variables.put("exitYear", integer(YEAR));
    variables.put("cityCode", string("360400"));
    variables.put("provinceCode", string("360000"));
    variables.put("sampledExitedPopulation", longValue(3000));
    variables.put("wronglyExited", longValue(0));
    variables.put("sampledUnregisteredPopulation", longValue(2000));
    variables.put("missedPoor", longValue(0));
    variables.put("surveyedHouseholds", longValue(800));
    variables.put("approvingHouseholds", longValue(800));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("variables", variables);
    body.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Activity_ApplyCountyStandard")));
    body.put("withVariablesInReturn", true);

    // when
    RestApi.Response response = restAs("county-360424-leadinggroup").post("/process-definition/key/countyExit/start", body);
    deleteIfStarted(response);

    // then
    assertThat(response.body()).as("the answer reveals 都昌县's figures").doesNotContain("countyPoorPopulation",
        "countyIncidencePercent", "countyRuralPopulation");
    assertThat(county("360428")).as(answered(response)).isEqualTo(before);
    assertThat(count("/history/process-instance/count?processDefinitionKey=countyExit")).as(answered(response))
        .isEqualTo(countyCasesBefore);
    assertThat(response.status()).as(response.body()).isIn(400, 403);
    assertRefused(response, response.status());
  }

  @Test
  @DisplayName("业务键由系统按户编号和年度生成，客户端不能指定")
  void shouldRefuseABusinessKeyChosenByTheClient() {
    String household = xiushuiHousehold(2);
    Map<String, Object> body = householdStart(household);
    body.put("businessKey", "3604241012010001-2020");

    assertRefusedAndNothingStarted(household, body, "businessKey", "业务键");
  }

  @Test
  @DisplayName("启动时不能要求返回案件变量")
  void shouldRefuseVariablesInReturnOfAStart() {
    String household = xiushuiHousehold(3);
    Map<String, Object> body = householdStart(household);
    body.put("withVariablesInReturn", true);

    assertRefusedAndNothingStarted(household, body, "withVariablesInReturn");
  }

  @Test
  @DisplayName("启动时不能跳过监听器和输入输出映射")
  void shouldRefuseSkippingListenersAndMappingsAtStart() {
    String household = xiushuiHousehold(4);
    Map<String, Object> body = householdStart(household);
    body.put("skipCustomListeners", true);
    body.put("skipIoMappings", true);

    assertRefusedAndNothingStarted(household, body, "skipCustomListeners", "skipIoMappings");
  }

  @Test
  @DisplayName("县代码不是贫困户退出开始表单的字段：客户端不能选定案件的租户")
  void shouldRefuseACountyCodeThatChoosesTheTenant() {
    String household = xiushuiHousehold(5);
    Map<String, Object> body = householdStart(household);
    variables(body).put("countyCode", string("999999"));
    long strandedBefore = count("/history/process-instance/count?tenantIdIn=county-999999");

    RestApi.Response response = assertRefusedAndNothingStarted(household, body, "countyCode", "县级行政区划代码");
    assertThat(count("/history/process-instance/count?tenantIdIn=county-999999")).as(answered(response)).isEqualTo(strandedBefore);
  }

  @Test
  @DisplayName("通过表单提交启动时同样只接受开始表单的字段")
  void shouldRefuseAFieldOutsideTheStartFormThroughSubmitForm() {
    // given
    String household = xiushuiHousehold(6);
    RegisterEntry before = household(household);
    long casesBefore = count(HOUSEHOLD_EXITS_EVER);
    Map<String, Object> variables = new LinkedHashMap<>(variables(householdStart(household)));
    variables.put("countyCode", string("360428"));

    // when
    RestApi.Response response = restAs(XIUSHUI_OFFICE).post("/process-definition/key/householdExit/submit-form",
        Map.of("variables", variables));
    deleteIfStarted(response);

    // then
    assertThat(household(household)).as(answered(response)).isEqualTo(before);
    assertThat(count(HOUSEHOLD_EXITS_EVER)).as(answered(response)).isEqualTo(casesBefore);
    assertRefusedNaming(response, "countyCode", "县级行政区划代码");
  }

  @Test
  @DisplayName("只填开始表单字段的启动照常办理：预退出，租户为本县")
  void shouldStillStartACaseWithOnlyTheStartFormsFields() {
    // given
    String household = xiushuiHousehold(7);
    RegisterEntry before = household(household);

    // when
    RestApi.Response response = restAs(XIUSHUI_OFFICE).post(HOUSEHOLD_EXIT_START, householdStart(household));

    // then
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    CaseState started = caseState(response.json().get("id").asText());
    assertThat(started.tenantId()).isEqualTo("county-360424");
    assertThat(started.businessKey()).isEqualTo(household + "-" + YEAR);
    assertThat(household(household)).isEqualTo(new RegisterEntry("PRE_EXIT", before.trailRows() + 1));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"spotCheckSeed", "assessmentSeed", "sampleFrom", "checkerGroup", "checkName"})
  @DisplayName("抽查的种子、样本来源、核查单位和名称由系统确定，不能在启动时给出")
  void shouldRefuseSpotCheckVariablesThatPredictOrEmptyTheSample(String field) {
    // given
    long checksBefore = count("/history/process-instance/count?processDefinitionKey=countyHouseholdSpotCheck");
    Map<String, Object> variables = new HashMap<>();
    variables.put("countyCode", string("360424"));
    variables.put("exitYear", integer(EXIT_YEAR_OF_CHECKS));
    switch (field) {
      case "spotCheckSeed", "assessmentSeed" -> variables.put(field, longValue(42));
      case "sampleFrom" -> variables.put(field, string("spotCheckExits"));
      case "checkerGroup" -> {
        // the office checks its own county's exits, under a name of its choosing
        variables.put(field, string(XIUSHUI_OFFICE));
        variables.put("checkName", string("自查"));
      }
      default -> variables.put(field, string("自查"));
    }

    // when
    RestApi.Response response = restAs(XIUSHUI_OFFICE).post("/process-definition/key/countyHouseholdSpotCheck/start",
        Map.of("variables", variables));
    deleteIfStarted(response);

    // then
    assertThat(count("/history/process-instance/count?processDefinitionKey=countyHouseholdSpotCheck")).as(answered(response))
        .isEqualTo(checksBefore);
    assertRefusedNaming(response, field);
  }

  @Test
  @DisplayName("同一县同一年度不能重复抽查，直到抽中满意的样本")
  void shouldRefuseASecondSpotCheckForTheSameCountyAndYear() {
    // given: 都昌县's first check of its 2016 exits
    RestApi office = restAs("county-360428-office");
    Map<String, Object> start = Map.of("variables", Map.of("countyCode", string("360428"),
        "exitYear", integer(EXIT_YEAR_OF_CHECKS)));
    RestApi.Response first = office.post("/process-definition/key/countyHouseholdSpotCheck/start", start);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    String check = first.json().get("id").asText();
    CaseState firstCheck = caseState(check);
    long checksBefore = count("/history/process-instance/count?processDefinitionKey=countyHouseholdSpotCheck");

    // when
    RestApi.Response second = office.post("/process-definition/key/countyHouseholdSpotCheck/start", start);
    deleteIfStarted(second);

    // then
    assertThat(count("/history/process-instance/count?processDefinitionKey=countyHouseholdSpotCheck")).as(answered(second))
        .isEqualTo(checksBefore);
    assertThat(caseState(check)).isEqualTo(firstCheck);
    assertRefused(second, 400);
  }

  private RestApi.Response assertRefusedAndNothingStarted(String household, Map<String, Object> body, String key,
      String... labels) {
    RegisterEntry before = household(household);
    long casesBefore = count(HOUSEHOLD_EXITS_EVER);

    RestApi.Response response = restAs(XIUSHUI_OFFICE).post(HOUSEHOLD_EXIT_START, body);
    deleteIfStarted(response);

    assertThat(household(household)).as(answered(response)).isEqualTo(before);
    assertThat(count(HOUSEHOLD_EXITS_EVER)).as(answered(response)).isEqualTo(casesBefore);
    assertRefusedNaming(response, key, labels);
    return response;
  }

  private static Map<String, Object> householdStart(String household) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("householdId", string(household));
    variables.put("exitYear", integer(YEAR));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("variables", variables);
    return body;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> variables(Map<String, Object> body) {
    return (Map<String, Object>) body.get("variables");
  }
}
