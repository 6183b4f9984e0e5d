package cn.gov.povertyexit.deployment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean whose methods a model may call in an expression (e.g. {@code ${reviewLists.householdIds(...)}}):
 * read-only helpers that change nothing. Delegates are named by models only as a whole ({@code ${xDelegate}});
 * no other bean is reachable from a model.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface UsableInModels {}
