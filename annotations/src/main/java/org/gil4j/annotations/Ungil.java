package org.gil4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A value that is safe to use without the lock, like a Rust type that is {@code Ungil}. This is the
 * default for every type that is not lock-bound, so it is rarely written; writing it on a class
 * asks the checker to prove that no instance field of the class is lock-bound.
 *
 * <p>Enforced by the checker ({@code org.gil4j.checker.GilChecker}): only {@code @Ungil} values
 * may be used in lock-free sections or leave a held one.
 *
 * <pre>{@code
 * @Ungil record Sample(int[] values) {}            // a plain copy, safe anywhere
 * Sample copy = Gil.withGil(gil -> new Sample(numbers.toArray()));
 * gil.allowThreads(() -> sum(copy.values()));       // fine: nothing lock-bound is touched
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER})
public @interface Ungil {}
