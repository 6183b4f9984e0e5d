package cn.gov.povertyexit.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 公民身份号码 (GB 11643-1999): 6 digits of place, 8 of birth date, 3 of sequence and a check character computed over
 * the first 17 (ISO 7064 MOD 11-2; "X" stands for 10).
 */
public final class NationalIdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private NationalIdNumber() {}

  /** Why the text is not a valid number, or empty when it is. */
  public static Optional<String> problemWith(String text) {
    if (!text.matches("\\d{17}[\\dX]")) {
      return Optional.of(text.matches("\\d{17}x") ? "末位校验码 X 请用大写"
          : text.contains("E+") ? "应为18位，被当作数字显示成了科学计数法：请把该列设为文本格式后重新填写"
          : "应为18位（17位数字加1位数字或 X），实为「" + text + "」");
    }
    if (birthDate(text).isEmpty()) {
      return Optional.of("第7至14位的出生日期「" + text.substring(6, 14) + "」不是有效日期");
    }
    if (text.charAt(17) != checkCharacter(text)) {
      return Optional.of("校验位不正确（按前17位计算应为 " + checkCharacter(text) + "），请核对号码");
    }
    return Optional.empty();
  }

  public static Optional<LocalDate> birthDate(String number) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
          Integer.parseInt(number.substring(12, 14))));
    } catch (DateTimeException | NumberFormatException invalid) {
      return Optional.empty();
    }
  }

  public static char checkCharacter(String number) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS[sum % 11];
  }
}
