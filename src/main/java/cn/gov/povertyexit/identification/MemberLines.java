package cn.gov.povertyexit.identification;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.registerdata.RegisterCodes;
import cn.gov.povertyexit.registry.NationalIdNumber;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the members of a new household from the survey's text, one member a line:
 * {@code 姓名 身份证号 与户主关系 健康状况 劳动能力 在校情况}, separated by spaces (full-width spaces too). Every
 * problem is reported with its line in Chinese, all at once, so that the team corrects the text in one go.
 */
public final class MemberLines {

  static final int MOST_MEMBERS = 30;
  static final String FORMAT = "每行一人：姓名 身份证号 与户主关系 健康状况 劳动能力 在校情况，以空格分隔";

  // shorter words officials type for the register's labels
  private static final Map<String, String> LABOUR_WORDS = labels("弱劳动力", "WEAK", "半劳动力", "WEAK", "丧失劳动力", "NONE");
  private static final Map<String, String> SCHOOLING = labels("学龄前", "PRESCHOOL", "在校生", "IN_SCHOOL", "已完成学业",
      "FINISHED", "未上学", "NONE", "因贫辍学", "DROPPED_OUT:POVERTY", "因病辍学", "DROPPED_OUT:ILLNESS", "残疾辍学",
      "DROPPED_OUT:DISABILITY", "智障辍学", "DROPPED_OUT:INTELLECTUAL", "其他原因辍学", "DROPPED_OUT:OTHER");

  private MemberLines() {}

  public static List<MemberLine> read(String text) {
    List<String> problems = new ArrayList<>();
    List<MemberLine> members = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    String[] lines = text == null ? new String[0] : text.strip().split("\\R");
    for (int index = 0; index < lines.length; index++) {
      int number = index + 1;
      String line = lines[index].replace('\u3000', ' ').strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] words = line.split("\\s+");
      if (words.length != 6) {
        problems.add("第" + number + "行应有6项（" + FORMAT + "），实有" + words.length + "项");
        continue;
      }
      int before = problems.size();
      String id = words[1].toUpperCase();
      NationalIdNumber.problemWith(id).ifPresent(problem -> problems.add("第" + number + "行身份证号" + problem));
      if (!ids.add(id)) {
        problems.add("第" + number + "行身份证号与前面的成员重复");
      }
      String relation = code(RegisterCodes.RELATION, words[2], number, "与户主关系", problems);
      String health = code(RegisterCodes.HEALTH, words[3], number, "健康状况", problems);
      String labour = LABOUR_WORDS.containsKey(words[4]) ? LABOUR_WORDS.get(words[4])
          : code(RegisterCodes.LABOUR, words[4], number, "劳动能力", problems);
      String schooling = code(SCHOOLING, words[5], number, "在校情况", problems);
      if (problems.size() == before) {
        String[] school = schooling.split(":");
        members.add(new MemberLine(number, words[0], id, NationalIdNumber.birthDate(id).orElseThrow(), relation, health,
            labour, school[0], school.length > 1 ? school[1] : null));
      }
    }
    if (problems.isEmpty()) {
      long heads = members.stream().filter(member -> "HEAD".equals(member.relation())).count();
      if (members.isEmpty()) {
        problems.add("请填写家庭成员（" + FORMAT + "）");
      } else if (heads != 1) {
        problems.add("家庭成员中应有且只有一名户主，实有" + heads + "名");
      }
      if (members.size() > MOST_MEMBERS) {
        problems.add("家庭成员超过" + MOST_MEMBERS + "人，请核对是否为一户");
      }
    }
    if (!problems.isEmpty()) {
      throw new CaseRefusedException("家庭成员填写有误：" + String.join("；", problems));
    }
    return List.copyOf(members);
  }

  private static String code(RegisterCodes codes, String word, int line, String field, List<String> problems) {
    Optional<String> code = codes.codeOf(word);
    if (code.isEmpty()) {
      problems.add("第" + line + "行" + field + "「" + word + "」不是可选值（" + codes.allowed() + "）");
    }
    return code.orElse(null);
  }

  private static String code(Map<String, String> labels, String word, int line, String field, List<String> problems) {
    String code = labels.get(word);
    if (code == null) {
      problems.add("第" + line + "行" + field + "「" + word + "」不是可选值（" + String.join("、", labels.keySet()) + "）");
    }
    return code;
  }

  private static Map<String, String> labels(String... pairs) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      labels.put(pairs[i], pairs[i + 1]);
    }
    return labels;
  }
}
