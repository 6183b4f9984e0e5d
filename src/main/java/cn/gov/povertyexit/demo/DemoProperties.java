package cn.gov.povertyexit.demo;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The synthetic demo jurisdiction: on by default for a first look, off in production. */
@Validated
@ConfigurationProperties("poverty-exit.demo")
public record DemoProperties(boolean enabled, @NotBlank String password) {}
