package cn.gov.povertyexit.registry;

import java.time.Instant;

/** One entry of the register's trail: who changed what, when, in which process instance, and why. */
public record StatusChange(
    SubjectType subjectType,
    String subjectId,
    String fromStatus,
    String toStatus,
    Instant changedAt,
    String actor,
    String processInstanceId,
    String reason) {}
