package cn.gov.povertyexit.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a Camunda Form lets an official submit: its fields by variable name, with type, whether the official may
 * change them, and the form's own validation. Read from the deployed form itself, so that the server enforces
 * exactly what the analyst put in the form — a variable that is not a field of the form cannot be submitted.
 */
public final class FormContract {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Components that show something but submit nothing. */
  private static final List<String> DISPLAY_ONLY = List.of("text", "html", "image", "spacer", "separator", "button",
      "iframe", "table", "documentPreview");

  /**
   * One field of the form.
   *
   * @param editable false for read-only and disabled fields: shown from the case, never changed by the official
   * @param required the form's "required" on a field that is always shown (a conditionally hidden field is not)
   * @param options the allowed values of a select, radio or checklist with fixed options; empty otherwise
   * @param optionsVariable the variable holding the options, when the form takes them from the case
   * @param items the fields of each item of a dynamic list (or of a group with its own path)
   * @param optionLabels the label the official sees for each fixed option, by value
   */
  public record Field(String key, String type, String label, boolean editable, boolean required, List<String> options,
      String optionsVariable, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength, String pattern,
      String dateSubtype, Map<String, Field> items, Map<String, String> optionLabels) {

    public String displayName() {
      return label == null || label.isBlank() ? key : "「" + label + "」（" + key + "）";
    }

    public boolean isList() {
      return type.equals("dynamiclist");
    }
  }

  /** A table the form shows from a case variable ({@code "=approvalList"}), under its label. */
  public record Table(String variable, String label) {}

  private final String formId;
  private final Map<String, Field> fields;
  private final List<Table> tables;

  private FormContract(String formId, Map<String, Field> fields, List<Table> tables) {
    this.formId = formId;
    this.fields = Collections.unmodifiableMap(fields);
    this.tables = List.copyOf(tables);
  }

  public static FormContract parse(String formJson) {
    try {
      JsonNode form = JSON.readTree(formJson);
      Map<String, Field> fields = new LinkedHashMap<>();
      collect(form.path("components"), true, true, fields);
      List<Table> tables = new ArrayList<>();
      collectTables(form.path("components"), tables);
      return new FormContract(form.path("id").asText(""), fields, tables);
    } catch (IOException e) {
      throw new UncheckedIOException("not a Camunda Form", e);
    }
  }

  /** A task or start event without a form: nothing may be submitted. */
  public static FormContract none() {
    return new FormContract("", Map.of(), List.of());
  }

  public String formId() {
    return formId;
  }

  public Map<String, Field> fields() {
    return fields;
  }

  public Optional<Field> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  /** The tables the form shows from case variables, in the form's order. */
  public List<Table> tables() {
    return tables;
  }

  private static void collectTables(JsonNode components, List<Table> into) {
    for (JsonNode component : components) {
      String source = component.path("dataSource").asText("");
      if (component.path("type").asText().equals("table") && source.matches("=\\s*[A-Za-z_][A-Za-z0-9_]*\\s*")) {
        into.add(new Table(source.substring(1).trim(), component.path("label").asText("")));
      }
      collectTables(component.path("components"), into);
    }
  }

  private static void collect(JsonNode components, boolean editable, boolean alwaysShown, Map<String, Field> into) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      boolean ownEditable = editable && !component.path("readonly").asBoolean(false)
          && !component.path("disabled").asBoolean(false);
      boolean shown = alwaysShown && component.path("conditional").path("hide").isMissingNode();
      if (DISPLAY_ONLY.contains(type)) {
        continue;
      }
      if (type.equals("group") && !component.hasNonNull("path")) {
        collect(component.path("components"), ownEditable, shown, into);
        continue;
      }
      String key = component.hasNonNull("key") ? component.get("key").asText() : component.path("path").asText(null);
      if (key == null || key.isBlank()) {
        continue;
      }
      Map<String, Field> items = new LinkedHashMap<>();
      if (component.has("components")) {
        collect(component.path("components"), ownEditable, true, items);
      }
      JsonNode validate = component.path("validate");
      List<String> options = new ArrayList<>();
      Map<String, String> optionLabels = new LinkedHashMap<>();
      component.path("values").forEach(option -> {
        options.add(option.path("value").asText());
        optionLabels.put(option.path("value").asText(), option.path("label").asText(option.path("value").asText()));
      });
      String label = component.hasNonNull("label") ? component.get("label").asText()
          : component.path("dateLabel").asText(component.path("timeLabel").asText(null));
      into.put(key, new Field(key, type, label, ownEditable,
          shown && validate.path("required").asBoolean(false), List.copyOf(options),
          component.path("valuesKey").asText(null), decimal(validate, "min"), decimal(validate, "max"),
          integer(validate, "minLength"), integer(validate, "maxLength"), validate.path("pattern").asText(null),
          component.path("subtype").asText(null), Collections.unmodifiableMap(items),
          Collections.unmodifiableMap(optionLabels)));
    }
  }

  private static BigDecimal decimal(JsonNode validate, String name) {
    return validate.path(name).isNumber() ? validate.get(name).decimalValue() : null;
  }

  private static Integer integer(JsonNode validate, String name) {
    return validate.path(name).isNumber() ? validate.get(name).intValue() : null;
  }
}
