package cn.gov.povertyexit.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What a deployed model may reach: the project's own delegates (named whole, as {@code ${markPreExitDelegate}}),
 * the read-only helpers marked {@link UsableInModels}, and the case's plain variables. Not the engine's services,
 * not other beans, not scripts, not classes outside the project — so that deploying a model, which analysts may
 * do, can never give anyone rights or change the register outside a procedure step.
 */
public final class ModelSafetyCheck {

  /** Which beans a model may name; answered from the application context at deployment time. */
  public interface Beans {
    boolean isDelegate(String name);

    boolean isUsableInModels(String name);

    boolean exists(String name);
  }

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final String PROJECT_PACKAGE = "cn.gov.povertyexit.";
  private static final Set<String> DEPLOYABLE_SUFFIXES = Set.of(".bpmn", ".bpmn20.xml", ".form", ".png", ".svg");
  /** Read-only facts of the running step a model may use, e.g. the business key handed to a called process. */
  private static final Set<String> STEP_PROPERTIES =
      Set.of("processBusinessKey", "processInstanceId", "businessKey", "currentActivityId", "eventName", "taskDefinitionKey");
  private static final Set<String> STEP_OBJECTS = Set.of("execution", "task", "caseExecution", "variableScope");
  private static final Pattern FORBIDDEN_WORDS = Pattern.compile("\\b(class|getClass|forName|classLoader|getClassLoader"
      + "|newInstance|invoke|getMethod|getDeclaredMethod|getDeclaredField|getRuntime|exec|processEngine"
      + "|processEngineServices|getProcessEngine|getProcessEngineServices|processEngineConfiguration|ProcessEngines"
      + "|Runtime|System|Thread|ClassLoader)\\b");
  private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
      "lt", "gt", "le", "ge", "div", "mod", "instanceof");
  private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern CHAIN =
      Pattern.compile("(?<![\\w$.:])([A-Za-z_$][\\w$]*)((?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)(\\s*\\[)?");
  private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("\\$\\{\\s*([A-Za-z_$][\\w$]*)\\s*}");

  private final Beans beans;

  public ModelSafetyCheck(Beans beans) {
    this.beans = beans;
  }

  /** Refuses a resource that may not be deployed at all (decision tables, scripts...). */
  public void checkResourceName(String resourceName) {
    String lower = resourceName.toLowerCase(Locale.ROOT);
    if (DEPLOYABLE_SUFFIXES.stream().noneMatch(lower::endsWith)) {
      throw new ModelRefusedException("不能部署 " + resourceName + "：本系统只部署 BPMN 流程模型（.bpmn）和 Camunda 表单（.form）");
    }
  }

  /** Checks every attribute and text of a BPMN model; the first finding refuses the deployment. */
  public void checkModel(String resourceName, byte[] xml) {
    Element root = parse(resourceName, xml);
    List<String> findings = new ArrayList<>();
    walk(root, findings);
    if (!findings.isEmpty()) {
      throw new ModelRefusedException("模型 " + resourceName + " 不能部署：" + findings.get(0)
          + "（模型中的表达式只能引用本系统的委托类、模型辅助对象和流程变量）");
    }
  }

  private void walk(Element element, List<String> findings) {
    String local = element.getLocalName();
    if ("scriptTask".equals(local) || (CAMUNDA_NS.equals(element.getNamespaceURI())
        && ("script".equals(local) || "connector".equals(local)))) {
      findings.add("不允许脚本或连接器（" + local + "）");
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      checkAttribute(element, attribute, findings);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        walk(childElement, findings);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        checkText(child.getNodeValue(), findings);
      }
    }
  }

  private void checkAttribute(Element element, Attr attribute, List<String> findings) {
    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
    String value = attribute.getValue();
    boolean camunda = CAMUNDA_NS.equals(attribute.getNamespaceURI()) || CAMUNDA_NS.equals(element.getNamespaceURI());
    if (camunda && name.equals("class") && !value.trim().startsWith(PROJECT_PACKAGE)) {
      findings.add("引用了本系统以外的类 " + value);
    } else if (name.equals("scriptFormat") || (camunda && name.equals("resource"))) {
      findings.add("不允许脚本（" + name + "）");
    } else if (camunda && name.equals("delegateExpression")) {
      Matcher bean = DELEGATE_EXPRESSION.matcher(value.trim());
      if (!bean.matches() || !beans.isDelegate(bean.group(1))) {
        findings.add("委托表达式 " + value + " 不是本系统的委托类");
      }
    } else {
      checkText(value, findings);
    }
  }

  private void checkText(String text, List<String> findings) {
    if (text == null) {
      return;
    }
    for (String expression : expressions(text)) {
      String finding = checkExpression(expression);
      if (finding != null) {
        findings.add(finding);
      }
    }
  }

  /** The finding for one expression body (without {@code ${ }}), or null when it is allowed. */
  String checkExpression(String expression) {
    Matcher forbidden = FORBIDDEN_WORDS.matcher(expression);
    if (forbidden.find()) {
      return "表达式 ${" + expression + "} 使用了 " + forbidden.group(1);
    }
    String code = STRING_LITERAL.matcher(expression).replaceAll("''");
    Matcher chain = CHAIN.matcher(code);
    while (chain.find()) {
      String root = chain.group(1);
      if (EL_WORDS.contains(root)) {
        continue;
      }
      List<String> parts = chain.group(2).isBlank() ? List.of()
          : List.of(chain.group(2).replaceAll("\\s", "").substring(1).split("\\."));
      boolean indexed = chain.group(3) != null;
      boolean called = isFollowedByCall(code, chain.end(2));
      if (STEP_OBJECTS.contains(root)) {
        if (indexed || parts.size() > 1 || (parts.size() == 1 && (!STEP_PROPERTIES.contains(parts.get(0)) || called))) {
          return "表达式 ${" + expression + "} 通过 " + root + " 访问了流程引擎";
        }
      } else if (beans.isDelegate(root)) {
        if (!parts.isEmpty() || indexed || called) {
          return "表达式 ${" + expression + "} 直接调用了委托类 " + root;
        }
      } else if (beans.isUsableInModels(root)) {
        if (indexed) {
          return "表达式 ${" + expression + "} 的写法不允许";
        }
      } else if (beans.exists(root)) {
        return "表达式 ${" + expression + "} 引用了系统对象 " + root;
      }
    }
    return null;
  }

  private static boolean isFollowedByCall(String code, int position) {
    int i = position;
    while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
      i++;
    }
    return i < code.length() && code.charAt(i) == '(';
  }

  /** The bodies of every {@code ${…}} and {@code #{…}} in a text, braces inside string literals respected. */
  static List<String> expressions(String text) {
    List<String> found = new ArrayList<>();
    int start = indexOfExpression(text, 0);
    while (start >= 0) {
      int depth = 0;
      char quote = 0;
      int end = -1;
      for (int i = start + 2; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quote != 0) {
          if (c == '\\') {
            i++;
          } else if (c == quote) {
            quote = 0;
          }
        } else if (c == '\'' || c == '"') {
          quote = c;
        } else if (c == '{') {
          depth++;
        } else if (c == '}') {
          if (depth == 0) {
            end = i;
            break;
          }
          depth--;
        }
      }
      if (end < 0) {
        found.add(text.substring(start + 2));
        break;
      }
      found.add(text.substring(start + 2, end));
      start = indexOfExpression(text, end + 1);
    }
    return found;
  }

  private static int indexOfExpression(String text, int from) {
    int dollar = text.indexOf("${", from);
    int hash = text.indexOf("#{", from);
    if (dollar < 0) {
      return hash;
    }
    return hash < 0 ? dollar : Math.min(dollar, hash);
  }

  private static Element parse(String resourceName, byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new ModelRefusedException("模型 " + resourceName + " 不是有效的 BPMN 文件：" + e.getMessage());
    }
  }
}
