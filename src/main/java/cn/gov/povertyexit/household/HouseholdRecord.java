package cn.gov.povertyexit.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** A household as the register holds it for one year, with where it lives. */
public record HouseholdRecord(
    String id,
    String headName,
    String status,
    Place place,
    List<Member> members,
    Income income,
    DibaoStatus dibao,
    HousingRating housingRating,
    boolean drinkingWaterSafe,
    boolean foodClothingSecure,
    BigDecimal localDibaoStandard,
    PovertyStandard povertyStandard) {

  public record Place(String villageCode, String villageName, String townshipCode, String townshipName,
      String countyCode, String countyName, String cityCode, String provinceCode) {}

  public record Member(String name, String relation, LocalDate birthDate, String schooling, String dropoutReason,
      String health, boolean seriousIllnessAssisted, boolean medicalInsuranceEnrolled, String labourAbility) {

    public int ageAt(LocalDate date) {
      return Period.between(birthDate, date).getYears();
    }
  }

  /** Income components of the year; zero where the register has none for that year. */
  public record Income(BigDecimal wages, BigDecimal business, BigDecimal businessCosts, BigDecimal property,
      BigDecimal transfers) {
    public static final Income NONE = new Income(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
  }

  /**
   * Children of compulsory-school age (6–15 at the end of the year) out of school for a reason the standard does
   * not excuse: illness, disability and intellectual disability are excused (seed 000, DOMAIN.md).
   */
  public int childrenOutOfSchool(int year) {
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    return (int) members.stream()
        .filter(member -> "DROPPED_OUT".equals(member.schooling()))
        .filter(member -> member.ageAt(yearEnd) >= 6 && member.ageAt(yearEnd) <= 15)
        .filter(member -> !List.of("ILLNESS", "DISABILITY", "INTELLECTUAL").contains(member.dropoutReason()))
        .count();
  }

  public int uninsuredMembers() {
    return (int) members.stream().filter(member -> !member.medicalInsuranceEnrolled()).count();
  }

  public int seriousIllnessUnassisted() {
    return (int) members.stream()
        .filter(member -> "SERIOUS".equals(member.health()) && !member.seriousIllnessAssisted()).count();
  }
}
