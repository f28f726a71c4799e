package dev.cxkit.model.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a check method does with its arguments, in JetBrains' contract syntax, for NullAway
 * (configured with {@code -XepOpt:NullAway:CustomContractAnnotations}): after {@code
 * checkArgument(x != null, ...)} returns, {@code x} is not null.
 *
 * {@snippet :
 * @Contract("false, _, _ -> fail")
 * public static void checkArgument(boolean condition, String template, Object... args)
 * }
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Contract {
  /** The clauses, for example {@code "false, _ -> fail"} or {@code "null -> fail"}. */
  String value();
}
