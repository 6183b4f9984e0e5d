package cn.gov.povertyexit.notice;

import static cn.gov.povertyexit.notice.NoticeVariables.OBJECTION_QUEUE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/** The objections of one notice waiting to be verified, kept as a JSON list on the notice, oldest first. */
final class ObjectionQueue {

  /** {@code recordId}: the objection's row in notice_objection, null where no notice of the register was found. */
  record Objection(String objector, String content, String receivedBy, String receivedAt, Long recordId) {}

  private ObjectionQueue() {}

  static List<Objection> read(VariableScope notice) {
    List<Objection> queue = new ArrayList<>();
    if (notice.getVariable(OBJECTION_QUEUE) instanceof SpinJsonNode list) {
      for (SpinJsonNode item : list.elements()) {
        queue.add(new Objection(text(item, "objector"), text(item, "content"), text(item, "receivedBy"),
            text(item, "receivedAt"),
            item.hasProp("recordId") && item.prop("recordId").isNumber() ? item.prop("recordId").numberValue().longValue()
                : null));
      }
    }
    return queue;
  }

  static void write(VariableScope notice, List<Objection> queue) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Objection objection : queue) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("objector", objection.objector());
      item.put("content", objection.content());
      item.put("receivedBy", objection.receivedBy());
      item.put("receivedAt", objection.receivedAt());
      item.put("recordId", objection.recordId());
      items.add(item);
    }
    notice.setVariable(OBJECTION_QUEUE, SpinValues.jsonValue(Spin.JSON(items).toString()).create());
  }

  private static String text(SpinJsonNode node, String property) {
    return node.hasProp(property) && !node.prop(property).isNull() ? node.prop(property).stringValue() : "";
  }
}
