package org.gil4j.checker;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.javacutil.TreeUtils;

/** How findings name methods, wrappers, fields and types: short, source-like names. */
final class Names {
  private Names() {}

  /** {@code Owner.method}, or {@code new Owner} for a constructor. */
  static String methodName(ExecutableElement method) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    String simple =
        method.getKind() == ElementKind.CONSTRUCTOR
            ? "new " + owner.getSimpleName()
            : owner.getSimpleName() + "." + method.getSimpleName();
    return simple;
  }

  static String wrapperName(TypeElement owner) {
    StringBuilder name = new StringBuilder(owner.getSimpleName());
    for (Element e = owner.getEnclosingElement();
        e instanceof TypeElement;
        e = e.getEnclosingElement()) {
      name.insert(0, e.getSimpleName() + "_");
    }
    return name + "_Gil";
  }

  static String describeField(VariableElement field) {
    String kind = field.getModifiers().contains(Modifier.STATIC) ? "static field " : "field ";
    return kind
        + ((TypeElement) field.getEnclosingElement()).getSimpleName()
        + "."
        + field.getSimpleName()
        + " of type "
        + field.asType();
  }

  static String typeName(Tree tree) {
    TypeMirror type = tree instanceof ExpressionTree ? TreeUtils.typeOf(tree) : null;
    return type == null ? "?" : type.toString();
  }
}
