package org.gil4j.processor;

import java.util.Locale;

/**
 * Every diagnostic the processor can report, with its stable key and its one English text. Keys
 * follow the checker's dotted lowercase style ({@code gil.wrapper.final}); each has a page {@code
 * docs/rules/<key>.md}. Each text says why the element cannot be wrapped and what to do about it;
 * tests pin these texts, so change them here and in the tests together.
 */
enum GilMessage {
  PRIVATE_METHOD(
      "gil.wrapper.method.private",
      "%s is private, so its generated wrapper %s could not call it; make it package-private,"
          + " protected or public, or remove @%s"),
  FINAL_METHOD(
      "gil.wrapper.method.final",
      "%s is final, so the generated subclass %s could not override it to %s the lock; remove"
          + " final, or remove @%s"),
  STATIC_INTERFACE_METHOD(
      "gil.wrapper.method.static",
      "%s is a static interface method, which only the interface's name can call, and the"
          + " interface's own constants hide that name (and its package) in the wrapper %s; rename"
          + " the constant named like the interface or like its package"),
  ABSTRACT_METHOD(
      "gil.wrapper.method.abstract",
      "%s is abstract in class %s, so the generated subclass %s would have no body to call;"
          + " give it a body, or annotate the method that implements it"),
  BOTH_ANNOTATIONS(
      "gil.wrapper.both",
      "%s is annotated both @NoGil and @WithGil, but a method either runs without the lock or"
          + " holding it; keep only one of the two"),
  FINAL_CLASS(
      "gil.wrapper.final",
      "%s cannot be subclassed (%s), so %s could not wrap its instance methods; %s"),
  INNER_CLASS(
      "gil.wrapper.inner",
      "%s is an inner (non-static) class, so %s could not be constructed without an enclosing"
          + " instance; make it a static nested class"),
  NO_ACCESSIBLE_CONSTRUCTOR(
      "gil.wrapper.constructor",
      "%s has no constructor that the generated subclass %s could call (all are private); add a"
          + " package-private, protected or public constructor"),
  PRIVATE_TYPE(
      "gil.wrapper.private",
      "%s is private, so its wrapper %s could not refer to it; make it package-private or wider"),
  INACCESSIBLE_TYPE(
      "gil.wrapper.inaccessible",
      "%s has %s in its signature, which the generated wrapper %s cannot name (it is private,"
          + " package-private in another package, or protected in a class the wrapper does not"
          + " extend); make that type visible to package %s"),
  WRAP_CLASH(
      "gil.wrapper.factory",
      "%s has the same erasure as the factory %s.wrap(%s) every interface wrapper declares;"
          + " rename the method"),
  AMBIGUOUS(
      "gil.wrapper.ambiguous",
      "%s and %s have one signature in %s, so the wrapper %s could not call either of them (javac"
          + " calls the reference ambiguous); declare the method in %s, so that it overrides both,"
          + " or rename one of them"),
  NAME_CLASH(
      "gil.wrapper.clash",
      "the wrapper of %s would be named %s, but %s; rename one of the two types"),
  UNSUPPORTED_TYPE(
      "gil.wrapper.unsupported",
      "%s is %s, which no generated wrapper can implement or extend; move the annotated methods"
          + " to a class or an ordinary interface"),
  LOCAL_CLASS(
      "gil.wrapper.local",
      "method %s is declared in a local or anonymous class, which no generated wrapper can name;"
          + " move the method to a top-level or static nested class"),
  UNRESOLVED_TYPE(
      "gil.wrapper.unresolved",
      "could not generate %s: the signatures of %s still reference %s, which no processing round"
          + " produced; fix the import, or the processor that should generate it"),
  UNEXPECTED(
      "gil.wrapper.internal.error",
      "the gil4j processor failed unexpectedly on %s and skipped it (%s); please report this"
          + " with the stack trace: %s");

  private final String key;
  private final String template;

  GilMessage(String key, String template) {
    this.key = key;
    this.template = template;
  }

  /** The stable key, without brackets, e.g. {@code gil.wrapper.final}. */
  String key() {
    return key;
  }

  /** The full message: {@code [key] } followed by the template filled with {@code args}. */
  String format(Object... args) {
    return "[" + key + "] " + String.format(Locale.ROOT, template, args);
  }
}
