package cn.gov.povertyexit.policy;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;

/** A duration that must not be shorter than {@link #days()} days. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MinimumDuration.Validator.class)
public @interface MinimumDuration {

  long days();

  String message() default "不得少于{days}天";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<MinimumDuration, Duration> {
    private Duration minimum;

    @Override
    public void initialize(MinimumDuration annotation) {
      minimum = Duration.ofDays(annotation.days());
    }

    @Override
    public boolean isValid(Duration value, ConstraintValidatorContext context) {
      return value == null || value.compareTo(minimum) >= 0;
    }
  }
}
