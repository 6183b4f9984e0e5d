package cn.gov.povertyexit.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a province decides for itself: its procedure, its own poverty line where it has one (seed 004 has a
 * provincial standard), whether drinking water is a household criterion, and its village standard.
 */
public record ProvincePolicy(
    @NotBlank String name,
    @NotNull ProcedureVariant procedureVariant,
    boolean drinkingWaterRequired,
    Map<Integer, @NotNull @Positive BigDecimal> provincialPovertyLine,
    @NotNull @DecimalMin("0.0") @DecimalMax("1.0") BigDecimal villageIncidenceThreshold,
    List<@Valid ChecklistItem> villageChecklist,
    @DecimalMin("0.0") @DecimalMax("1.0") BigDecimal citySampleRateMin,
    @DecimalMin("0.0") @DecimalMax("1.0") BigDecimal citySampleRateMax) {

  public ProvincePolicy {
    provincialPovertyLine = provincialPovertyLine == null ? Map.of() : Map.copyOf(provincialPovertyLine);
    villageChecklist = villageChecklist == null ? List.of() : List.copyOf(villageChecklist);
  }

  public Optional<BigDecimal> provincialPovertyLine(int year) {
    return Optional.ofNullable(provincialPovertyLine.get(year));
  }
}
