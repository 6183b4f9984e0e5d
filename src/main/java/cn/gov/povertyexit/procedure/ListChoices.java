package cn.gov.povertyexit.procedure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/** The 户编号 ticked in a checklist, as Tasklist (a JSON array) or a REST client (JSON or a list) submits them. */
public final class ListChoices {

  private ListChoices() {}

  public static Set<String> ids(Object value) {
    List<String> ids = new ArrayList<>();
    if (value instanceof SpinJsonNode node && node.isArray()) {
      node.elements().forEach(element -> ids.add(element.isString() ? element.stringValue() : element.toString()));
    } else if (value instanceof Collection<?> items) {
      items.forEach(item -> ids.add(String.valueOf(item)));
    } else if (value instanceof String text && text.trim().startsWith("[")) {
      return ids(Spin.JSON(text));
    } else if (value instanceof String text) {
      for (String id : text.split("[\\s,，、；;]+")) {
        ids.add(id);
      }
    }
    Set<String> result = new LinkedHashSet<>();
    ids.stream().map(String::trim).filter(id -> !id.isEmpty()).forEach(result::add);
    return result;
  }
}
