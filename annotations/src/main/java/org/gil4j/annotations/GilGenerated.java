package org.gil4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a lock wrapper written by gil4j's processor. The checker trusts a call through a type
 * carrying this mark to take the lock itself, so lock-free code may call the wrapper of a {@code
 * WithGil} method. Not meant to be written by hand.
 *
 * <pre>{@code
 * @GilGenerated(wrapping = Registry.class)
 * public class Registry_Gil extends Registry { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface GilGenerated {
  /** The annotated type this wrapper was generated for. */
  Class<?> wrapping();
}
