package org.gil4j.checker;

import com.sun.source.tree.Tree;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Strict mode: where it applies and what it changes. Code is strict
 * when its class, an enclosing class or its package ({@code package-info.java}) is annotated
 * {@code @GilStrict}, or when the build passes {@code -AgilStrict}. In strict code there is no
 * unknown state: code that is not a held section is "not held", and a lock-bound value used
 * there is {@code gil.strict.use}, a call that needs the lock {@code gil.strict.call}, with the
 * same rules (and the same one-error-per-value) as in lock-free code.
 *
 * <p>The decisions (written down in docs/decisions.md): constructors and instance initializers
 * of lock-bound classes are held, like their instance methods, so {@code new World()} outside a
 * held section is a {@code gil.strict.call}; static methods of lock-bound classes are held too
 * (every call of one needs the lock), except {@code main}; static initializers, {@code main},
 * {@code Thread.run} overrides and every other method without a {@code GilToken} parameter,
 * {@code @WithGil} or a lock-bound receiver are not held; so is code passed to a parameter that
 * is neither annotated nor known (from the JDK model or a stub's {@code @RunsInline}) to run it
 * before the call returns: a callback may run later, on any thread. Enum constants of a
 * lock-bound enum are built by the JVM during class initialization and are not reported there;
 * reading one outside a held section is a use. Non-strict code is judged as before, and a strict
 * class calling into non-strict code is judged by its own side only.
 */
final class StrictRules {
  private final boolean wholeBuild;
  private final Elements elements;
  private final Map<Element, Boolean> cache = new HashMap<>();

  StrictRules(boolean wholeBuild, Elements elements) {
    this.wholeBuild = wholeBuild;
    this.elements = elements;
  }

  /** True when code in {@code type} is strict. */
  boolean isStrict(TypeElement type) {
    if (wholeBuild) {
      return true;
    }
    return type != null && annotatedStrict(type);
  }

  private boolean annotatedStrict(Element e) {
    if (e == null) {
      return false;
    }
    Boolean cached = cache.get(e);
    if (cached != null) {
      return cached;
    }
    boolean strict;
    if (LockBound.hasAnnotation(e.getAnnotationMirrors(), GilNames.GIL_STRICT)) {
      strict = true;
    } else if (e instanceof PackageElement) {
      strict = false;
    } else {
      Element up = e.getEnclosingElement();
      strict = up == null ? annotatedStrict(elements.getPackageOf(e)) : annotatedStrict(up);
    }
    cache.put(e, strict);
    return strict;
  }

  /** The strict key for a use or call found where the lock is not held. */
  static Finding.Kind strictKind(Finding.Kind kind) {
    switch (kind) {
      case NOGIL_USE:
      case NOGIL_TOKEN:
        return Finding.Kind.STRICT_USE;
      case NOGIL_CALL:
      case NOGIL_CALL_TOKEN:
      case NOGIL_CALL_WITHGIL:
        return Finding.Kind.STRICT_CALL;
      default:
        return kind;
    }
  }

  /**
   * True for a static method of a lock-bound class that strict code treats as held: every call of
   * it needs the lock anyway. {@code main} is an entry point and never held.
   */
  static boolean isHeldStatic(ExecutableElement method, boolean ownerBound) {
    return ownerBound
        && method.getModifiers().contains(Modifier.STATIC)
        && method.getKind() == ElementKind.METHOD
        && !isMain(method);
  }

  /** {@code static void main(String[])} (or the JDK 21+ forms without parameters). */
  static boolean isMain(ExecutableElement method) {
    if (!method.getSimpleName().contentEquals("main")
        || method.getReturnType().getKind() != TypeKind.VOID) {
      return false;
    }
    if (method.getParameters().isEmpty()) {
      return true;
    }
    if (method.getParameters().size() != 1) {
      return false;
    }
    TypeMirror t = method.getParameters().get(0).asType();
    return t.getKind() == TypeKind.ARRAY
        && LockBound.isNamed(((ArrayType) t).getComponentType(), "java.lang.String");
  }

  /** The section of a strict method body that is not held. */
  static Section methodSection(Tree method, String name) {
    return Section.notHeld(Section.Origin.STRICT_METHOD, method, name);
  }

  /** The section of code passed to a parameter that may run it later, on any thread. */
  static Section callbackSection(Tree literal, String callName) {
    return Section.notHeld(Section.Origin.STRICT_CALLBACK, literal, callName);
  }

  /** The section of a strict initializer that is not held. */
  static Section initializerSection(Tree member, String where) {
    return Section.notHeld(Section.Origin.STRICT_INITIALIZER, member, where);
  }
}
