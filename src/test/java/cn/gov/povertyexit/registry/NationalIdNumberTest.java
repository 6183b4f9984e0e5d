package cn.gov.povertyexit.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 公民身份号码 as GB 11643-1999 defines it; the two numbers below are the standard's own examples. */
class NationalIdNumberTest {

  @Test
  void shouldAcceptTheStandardsExamples() {
    assertThat(NationalIdNumber.problemWith("11010519491231002X")).isEmpty();
    assertThat(NationalIdNumber.problemWith("440524188001010014")).isEmpty();
    assertThat(NationalIdNumber.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
  }

  @Test
  void shouldRefuseAWrongCheckCharacterAndSayWhichIsRight() {
    assertThat(NationalIdNumber.problemWith("110105194912310021")).contains("校验位不正确（按前17位计算应为 X），请核对号码");
  }

  @Test
  void shouldRefuseAnImpossibleBirthDateALowercaseXAndAWrongLength() {
    assertThat(NationalIdNumber.problemWith("110105194902300021")).contains("第7至14位的出生日期「19490230」不是有效日期");
    assertThat(NationalIdNumber.problemWith("11010519491231002x")).contains("末位校验码 X 请用大写");
    assertThat(NationalIdNumber.problemWith("11010519491231002")).hasValueSatisfying(problem -> assertThat(problem).startsWith("应为18位"));
    assertThat(NationalIdNumber.problemWith("1.10105E+17")).hasValueSatisfying(problem -> assertThat(problem).contains("科学计数法"));
  }
}
