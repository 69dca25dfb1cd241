package org.gil4j.processor;

import java.util.Locale;

/**
 * Every diagnostic the processor can report, with its stable tag and its one English text. Each
 * text says why the element cannot be wrapped and what to do about it; tests pin these texts, so
 * change them here and in the tests together.
 */
enum GilMessage {
  PRIVATE_METHOD(
      "GilPrivateMethod",
      "%s is private, so its generated wrapper %s could not call it; make it package-private,"
          + " protected or public, or remove @%s"),
  FINAL_METHOD(
      "GilFinalMethod",
      "%s is final, so the generated subclass %s could not override it to %s the lock; remove"
          + " final, or remove @%s"),
  STATIC_INTERFACE_METHOD(
      "GilStaticInterfaceMethod",
      "%s is a static interface method, and the interface wrapper %s only delegates instance"
          + " methods; make it a default method, or move it to a class, whose static methods get"
          + " static forwarders"),
  ABSTRACT_METHOD(
      "GilAbstractMethod",
      "%s is abstract in class %s, so the generated subclass %s would have no body to call;"
          + " give it a body, or annotate the method that implements it"),
  BOTH_ANNOTATIONS(
      "GilBothAnnotations",
      "%s is annotated both @NoGil and @WithGil, but a method either runs without the lock or"
          + " holding it; keep only one of the two"),
  FINAL_CLASS(
      "GilFinalClass",
      "%s cannot be subclassed (it is final, sealed, an enum or a record), so %s could not wrap"
          + " its instance methods; remove final, or make the annotated methods static"),
  INNER_CLASS(
      "GilInnerClass",
      "%s is an inner (non-static) class, so %s could not be constructed without an enclosing"
          + " instance; make it a static nested class"),
  NO_ACCESSIBLE_CONSTRUCTOR(
      "GilNoAccessibleConstructor",
      "%s has no constructor that the generated subclass %s could call (all are private); add a"
          + " package-private, protected or public constructor"),
  PRIVATE_TYPE(
      "GilPrivateType",
      "%s is private, so its wrapper %s could not refer to it; make it package-private or wider"),
  INACCESSIBLE_TYPE(
      "GilInaccessibleType",
      "%s has %s in its signature, which the generated wrapper %s cannot name (it is private, or"
          + " package-private in another package); make that type visible to package %s"),
  WRAP_CLASH(
      "GilWrapClash",
      "%s has the same erasure as the factory %s.wrap(%s) every interface wrapper declares;"
          + " rename the method"),
  LOCAL_CLASS(
      "GilLocalClass",
      "method %s is declared in a local or anonymous class, which no generated wrapper can name;"
          + " move the method to a top-level or static nested class"),
  UNRESOLVED_TYPE(
      "GilUnresolvedType",
      "could not generate %s: the signatures of %s still reference %s, which no processing round"
          + " produced; fix the import, or the processor that should generate it"),
  UNEXPECTED(
      "GilUnexpected",
      "the gil4j processor failed unexpectedly on %s and skipped it (%s); please report this"
          + " with the stack trace: %s");

  private final String tag;
  private final String template;

  GilMessage(String tag, String template) {
    this.tag = tag;
    this.template = template;
  }

  /** The stable tag, without brackets, e.g. {@code GilFinalMethod}. */
  String tag() {
    return tag;
  }

  /** The full message: {@code [Tag] } followed by the template filled with {@code args}. */
  String format(Object... args) {
    return "[" + tag + "] " + String.format(Locale.ROOT, template, args);
  }
}
