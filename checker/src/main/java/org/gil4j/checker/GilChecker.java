package org.gil4j.checker;

import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.framework.qual.StubFiles;

/**
 * The gil4j checker: refuses lock-bound values and lock-needing calls in lock-free code, and
 * lock-bound values that escape their held section (DESIGN.md, "Checker rules"). Run it with {@code
 * -processor org.gil4j.checker.GilChecker}; silence one finding with
 * {@code @SuppressWarnings("gil:<key>")}. The stub file makes the JDK's thread entry points
 * lock-free sections.
 */
@StubFiles({"gil-jdk.astub"})
public class GilChecker extends BaseTypeChecker {}
