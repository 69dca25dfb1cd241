package org.gil4j.checker;

/** Qualified names of the gil4j annotations and runtime types the checker recognises. */
final class GilNames {
  static final String GIL_BOUND = "org.gil4j.annotations.GilBound";
  static final String UNGIL = "org.gil4j.annotations.Ungil";
  static final String NO_GIL = "org.gil4j.annotations.NoGil";
  static final String WITH_GIL = "org.gil4j.annotations.WithGil";
  static final String GIL_GENERATED = "org.gil4j.annotations.GilGenerated";
  static final String GIL_STRICT = "org.gil4j.annotations.GilStrict";

  static final String GIL = "org.gil4j.Gil";
  static final String GIL_TOKEN = "org.gil4j.GilToken";
  static final String GIL_RELEASE = "org.gil4j.GilRelease";
  static final String UNBOUND = "org.gil4j.Unbound";

  private GilNames() {}
}
