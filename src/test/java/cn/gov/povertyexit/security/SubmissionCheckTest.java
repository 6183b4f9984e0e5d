package cn.gov.povertyexit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The form behind a task decides what may be submitted; checked with the project's own township verification form. */
class SubmissionCheckTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FormContract township = form("townshipVerificationForm");
  /** The case as the survey left it: every required field of the verification holds a value already. */
  private final Map<String, Object> caseHolds = Map.ofEntries(Map.entry("householdId", "3604241002010001"),
      Map.entry("memberCount", 3), Map.entry("verifiers", "王芳\n李强\n赵敏"), Map.entry("verificationDate", "2020-12-05"), Map.entry("wageIncome", 12000),
      Map.entry("businessIncome", 0), Map.entry("businessCosts", 0), Map.entry("propertyIncome", 0),
      Map.entry("transferIncome", 0), Map.entry("dibao", "NONE"), Map.entry("childrenOutOfSchool", 0),
      Map.entry("uninsuredMembers", 0), Map.entry("seriousIllnessUnassisted", 0), Map.entry("housingRating", "A"));

  @Test
  void shouldAcceptTheFormsOwnFieldsAndDropUnchangedReadOnlyOnes() {
    ObjectNode variables = variables("""
        {"householdId": {"value": "3604241002010001", "type": "String"},
         "verifiers": {"value": "王芳 义宁镇副镇长\\n李强 义宁镇扶贫办\\n赵敏 东岭村党支部书记", "type": "String"},
         "verificationDate": {"value": "2020年12月5日", "type": "String"},
         "memberCount": {"value": 3, "type": "Long"},
         "wageIncome": {"value": 12000.5, "type": "Double"},
         "businessIncome": {"value": 0, "type": "Long"},
         "businessCosts": {"value": 0, "type": "Long"},
         "propertyIncome": {"value": 0, "type": "Long"},
         "transferIncome": {"value": 800, "type": "Long"},
         "dibao": {"value": "NONE", "type": "String"},
         "childrenOutOfSchool": {"value": 0, "type": "Long"},
         "uninsuredMembers": {"value": 0, "type": "Long"},
         "seriousIllnessUnassisted": {"value": 0, "type": "Long"},
         "housingRating": {"value": "A", "type": "String"}}""");

    SubmissionCheck.check(township, variables, caseHolds::get);

    assertThat(variables.has("householdId")).as("an unchanged read-only field is not written again").isFalse();
    assertThat(variables.has("verifiers")).isTrue();
  }

  @Test
  void shouldRefuseAVariableThatIsNotAFieldOfTheForm() {
    ObjectNode variables = variables("{\"villageCode\": {\"value\": \"360428100201\", \"type\": \"String\"}}");

    assertThatThrownBy(() -> SubmissionCheck.check(township, variables, caseHolds::get))
        .isInstanceOf(RequestRefusedException.class).hasMessageContaining("villageCode");
  }

  @Test
  void shouldRefuseANumberForATextField() {
    ObjectNode number = variables("{\"verificationRemarks\": {\"value\": 12, \"type\": \"Long\"}}");
    ObjectNode digitsAsLong = variables("{\"verificationRemarks\": {\"value\": \"12\", \"type\": \"Long\"}}");

    for (ObjectNode variables : new ObjectNode[] {number, digitsAsLong}) {
      assertThatThrownBy(() -> SubmissionCheck.check(township, variables, caseHolds::get))
          .isInstanceOf(RequestRefusedException.class).hasMessage("「核实意见」（verificationRemarks）应为文字");
    }
  }

  @Test
  void shouldRefuseAChangedReadOnlyField() {
    ObjectNode variables = variables("{\"householdId\": {\"value\": \"3604281002010001\", \"type\": \"String\"}}");

    assertThatThrownBy(() -> SubmissionCheck.check(township, variables, caseHolds::get))
        .isInstanceOf(RequestRefusedException.class).hasMessageContaining("户编号").hasMessageContaining("只读");
  }

  @Test
  void shouldRefuseARequiredFieldLeftEmpty() {
    assertRefused("{\"verificationDate\": {\"value\": \"\", \"type\": \"String\"}}", "请填写「核实日期」");
  }

  @Test
  void shouldRefuseWrongTypesOptionsDatesAndObjects() {
    assertRefused("{\"memberCount\": {\"value\": \"三\", \"type\": \"String\"}}", "应为数字");
    assertRefused("{\"housingRating\": {\"value\": \"E\", \"type\": \"String\"}}", "不是可选项");
    assertRefused("{\"verificationDate\": {\"value\": \"去年冬天\", \"type\": \"String\"}}", "格式不正确");
    assertRefused("{\"wageIncome\": {\"value\": \"rO0AB\", \"type\": \"Object\"}}", "不接受");
    assertRefused("{\"verifiers\": {\"value\": \"[{\\\"name\\\":{\\\"nested\\\":1}}]\", \"type\": \"Json\"}}", "格式不正确");
  }

  @Test
  void shouldRefuseARemarkLongerThanTheLimitButTakeTwoThousandCharacters() {
    String twoThousand = "核".repeat(SubmissionCheck.TEXTAREA_LIMIT);
    ObjectNode fits = variables("{\"verificationRemarks\": {\"value\": \"" + twoThousand + "\", \"type\": \"String\"}}");
    SubmissionCheck.check(township, fits, caseHolds::get);

    assertRefused("{\"verificationRemarks\": {\"value\": \"" + twoThousand + "核\", \"type\": \"String\"}}", "最多 2000 个字");
  }

  private void assertRefused(String json, String message) {
    ObjectNode variables = variables(json);
    assertThatThrownBy(() -> SubmissionCheck.check(township, variables, caseHolds::get))
        .isInstanceOf(RequestRefusedException.class).hasMessageContaining(message);
  }

  private static ObjectNode variables(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static FormContract form(String id) {
    try {
      return FormContract.parse(Files.readString(Path.of("forms", id + ".form")));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
