package dev.cxkit.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style of every cxkit model package: generated implementations stay
 * package-private behind the abstract type ("sandwich" builders), and only JDK collections appear
 * in generated code. An implementation detail of the model, not API: it lives in the internal
 * package, exported only to cxkit's own modules.
 *
 * <p>Applied in each model package's {@code package-info.java}:
 *
 * <pre>{@code
 * @CxStyle
 * package dev.cxkit.model.survey;
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    get = {"is*", "get*"},
    allowedClasspathAnnotations = {org.immutables.value.Generated.class},
    defaults = @Value.Immutable(copy = true))
public @interface CxStyle {}
