package cn.gov.povertyexit.procedure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/**
 * A list a form submits: a JSON array of objects from a REST client, or — from Tasklist, where Camunda Forms'
 * dynamic lists cannot be completed — a text with one entry per line (or entries separated by 、 or ；), each entry
 * its columns in order, separated by spaces or a comma: "王伟 义宁镇扶贫办主任", "3604241002010003 家庭收入不实".
 * The last column takes the rest of the entry. Blank entries are left out.
 */
public final class ListedEntries {

  private ListedEntries() {}

  /** Each entry's columns, in the order of {@code properties}; a missing column is an empty string. */
  public static List<List<String>> read(Object value, String... properties) {
    List<List<String>> entries = new ArrayList<>();
    if (value instanceof SpinJsonNode list && list.isArray()) {
      for (SpinJsonNode element : list.elements()) {
        List<String> columns = new ArrayList<>();
        for (String property : properties) {
          columns.add(element.isObject() && element.hasProp(property) && !element.prop(property).isNull()
              ? text(element.prop(property)) : "");
        }
        add(entries, columns);
      }
    } else if (value instanceof String text) {
      for (String entry : text.split("\\R|[、；;]")) {
        List<String> columns = new ArrayList<>(Arrays.asList(
            entry.trim().split("[\\s,，：:]+", properties.length)));
        while (columns.size() < properties.length) {
          columns.add("");
        }
        add(entries, columns.stream().map(String::trim).toList());
      }
    }
    return entries;
  }

  /** Every value of a one-column list, where a line may also hold several, separated by spaces or commas. */
  public static List<String> values(Object value, String property) {
    if (value instanceof String text) {
      return Arrays.stream(text.split("[\\s,，、；;]+")).map(String::trim).filter(id -> !id.isEmpty()).toList();
    }
    return read(value, property).stream().map(columns -> columns.get(0)).toList();
  }

  private static String text(SpinJsonNode node) {
    return (node.isValue() ? node.value().toString() : node.toString()).trim();
  }

  private static void add(List<List<String>> entries, List<String> columns) {
    if (columns.stream().anyMatch(column -> !column.isEmpty())) {
      entries.add(columns);
    }
  }
}
