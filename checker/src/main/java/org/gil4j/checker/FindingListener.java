package org.gil4j.checker;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodInvocationTree;

/**
 * The typed side of the checker's reporting: every finding that survives suppression ({@code
 * @SuppressWarnings}, {@code -AsuppressWarnings}, {@code -AskipUses}) and the section every call is
 * in. The checker words findings into diagnostics itself; a listener (tests, tools) gets the same
 * facts as values, never as text to parse.
 */
interface FindingListener {
  /** A finding that is reported (not suppressed). */
  void finding(Finding finding);

  /** The section {@code call}, in {@code unit}, is in. */
  default void call(CompilationUnitTree unit, MethodInvocationTree call, Section section) {}
}
