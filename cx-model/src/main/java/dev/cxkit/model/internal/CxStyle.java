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
 * <p>Nothing of Immutables reaches the published classes' consumers: the style is source-retained,
 * {@code allowedClasspathAnnotations = Override} keeps {@code @Generated} (an annotation with
 * elements from a {@code provided} jar, which fails consumers' {@code -Xlint:all -Werror} builds)
 * off the generated builders that public builders extend, and copy methods ({@code withX}) are off
 * because the implementations are package-private anyway. The Immutables annotations left in class
 * files ({@code @Value.Immutable}, {@code @Value.Default}, ...) carry no elements, which {@code
 * javac} accepts without their class.
 *
 * <p>Applied in each model package's {@code package-info.java}:
 *
 * <pre>{@code
 * @CxStyle
 * package dev.cxkit.model.survey;
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    get = {"is*", "get*"},
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
public @interface CxStyle {}
