package cn.gov.povertyexit.jurisdiction;

/** An administrative unit on the register: its level, code, Chinese name and the code of the unit above. */
public record Place(AdministrativeLevel level, String code, String name, String parentCode) {}
