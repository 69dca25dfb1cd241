package org.gil4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Strict code: no lock-bound value without the lock, anywhere, as in PyO3 (no {@code Bound}
 * without a {@code Python} token) and Cython (code needs the GIL unless it is marked {@code
 * nogil}). On a class (and its nested classes) or in a {@code package-info.java} (the whole
 * package); {@code -AgilStrict} makes a whole build strict.
 *
 * <p>Outside strict code, code that is neither held nor lock-free is "unknown" and the checker
 * only looks for escapes there, so a team can adopt gil4j one method at a time. In strict code
 * there is no unknown state: using a lock-bound value, or calling something that needs the lock
 * ({@code new} of a {@code @GilBound} class, its methods, a method taking a {@code GilToken}),
 * anywhere that is not a held section is an error ({@code gil.strict.use}, {@code
 * gil.strict.call}). A lambda passed to a parameter that is neither annotated nor known to run
 * it before the call returns ({@code forEach}, {@code map}, {@code computeIfAbsent}, ...) may run
 * later on any thread, so it holds no lock either.
 *
 * <pre>{@code
 * @GilStrict
 * final class Game {
 *   public static void main(String[] args) {
 *     Gil.withGil(gil -> new World().tick());   // held: fine
 *     new World().tick();                       // error: [gil.strict.call]
 *   }
 *   private static void step(GilToken gil, World w) { w.tick(); }   // a GilToken: held
 * }
 * }</pre>
 *
 * <p>Enforced by the checker ({@code org.gil4j.checker.GilChecker}); the annotation has no effect
 * at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface GilStrict {}
