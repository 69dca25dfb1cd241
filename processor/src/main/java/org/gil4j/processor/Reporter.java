package org.gil4j.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one place diagnostics leave the processor. Every error is anchored at an element (and at the
 * annotation when the annotation itself is wrong) and starts with the tag of its {@link
 * GilMessage}. Reporting never throws: a failure of the messager itself is swallowed, because a
 * diagnostic that cannot be printed must not turn into a javac crash.
 */
final class Reporter {
  private final Messager messager;
  private boolean errorReported;

  Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Reports {@code message} as an error on {@code element}. */
  void error(Element element, GilMessage message, Object... args) {
    print(element, null, message.format(args));
  }

  /** Reports {@code message} as an error on {@code annotation} of {@code element}. */
  void error(Element element, AnnotationMirror annotation, GilMessage message, Object... args) {
    print(element, annotation, message.format(args));
  }

  /**
   * Reports an error on a tree that has no element yet (a method of a local class, which javac only
   * enters during attribution, after annotation processing).
   */
  void error(Trees trees, Tree tree, CompilationUnitTree unit, GilMessage message, Object... args) {
    errorReported = true;
    try {
      trees.printMessage(Diagnostic.Kind.ERROR, message.format(args), tree, unit);
    } catch (RuntimeException e) {
      // Never let reporting fail the build in a worse way than the error itself.
    }
  }

  /** Reports an exception the processor did not expect, as one error on {@code element}. */
  void unexpected(Element element, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    String where = element == null ? "this round" : element.toString();
    print(element, null, GilMessage.UNEXPECTED.format(where, failure, trace));
  }

  /** Whether any error has been reported so far. */
  boolean errorReported() {
    return errorReported;
  }

  private void print(Element element, AnnotationMirror annotation, String text) {
    errorReported = true;
    try {
      if (element == null) {
        messager.printMessage(Diagnostic.Kind.ERROR, text);
      } else if (annotation == null) {
        messager.printMessage(Diagnostic.Kind.ERROR, text, element);
      } else {
        messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation);
      }
    } catch (RuntimeException e) {
      // See the class comment: reporting must not throw.
    }
  }
}
