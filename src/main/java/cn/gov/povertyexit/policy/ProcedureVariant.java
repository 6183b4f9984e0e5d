package cn.gov.povertyexit.policy;

/** Which province's exit procedure a province follows; each is drawn in the models as its own branch. */
public enum ProcedureVariant {
  /** Seed 000, Jiangxi 2017: the canonical procedure. */
  JIANGXI,
  /** Seed 003, Hunan 2020: signatures, sector-data comparison, 100% home visits, city sample check. */
  HUNAN,
  /** Seed 004, Heilongjiang: appraisal, verification with the household's agreement, one village notice. */
  HEILONGJIANG
}
