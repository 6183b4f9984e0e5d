package cn.gov.povertyexit.countyreview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The lists a county review carries (review list, filing list, sample, approvals, exclusions) as JSON variables,
 * which Tasklist shows as tables: one row per household case.
 */
public final class ReviewRows {

  public record Row(String householdId, String headName, String villageName, String processInstanceId, String reason) {

    public Row withReason(String newReason) {
      return new Row(householdId, headName, villageName, processInstanceId, newReason);
    }
  }

  private ReviewRows() {}

  public static List<Row> read(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    List<Row> rows = new ArrayList<>();
    if (value instanceof SpinJsonNode list) {
      for (SpinJsonNode node : list.elements()) {
        rows.add(new Row(text(node, "householdId"), text(node, "headName"), text(node, "villageName"),
            text(node, "processInstanceId"), text(node, "reason")));
      }
    }
    return rows;
  }

  public static void write(VariableScope scope, String name, List<Row> rows) {
    List<Map<String, Object>> json = rows.stream().map(row -> {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("householdId", row.householdId());
      map.put("headName", row.headName());
      map.put("villageName", row.villageName());
      map.put("processInstanceId", row.processInstanceId());
      if (row.reason() != null) {
        map.put("reason", row.reason());
      }
      return map;
    }).toList();
    scope.setVariable(name, SpinValues.jsonValue(Spin.JSON(json).toString()).create());
  }

  private static String text(SpinJsonNode node, String property) {
    return node.hasProp(property) && !node.prop(property).isNull() ? node.prop(property).stringValue() : null;
  }
}
