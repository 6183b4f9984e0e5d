package cn.gov.povertyexit.demo;

import cn.gov.povertyexit.registry.NationalIdNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Synthetic households for the demo villages. Each village gets the same mix of situations, so that every
 * criterion of the household standard is met by some households and missed by others; the rest of the data
 * (names, sizes, ages, income mix) varies with a seed derived from the village code, so loading is repeatable.
 */
final class DemoHouseholds {

  /** What a demo household shows the standard. */
  enum Situation {
    MEETS_STANDARD,
    /** A child out of school because of a disability: an exception the standard allows. */
    DROPOUT_FOR_DISABILITY,
    /** House rated B: safe. */
    HOUSING_B,
    /** 低保 household with low own income: exits only where the local 低保 standard exceeds the line. */
    DIBAO_LOW_INCOME,
    /** Drinking water not safe: fails only in provinces that make it a criterion. */
    WATER_UNSAFE,
    INCOME_BELOW_LINE,
    /** Per-capita income exactly at the line: not "stably above" it. */
    INCOME_AT_LINE,
    FOOD_CLOTHING_INSECURE,
    DROPOUT_FOR_POVERTY,
    MEMBER_UNINSURED,
    SERIOUS_ILLNESS_UNASSISTED,
    HOUSING_C,
    HOUSING_D
  }

  record Member(String name, String nationalId, String relation, LocalDate birthDate, String schooling,
      String dropoutReason, String health, boolean seriousIllnessAssisted, boolean medicalInsuranceEnrolled,
      String labourAbility) {}

  record Income(int year, BigDecimal wages, BigDecimal businessIncome, BigDecimal businessCosts,
      BigDecimal propertyIncome, BigDecimal transfers) {}

  record Household(String id, String headName, Situation situation, String dibao, String housingRating,
      boolean drinkingWaterSafe, boolean foodClothingSecure, List<Member> members, List<Income> incomes) {}

  /** The mix every poor village gets (24 households); a non-poor village gets the first 20. */
  static final List<Situation> VILLAGE_MIX = List.of(
      Situation.MEETS_STANDARD, Situation.INCOME_BELOW_LINE, Situation.MEETS_STANDARD, Situation.INCOME_AT_LINE,
      Situation.MEETS_STANDARD, Situation.DIBAO_LOW_INCOME, Situation.MEETS_STANDARD, Situation.FOOD_CLOTHING_INSECURE,
      Situation.MEETS_STANDARD, Situation.DROPOUT_FOR_POVERTY, Situation.DROPOUT_FOR_DISABILITY, Situation.MEMBER_UNINSURED,
      Situation.MEETS_STANDARD, Situation.HOUSING_C, Situation.HOUSING_B, Situation.HOUSING_D,
      Situation.MEETS_STANDARD, Situation.WATER_UNSAFE, Situation.MEETS_STANDARD, Situation.SERIOUS_ILLNESS_UNASSISTED,
      Situation.MEETS_STANDARD, Situation.MEETS_STANDARD, Situation.MEETS_STANDARD, Situation.MEETS_STANDARD);

  private static final String SURNAMES = "张王李刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈";
  private static final String[] MALE_NAMES = {"建国", "志强", "德福", "国庆", "永生", "小军", "文华", "海涛", "长青", "金生", "福来", "春生"};
  private static final String[] FEMALE_NAMES = {"秀英", "桂兰", "春花", "玉梅", "金凤", "红梅", "淑珍", "海燕", "冬梅", "小芳", "丽华", "翠英"};
  private static final String[] CHILD_NAMES = {"子涵", "雨轩", "浩然", "欣怡", "宇航", "思琪", "俊杰", "佳怡", "梓萱", "家乐"};

  private final Set<String> nationalIds = new HashSet<>();

  /**
   * @param povertyLine the national line of each income year, so that "at the line" and "below the line" are
   *     exactly that under the configured policy
   */
  List<Household> forVillage(String villageCode, int count, IntFunction<BigDecimal> povertyLine) {
    Random random = new Random(Long.parseLong(villageCode));
    List<Household> households = new ArrayList<>();
    for (int index = 0; index < count; index++) {
      Situation situation = VILLAGE_MIX.get(index % VILLAGE_MIX.size());
      String id = villageCode + String.format("%04d", index + 1);
      households.add(household(id, villageCode.substring(0, 6), situation, random, povertyLine));
    }
    return households;
  }

  private Household household(String id, String countyCode, Situation situation, Random random,
      IntFunction<BigDecimal> povertyLine) {
    char surname = SURNAMES.charAt(random.nextInt(SURNAMES.length()));
    List<Member> members = new ArrayList<>();
    int headBirthYear = 1955 + random.nextInt(30);
    String headName = surname + pick(MALE_NAMES, random);
    members.add(adult(headName, countyCode, "HEAD", headBirthYear, random, situation));
    int size = 1 + random.nextInt(5);
    if (size >= 2) {
      members.add(adult(SURNAMES.charAt(random.nextInt(SURNAMES.length())) + pick(FEMALE_NAMES, random), countyCode,
          "SPOUSE", headBirthYear + random.nextInt(5), random, Situation.MEETS_STANDARD));
    }
    boolean needsSchoolChild = situation == Situation.DROPOUT_FOR_POVERTY || situation == Situation.DROPOUT_FOR_DISABILITY;
    int children = Math.max(size - 2, needsSchoolChild ? 1 : 0);
    for (int child = 0; child < children; child++) {
      members.add(child(surname + pick(CHILD_NAMES, random), countyCode, random, child == 0 ? situation : Situation.MEETS_STANDARD));
    }
    if (situation == Situation.MEMBER_UNINSURED) {
      Member last = members.remove(members.size() - 1);
      members.add(new Member(last.name(), last.nationalId(), last.relation(), last.birthDate(), last.schooling(),
          last.dropoutReason(), last.health(), last.seriousIllnessAssisted(), false, last.labourAbility()));
    }
    List<Income> incomes = DemoJurisdiction.INCOME_YEARS.stream()
        .map(year -> income(year, situation, members.size(), povertyLine.apply(year), random))
        .toList();
    return new Household(id, headName, situation,
        situation == Situation.DIBAO_LOW_INCOME ? "DIBAO" : "NONE",
        switch (situation) {
          case HOUSING_B -> "B";
          case HOUSING_C -> "C";
          case HOUSING_D -> "D";
          default -> "A";
        },
        situation != Situation.WATER_UNSAFE,
        situation != Situation.FOOD_CLOTHING_INSECURE,
        List.copyOf(members), incomes);
  }

  private Member adult(String name, String countyCode, String relation, int birthYear, Random random, Situation situation) {
    LocalDate birth = LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
    boolean seriouslyIll = situation == Situation.SERIOUS_ILLNESS_UNASSISTED;
    return new Member(name, nationalId(countyCode, birth), relation, birth, "FINISHED", null,
        seriouslyIll ? "SERIOUS" : random.nextInt(6) == 0 ? "CHRONIC" : "HEALTHY",
        !seriouslyIll, true, seriouslyIll ? "WEAK" : random.nextBoolean() ? "ORDINARY" : "SKILLED");
  }

  /** Children are born 2006–2016: of compulsory-school age (6–15) at the end of 2020, or younger. */
  private Member child(String name, String countyCode, Random random, Situation situation) {
    boolean dropout = situation == Situation.DROPOUT_FOR_POVERTY || situation == Situation.DROPOUT_FOR_DISABILITY;
    int birthYear = dropout ? 2007 : 2006 + random.nextInt(11);
    LocalDate birth = LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
    String schooling = dropout ? "DROPPED_OUT" : birthYear > 2014 ? "PRESCHOOL" : "IN_SCHOOL";
    String reason = situation == Situation.DROPOUT_FOR_POVERTY ? "POVERTY" : situation == Situation.DROPOUT_FOR_DISABILITY ? "DISABILITY" : null;
    String health = situation == Situation.DROPOUT_FOR_DISABILITY ? "DISABLED" : "HEALTHY";
    return new Member(name, nationalId(countyCode, birth), "CHILD", birth, schooling, reason, health, true, true, "NONE");
  }

  private Income income(int year, Situation situation, int members, BigDecimal line, Random random) {
    BigDecimal perCapita = switch (situation) {
      case INCOME_AT_LINE -> line;
      case INCOME_BELOW_LINE -> line.multiply(new BigDecimal("0.85"));
      case DIBAO_LOW_INCOME -> line.multiply(new BigDecimal("0.70"));
      default -> line.multiply(BigDecimal.valueOf(120 + random.nextInt(130), 2));
    };
    BigDecimal total = perCapita.multiply(BigDecimal.valueOf(members)).setScale(2, RoundingMode.HALF_UP);
    // Split the disposable total into the register's components: wages, business net of costs, property, transfers.
    BigDecimal wages = share(total, 55);
    BigDecimal businessNet = share(total, 30);
    BigDecimal businessCosts = share(total, 10);
    BigDecimal property = share(total, 3);
    BigDecimal transfers = total.subtract(wages).subtract(businessNet).subtract(property);
    return new Income(year, wages, businessNet.add(businessCosts), businessCosts, property, transfers);
  }

  private static BigDecimal share(BigDecimal total, int percent) {
    return total.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
  }

  /** An 18-digit id of the GB 11643 form (county code, birth date, sequence, MOD 11-2 check), unique in the set. */
  private String nationalId(String countyCode, LocalDate birth) {
    String prefix = countyCode + birth.toString().replace("-", "");
    for (int sequence = 1; ; sequence++) {
      String body = prefix + String.format("%03d", sequence);
      String id = body + NationalIdNumber.checkCharacter(body);
      if (nationalIds.add(id)) {
        return id;
      }
    }
  }

  private static String pick(String[] names, Random random) {
    return names[random.nextInt(names.length)];
  }
}
