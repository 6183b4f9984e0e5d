package cn.gov.povertyexit.identification;

/** How a household came to be considered: its own application, or the cadres' screening (农户申请或干部排查). */
public enum ApplicationSource {
  APPLICATION,
  SCREENING
}
