package org.gil4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A value that may only be touched while the current thread holds the lock, like PyO3's {@code
 * Bound<'py, T>}. Written on a class, it makes every instance of that class and of its subclasses
 * lock-bound; written on a use, it makes that one type lock-bound.
 *
 * <p>The checker ({@code org.gil4j.checker.GilChecker}) refuses a lock-bound value in a lock-free
 * section and refuses to let one leave its held section; see {@code docs/rules/} for each rule.
 *
 * <pre>{@code
 * @GilBound final class NumberList { final List<Integer> items = new ArrayList<>(); }
 * NumberList numbers = Gil.withGil(gil -> new NumberList());   // error: escapes its section
 * gil.allowThreads(() -> numbers.items.size());                 // error: used without the lock
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER})
public @interface GilBound {}
