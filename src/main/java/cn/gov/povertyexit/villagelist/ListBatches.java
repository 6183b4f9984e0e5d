package cn.gov.povertyexit.villagelist;

import static cn.gov.povertyexit.villagelist.VillageListVariables.LIST_NUMBER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Starts a place's next list of the year: business key "代码-年度-批次", the batch one more than the lists before it. */
final class ListBatches {

  private ListBatches() {}

  /** The place variables of the execution that a new list carries, by name. */
  static Map<String, Object> placeOf(DelegateExecution execution, List<String> names) {
    Map<String, Object> variables = new HashMap<>();
    names.forEach(name -> variables.put(name, execution.getVariable(name)));
    return variables;
  }

  /** The new list's process instance id. */
  static String startNext(ProcessEngineServices engine, String listProcess, String placeCode, int year,
      Map<String, Object> variables) {
    String keyPrefix = placeCode + "-" + year + "-";
    long earlier = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(listProcess)
        .processInstanceBusinessKeyLike(keyPrefix + "%").count();
    int number = (int) earlier + 1;
    Map<String, Object> withNumber = new HashMap<>(variables);
    withNumber.put(LIST_NUMBER, number);
    return engine.getRuntimeService().createProcessInstanceByKey(listProcess).businessKey(keyPrefix + number)
        .setVariables(withNumber).execute().getId();
  }
}
