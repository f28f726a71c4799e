package dev.cxkit.model.json;

import com.fasterxml.jackson.databind.AbstractTypeResolver;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.lang.reflect.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Reads each abstract model type as its Immutables implementation ({@code ImmutableX} beside {@code
 * X}).
 *
 * <p>The model types carry only an element-free {@code @JsonSerialize} (which turns on Immutables'
 * Jackson support) and no {@code @JsonDeserialize(as = ImmutableX.class)}: an annotation with
 * elements whose class is missing makes {@code javac -Xlint:all -Werror} fail in every consumer
 * that compiles without jackson-databind, and databind is optional for users who do not use JSON.
 * This resolver gives Jackson the mapping instead.
 */
final class ImmutableTypes extends SimpleModule {

  private static final long serialVersionUID = 1L;

  private static final String MODEL_PACKAGE = "dev.cxkit.model.";

  ImmutableTypes() {
    super("cxkit-immutable-types");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addAbstractTypeResolver(new Resolver());
  }

  /** The implementation of {@code type}, when it is an abstract cxkit model type. */
  static @Nullable Class<?> implementationOf(Class<?> type) {
    if (!type.getName().startsWith(MODEL_PACKAGE)
        || !Modifier.isAbstract(type.getModifiers())
        || type.isArray()
        || type.isEnum()) {
      return null;
    }
    String name = type.getPackageName() + ".Immutable" + type.getSimpleName();
    try {
      Class<?> implementation = Class.forName(name, false, type.getClassLoader());
      return type.isAssignableFrom(implementation) ? implementation : null;
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static final class Resolver extends AbstractTypeResolver {
    @Override
    public @Nullable JavaType findTypeMapping(DeserializationConfig config, JavaType type) {
      Class<?> implementation = implementationOf(type.getRawClass());
      return implementation == null
          ? null
          : config.getTypeFactory().constructSpecializedType(type, implementation);
    }
  }
}
