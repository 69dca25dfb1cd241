package org.gil4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.Set;

/**
 * How a wrapper body names a class whose static method it calls ({@code Gil.acquire()}, a
 * forwarder's {@code Foo.m(..)}), chosen against the names the user's supertypes bind in the
 * wrapper ({@link WrapperModel#shadowed}).
 *
 * @param code the qualifier, to be followed by {@code .method(..)}
 * @param throughNull whether it is the null cast, whose {@code static} lint the method suppresses
 */
record StaticQualifier(CodeBlock code, boolean throughNull) {

  /**
   * The qualifier for a static call on {@code type} in a wrapper body. A field the wrapper inherits
   * shadows a class or package of the same name where an expression starts, so: the usual name when
   * neither its simple name nor its package root is a field in scope; else the canonical name when
   * the root is free; else a cast of {@code null} to the type ({@code ((Gil) null).acquire()}),
   * which only names a type, something no field can shadow, and calls the static method without
   * dereferencing anything.
   */
  static StaticQualifier of(WrapperModel model, ClassName type, TypeName castType) {
    Set<String> shadowed = model.shadowed();
    String top = type.simpleNames().get(0);
    String root = type.packageName().isEmpty() ? null : type.packageName().split("\\.", -1)[0];
    if (!shadowed.contains(top) && (root == null || !shadowed.contains(root))) {
      return new StaticQualifier(CodeBlock.of("$T", type), false);
    }
    if (root != null && !shadowed.contains(root)) {
      return new StaticQualifier(CodeBlock.of("$L", type.canonicalName()), false);
    }
    return new StaticQualifier(CodeBlock.of("(($T) null)", castType), true);
  }
}
