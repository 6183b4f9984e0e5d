package cn.gov.povertyexit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chinese translation of each webapp against the English one shipped in the Camunda webjar on the class
 * path: after an upgrade, a new or renamed key fails here instead of showing English to officials.
 */
class TranslationCompletenessTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
  /** Keys deliberately empty: the migration banner, and English plural endings Chinese does not have. */
  private static final Set<String> EMPTY_ON_PURPOSE =
      Set.of("BANNER_CE_EOL_TEXT", "PLGN_BATCH_S", "PLGN_MIG_S", "PLGN_MOD_DIALOG_S", "PLGN_MOD_RESTART_DIALOG_S");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldTranslateEveryKeyOfTheShippedEnglish(String app) throws IOException {
    JsonNode english = read("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json");
    JsonNode chinese = read("META-INF/resources/webjars/camunda/app/" + app + "/locales/zh.json");

    assertThat(keys(chinese.get("labels"))).isEqualTo(keys(english.get("labels")));
    if (english.has("dateLocales")) {
      assertThat(keys(chinese.get("dateLocales"))).containsAll(keys(english.get("dateLocales")));
      assertThat(keys(chinese.path("dateLocales").path("longDateFormat")))
          .containsAll(keys(english.path("dateLocales").path("longDateFormat")));
      assertThat(chinese.path("dateLocales").path("longDateFormat").path("LL").asText()).contains("年");
    }

    List<String> problems = new ArrayList<>();
    int withChinese = 0;
    for (String key : keys(english.get("labels"))) {
      String en = english.get("labels").get(key).asText();
      String zh = chinese.get("labels").get(key).asText();
      if (!placeholders(en).equals(placeholders(zh))) {
        problems.add(key + ": placeholders " + placeholders(en) + " became " + placeholders(zh));
      }
      if (zh.isBlank() && !en.isBlank() && !EMPTY_ON_PURPOSE.contains(key)) {
        problems.add(key + ": empty");
      }
      if (CJK.matcher(zh).find()) {
        withChinese++;
      }
    }
    assertThat(problems).isEmpty();
    assertThat(chinese.get("labels").path("BANNER_CE_EOL_TEXT").asText("")).isEmpty();
    // names (Camunda, JSON, type names) stay as they are; everything else is Chinese
    assertThat(withChinese).isGreaterThan(keys(english.get("labels")).size() * 9 / 10);
  }

  private static JsonNode read(String resource) throws IOException {
    try (InputStream stream = TranslationCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(stream).as(resource).isNotNull();
      byte[] bytes = stream.readAllBytes();
      int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
      return JSON.readTree(new String(bytes, offset, bytes.length - offset, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private static Set<String> keys(JsonNode node) {
    Set<String> keys = new TreeSet<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replace(" ", ""));
    }
    found.sort(String::compareTo);
    return found;
  }
}
