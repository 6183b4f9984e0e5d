package cn.gov.povertyexit.villagelist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** A list's households as JSON variables: rows for the forms' tables, options for their checklists. */
final class ListMembers {

  private ListMembers() {}

  static List<ListMember> read(Object value) {
    List<ListMember> members = new ArrayList<>();
    if (value instanceof SpinJsonNode rows) {
      for (SpinJsonNode row : rows.elements()) {
        members.add(new ListMember(text(row, "householdId"), text(row, "headName"), text(row, "processInstanceId"),
            row.hasProp("memberCount") ? row.prop("memberCount").numberValue().intValue() : 0,
            text(row, "perCapitaIncome"), row.hasProp("standardMet") && row.prop("standardMet").boolValue(),
            text(row, "verdict"), text(row, "decision")));
      }
    }
    return members;
  }

  static JsonValue rows(List<ListMember> members) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ListMember member : members) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("householdId", member.householdId());
      row.put("headName", member.headName());
      row.put("processInstanceId", member.processInstanceId());
      row.put("memberCount", member.memberCount());
      row.put("perCapitaIncome", member.perCapitaIncome());
      row.put("standardMet", member.standardMet());
      row.put("verdict", member.verdict());
      row.put("decision", member.decision());
      rows.add(row);
    }
    return json(rows);
  }

  /** The households as options of a checklist: the head's name and 户编号 shown, the 户编号 submitted. */
  static JsonValue options(List<ListMember> members) {
    return json(members.stream().map(member -> Map.of("label", member.label(), "value", member.householdId())).toList());
  }

  private static JsonValue json(Object rows) {
    return SpinValues.jsonValue(Spin.JSON(rows).toString()).create();
  }

  private static String text(SpinJsonNode node, String property) {
    return node.hasProp(property) && !node.prop(property).isNull() ? node.prop(property).stringValue() : "";
  }
}
