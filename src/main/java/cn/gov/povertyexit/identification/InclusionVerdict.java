package cn.gov.povertyexit.identification;

import java.util.List;

/**
 * The inclusion standard's answer: the outcome, the category the household is listed in (一般贫困户, 兜底户 or
 * 返贫户) when it is included, the reasons in the seed's words with the figures, and — when the sector is to solve
 * a gap — the items it must solve.
 */
public record InclusionVerdict(InclusionOutcome outcome, String category, List<String> reasons, List<String> sectorItems) {

  public InclusionVerdict {
    reasons = List.copyOf(reasons);
    sectorItems = List.copyOf(sectorItems);
  }

  public String reasonText() {
    return String.join("；", reasons);
  }
}
