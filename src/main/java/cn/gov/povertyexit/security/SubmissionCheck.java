package cn.gov.povertyexit.security;

import static cn.gov.povertyexit.security.RequestRefusedException.badRequest;

import cn.gov.povertyexit.security.FormContract.Field;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks the variables of a start or a task completion against the form the official filled in: only the form's
 * editable fields, of the right type and within the form's validation; read-only fields may be sent back as shown
 * but not changed (they are dropped, so the case keeps its own value). Anything else refuses the whole request
 * with a Chinese message naming the field.
 */
public final class SubmissionCheck {

  /** Longest text accepted where the form sets no limit: a remark of two thousand characters must fit. */
  static final int TEXTAREA_LIMIT = 2000;
  static final int TEXTFIELD_LIMIT = 200;
  static final int LIST_ITEM_LIMIT = 500;
  private static final BigDecimal NUMBER_LIMIT = new BigDecimal("1e12");
  private static final Set<String> ACCEPTED_TYPES =
      Set.of("string", "boolean", "integer", "long", "short", "double", "date", "json", "null");

  private static final Set<String> TEXT_TYPES = Set.of("textfield", "textarea");
  private static final ObjectMapper JSON = new ObjectMapper();

  private SubmissionCheck() {}

  /**
   * @param variables the request's {@code variables} object (name → {value, type, valueInfo}); changed in place:
   *     unchanged read-only fields are removed
   * @param current the case's present value of a variable (null where there is none, e.g. at start)
   */
  public static void check(FormContract form, ObjectNode variables, Function<String, Object> current) {
    List<String> unknown = new java.util.ArrayList<>();
    variables.fieldNames().forEachRemaining(name -> {
      if (form.field(name).isEmpty()) {
        unknown.add("「" + name + "」");
      }
    });
    if (!unknown.isEmpty()) {
      throw badRequest("表单中没有" + String.join("", unknown) + (unknown.size() > 1 ? "这些项" : "这一项") + "，不能提交该数据");
    }
    Iterator<Map.Entry<String, JsonNode>> entries = variables.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      String name = entry.getKey();
      Field field = form.field(name).orElseThrow();
      JsonNode value = submittedValue(field, entry.getValue());
      if (!field.editable()) {
        if (!sameValue(value, current.apply(name))) {
          throw badRequest(field.displayName() + "是只读项，不能修改");
        }
        entries.remove();
        continue;
      }
      if (TEXT_TYPES.contains(field.type()) && !declaredText(entry.getValue())
          && !(field.type().equals("textarea") && value.isArray())) {
        throw badRequest(field.displayName() + "应为文字");
      }
      checkValue(field, value, current);
    }
    for (Field field : form.fields().values()) {
      if (field.editable() && field.required() && !variables.has(name(field)) && isEmpty(current.apply(field.key()))) {
        throw badRequest("请填写" + field.displayName());
      }
    }
  }

  /** Whether the variable's declared type keeps a text a text (no type: the engine keeps the JSON value's). */
  private static boolean declaredText(JsonNode variable) {
    String type = variable.path("type").asText("").toLowerCase();
    return type.isEmpty() || type.equals("string") || type.equals("null");
  }

  private static String name(Field field) {
    return field.key();
  }

  /** The value of one submitted variable, with Json variables (sent as a string) read as JSON. */
  private static JsonNode submittedValue(Field field, JsonNode variable) {
    if (!variable.isObject()) {
      throw badRequest(field.displayName() + "的格式不正确");
    }
    String type = variable.path("type").asText("").toLowerCase();
    if (!type.isEmpty() && !ACCEPTED_TYPES.contains(type)) {
      throw badRequest(field.displayName() + "不接受“" + variable.path("type").asText() + "”类型的数据");
    }
    JsonNode value = variable.path("value");
    if (type.equals("json") && value.isTextual()) {
      try {
        return JSON.readTree(value.asText());
      } catch (JsonProcessingException e) {
        throw badRequest(field.displayName() + "不是有效的 JSON 数据");
      }
    }
    return value.isMissingNode() ? JSON.nullNode() : value;
  }

  private static void checkValue(Field field, JsonNode value, Function<String, Object> current) {
    if (value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      if (field.required()) {
        throw badRequest("请填写" + field.displayName());
      }
      return;
    }
    switch (field.type()) {
      case "number" -> checkNumber(field, value);
      case "checkbox" -> {
        if (!value.isBoolean() && !value.asText().equals("true") && !value.asText().equals("false")) {
          throw badRequest(field.displayName() + "只能是“是”或“否”");
        }
      }
      case "radio", "select" -> checkOption(field, value.asText(), current);
      case "checklist", "taglist" -> {
        if (!value.isArray()) {
          throw badRequest(field.displayName() + "应为选项列表");
        }
        value.forEach(option -> checkOption(field, option.asText(), current));
      }
      case "datetime" -> checkDate(field, value);
      case "dynamiclist" -> checkList(field, value, current);
      case "group" -> checkItem(field, value, current);
      case "expression" -> {
        if (value.isContainerNode()) {
          throw badRequest(field.displayName() + "的格式不正确");
        }
      }
      case "filepicker" -> throw badRequest(field.displayName() + "：本系统不接收上传文件");
      default -> checkText(field, value);
    }
  }

  private static void checkNumber(Field field, JsonNode value) {
    BigDecimal number;
    try {
      number = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().trim());
    } catch (NumberFormatException e) {
      throw badRequest(field.displayName() + "应为数字，收到“" + shorten(value.asText()) + "”");
    }
    if (number.abs().compareTo(NUMBER_LIMIT) > 0) {
      throw badRequest(field.displayName() + "的数值超出合理范围");
    }
    if (field.min() != null && number.compareTo(field.min()) < 0) {
      throw badRequest(field.displayName() + "不能小于 " + field.min().toPlainString());
    }
    if (field.max() != null && number.compareTo(field.max()) > 0) {
      throw badRequest(field.displayName() + "不能大于 " + field.max().toPlainString());
    }
  }

  private static void checkOption(Field field, String value, Function<String, Object> current) {
    List<String> options = field.options();
    if (options.isEmpty() && field.optionsVariable() != null) {
      options = optionsOf(current.apply(field.optionsVariable()));
    }
    if (!options.isEmpty() && !options.contains(value)) {
      throw badRequest(field.displayName() + "的取值“" + shorten(value) + "”不是可选项");
    }
  }

  private static List<String> optionsOf(Object variable) {
    JsonNode options = asJson(variable);
    return options == null || !options.isArray() ? List.of()
        : java.util.stream.StreamSupport.stream(options.spliterator(), false)
            .map(option -> option.has("value") ? option.get("value").asText() : option.asText()).toList();
  }

  private static void checkDate(Field field, JsonNode value) {
    String text = value.asText().trim();
    try {
      switch (field.dateSubtype() == null ? "date" : field.dateSubtype()) {
        case "time" -> LocalTime.parse(text);
        case "datetime" -> OffsetDateTime.parse(text);
        default -> LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      throw badRequest(field.displayName() + "应为日期（例如 2020-12-05），收到“" + shorten(text) + "”");
    }
  }

  private static void checkList(Field field, JsonNode value, Function<String, Object> current) {
    if (!value.isArray()) {
      throw badRequest(field.displayName() + "应为列表");
    }
    if (value.size() > LIST_ITEM_LIMIT) {
      throw badRequest(field.displayName() + "最多 " + LIST_ITEM_LIMIT + " 项");
    }
    value.forEach(item -> checkItem(field, item, current));
  }

  private static void checkItem(Field field, JsonNode item, Function<String, Object> current) {
    if (!item.isObject()) {
      throw badRequest(field.displayName() + "的格式不正确");
    }
    item.fields().forEachRemaining(entry -> {
      Field part = field.items().get(entry.getKey());
      if (part == null) {
        throw badRequest(field.displayName() + "中没有「" + entry.getKey() + "」这一项");
      }
      checkValue(part, entry.getValue(), current);
    });
    field.items().values().stream().filter(Field::required).filter(part -> !item.hasNonNull(part.key()))
        .findFirst().ifPresent(part -> {
          throw badRequest(field.displayName() + "的每一项都要填写" + part.displayName());
        });
  }

  private static void checkText(Field field, JsonNode value) {
    if (value.isArray() && field.type().equals("textarea")) {
      checkEntries(field, value);
      return;
    }
    // a number sent for an id would be stored as a number and no longer match the register's text
    if (!value.isTextual()) {
      throw badRequest(field.displayName() + "应为文字");
    }
    String text = value.asText();
    int limit = field.maxLength() != null ? field.maxLength()
        : field.type().equals("textarea") ? TEXTAREA_LIMIT : TEXTFIELD_LIMIT;
    if (text.codePointCount(0, text.length()) > limit) {
      throw badRequest(field.displayName() + "最多 " + limit + " 个字");
    }
    if (field.minLength() != null && text.codePointCount(0, text.length()) < field.minLength()) {
      throw badRequest(field.displayName() + "至少 " + field.minLength() + " 个字");
    }
    if (field.pattern() != null && !field.pattern().isBlank()) {
      try {
        if (!Pattern.compile(field.pattern()).matcher(text).find()) {
          throw badRequest(field.displayName() + "的格式不正确：“" + shorten(text) + "”");
        }
      } catch (PatternSyntaxException e) {
        // a pattern only the browser understands: the browser has checked it
      }
    }
  }

  /**
   * A list typed one entry a line may also come from a REST client as a JSON array of entries (texts, or flat
   * objects of texts and numbers), as the step that reads it accepts; within the form's length and the list limit.
   */
  private static void checkEntries(Field field, JsonNode entries) {
    if (entries.size() > LIST_ITEM_LIMIT) {
      throw badRequest(field.displayName() + "最多 " + LIST_ITEM_LIMIT + " 项");
    }
    int limit = field.maxLength() != null ? field.maxLength() : TEXTAREA_LIMIT;
    if (entries.toString().length() > limit * 2) {
      throw badRequest(field.displayName() + "内容过长");
    }
    for (JsonNode entry : entries) {
      boolean flat = entry.isValueNode() || (entry.isObject()
          && java.util.stream.StreamSupport.stream(entry.spliterator(), false).allMatch(JsonNode::isValueNode));
      if (!flat) {
        throw badRequest(field.displayName() + "的格式不正确");
      }
    }
  }

  /** Whether a read-only field came back as the case holds it (numbers, booleans, text and JSON compared by value). */
  static boolean sameValue(JsonNode submitted, Object present) {
    return canonical(submitted).equals(canonical(asJson(present)));
  }

  private static boolean isEmpty(Object value) {
    return value == null || value.toString().isBlank();
  }

  private static JsonNode asJson(Object value) {
    if (value == null) {
      return JSON.nullNode();
    }
    if (value instanceof Date date) {
      return JSON.getNodeFactory().textNode(date.toInstant().toString());
    }
    if (value instanceof Number || value instanceof Boolean) {
      return JSON.valueToTree(value);
    }
    String text = value.toString();
    String trimmed = text.trim();
    if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
      try {
        return JSON.readTree(trimmed);
      } catch (JsonProcessingException notJson) {
        return JSON.getNodeFactory().textNode(text);
      }
    }
    return JSON.getNodeFactory().textNode(text);
  }

  private static String canonical(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "";
    }
    if (value.isContainerNode()) {
      return value.toString();
    }
    String text = value.asText().trim();
    try {
      return new BigDecimal(text).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException notANumber) {
      return text;
    }
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
