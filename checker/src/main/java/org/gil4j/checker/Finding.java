package org.gil4j.checker;

import com.sun.source.tree.Tree;
import javax.lang.model.element.Element;

/**
 * One rule violation found by {@link GilScanner}: what kind, at which tree, about which value or
 * method, and in which section. It carries no English; {@link GilVisitor} words it.
 *
 * @param kind the rule that was broken
 * @param tree where to report it
 * @param subject the leaked value, called method or declaration, as written in source
 * @param detail a second fact for the message (a type, a target, an overridden method)
 * @param section the section the violation happened in
 * @param used the element the violation uses (for {@code -AskipUses}), or null
 */
record Finding(
    Kind kind, Tree tree, String subject, String detail, Section section, Element used) {

  /** The rules, one message key each. */
  enum Kind {
    NOGIL_USE("gil.nogil.use", true),
    NOGIL_TOKEN("gil.nogil.token", true),
    NOGIL_CALL("gil.nogil.call", true),
    NOGIL_CALL_WITHGIL("gil.nogil.call.withgil", true),
    NOGIL_CALL_TOKEN("gil.nogil.call.token", true),
    NOGIL_ARGUMENT("gil.nogil.argument", true),
    WITHGIL_RESULT("gil.withgil.result", false),
    ESCAPE_STORE("gil.escape.store", false),
    ESCAPE_TOKEN("gil.escape.token", false),
    CLASS_FIELD("gil.class.field", false),
    NOGIL_PARAMETER("gil.nogil.parameter", false),
    OVERRIDE_NOGIL("gil.override.nogil", false),
    OVERRIDE_WITHGIL("gil.override.withgil", false),
    ANNOTATION_CONFLICT("gil.annotation.conflict", false),
    NOGIL_NOT_FUNCTIONAL("gil.nogil.notfunctional", false),
    ACQUIRE_OUTSIDE_TRY("gil.acquire.outside.try", false),
    HELD_BLOCKING("gil.held.blocking", false),
    STRICT_USE("gil.strict.use", true),
    STRICT_CALL("gil.strict.call", true);

    private final String key;
    private final boolean lockFree;

    Kind(String key, boolean lockFree) {
      this.key = key;
      this.lockFree = lockFree;
    }

    /** The messages.properties key, also usable in {@code @SuppressWarnings}. */
    String key() {
      return key;
    }

    /** True for the kinds reported as warnings (the build still passes). */
    boolean isWarning() {
      return this == HELD_BLOCKING;
    }

    /**
     * True for uses and calls, which only code that may not touch lock-bound values can produce
     * (lock-free sections, strict code not held); one per value per section.
     */
    boolean isLockFree() {
      return lockFree;
    }
  }
}
