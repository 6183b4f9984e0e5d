package cn.gov.povertyexit.support;

import java.util.Map;

/** Typed variable values as the REST API takes them ({"value": …, "type": …}). */
public final class RestValues {

  private RestValues() {}

  public static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }

  public static Map<String, Object> integer(int value) {
    return Map.of("value", value, "type", "Integer");
  }

  public static Map<String, Object> longValue(long value) {
    return Map.of("value", value, "type", "Long");
  }

  public static Map<String, Object> doubleValue(double value) {
    return Map.of("value", value, "type", "Double");
  }

  public static Map<String, Object> bool(boolean value) {
    return Map.of("value", value, "type", "Boolean");
  }

  public static Map<String, Object> json(String value) {
    return Map.of("value", value, "type", "Json");
  }
}
