package cn.gov.povertyexit.procedure;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reads of case variables as Tasklist and the REST API deliver them (numbers may arrive as Long, Integer
 * or Double, choices as strings). A missing or malformed value refuses the step with the field's Chinese name.
 */
public final class CaseVariables {

  private CaseVariables() {}

  public static String text(VariableScope scope, String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new CaseRefusedException("请填写" + label);
    }
    return value.toString().trim();
  }

  public static int integer(VariableScope scope, String name, String label) {
    BigDecimal value = decimal(scope, name, label);
    if (value.stripTrailingZeros().scale() > 0) {
      throw new CaseRefusedException(label + "应为整数，收到 " + value.toPlainString());
    }
    return value.intValueExact();
  }

  public static BigDecimal decimal(VariableScope scope, String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new CaseRefusedException("请填写" + label);
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new CaseRefusedException(label + "应为数字，收到 " + value);
    }
  }

  public static boolean flag(VariableScope scope, String name, String label) {
    Object value = scope.getVariable(name);
    if (value instanceof Boolean bool) {
      return bool;
    }
    if (value != null && (value.toString().equals("true") || value.toString().equals("false"))) {
      return Boolean.parseBoolean(value.toString());
    }
    throw new CaseRefusedException("请选择" + label);
  }

  public static <E extends Enum<E>> E choice(VariableScope scope, String name, String label, Class<E> type) {
    String value = text(scope, name, label);
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new CaseRefusedException(label + "的取值无效：" + value);
    }
  }
}
