package cn.gov.povertyexit.policy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** One item of a province's village exit checklist, e.g. 通宽带. The code is the form field key. */
public record ChecklistItem(@NotBlank @Pattern(regexp = "[a-z][A-Za-z0-9]*") String code, @NotBlank String label) {}
