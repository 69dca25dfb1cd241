/**
 * The annotations of gil4j's lock discipline, the strict-mode marker and the marker its processor
 * puts on generated code.
 *
 * <p>Two are type qualifiers, read by the checker ({@code org.gil4j.checker.GilChecker}):
 * {@link org.gil4j.annotations.GilBound} marks values that may only be touched while the lock is
 * held, {@link org.gil4j.annotations.Ungil} marks values that are safe without it (the default).
 * Two are section annotations, read by both the checker and the processor: {@link
 * org.gil4j.annotations.NoGil} makes a method body or a functional argument lock-free, {@link
 * org.gil4j.annotations.WithGil} makes it run holding the lock. {@link
 * org.gil4j.annotations.GilStrict}, on a class or a package, removes the "unknown" state: there,
 * code that is not held may not touch lock-bound values at all.
 *
 * <p>This package has no dependencies, so it can sit on any compile classpath. The qualifier
 * hierarchy ({@code @Ungil} below {@code @GilBound}) is defined by the checker, not by
 * meta-annotations here.
 */
package org.gil4j.annotations;
