package org.gil4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/**
 * Copies an annotation as the compiler recorded it, value by value. JavaPoet's own copy writes a
 * {@code float} or {@code double} constant with {@code toString}, which gives {@code NaN} and
 * {@code Infinity} for {@code Float.NaN} or {@code Double.POSITIVE_INFINITY}, names javac does not
 * know; here those become the constant expressions {@code 0.0f / 0.0f} and {@code 1.0 / 0.0}.
 */
final class AnnotationCopies {
  private AnnotationCopies() {}

  /** The annotation {@code mirror}, with the values written in its source, as a JavaPoet spec. */
  static AnnotationSpec copy(AnnotationMirror mirror) {
    TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
    AnnotationSpec.Builder spec = AnnotationSpec.builder(ClassName.get(type));
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> member :
        mirror.getElementValues().entrySet()) {
      String name = member.getKey().getSimpleName().toString();
      AnnotationValue value = member.getValue();
      if (value.getValue() instanceof List) {
        List<?> values = (List<?>) value.getValue();
        if (values.isEmpty()) {
          spec.addMember(name, "{}");
        }
        for (Object element : values) {
          spec.addMember(name, value((AnnotationValue) element));
        }
      } else {
        spec.addMember(name, value(value));
      }
    }
    return spec.build();
  }

  /** One value (not an array) as source. */
  private static CodeBlock value(AnnotationValue value) {
    return value.accept(WRITER, null);
  }

  /** Writes each kind of constant as a literal javac reads back to the same value. */
  private static final SimpleAnnotationValueVisitor14<CodeBlock, Void> WRITER =
      new SimpleAnnotationValueVisitor14<>() {
        @Override
        protected CodeBlock defaultAction(Object o, Void unused) {
          return CodeBlock.of("$L", o); // int, short, byte, boolean
        }

        @Override
        public CodeBlock visitLong(long l, Void unused) {
          return CodeBlock.of("$LL", l);
        }

        @Override
        public CodeBlock visitFloat(float f, Void unused) {
          if (Float.isNaN(f)) {
            return CodeBlock.of("0.0f / 0.0f");
          }
          if (Float.isInfinite(f)) {
            return CodeBlock.of(f > 0 ? "1.0f / 0.0f" : "-1.0f / 0.0f");
          }
          return CodeBlock.of("$Lf", f);
        }

        @Override
        public CodeBlock visitDouble(double d, Void unused) {
          if (Double.isNaN(d)) {
            return CodeBlock.of("0.0 / 0.0");
          }
          if (Double.isInfinite(d)) {
            return CodeBlock.of(d > 0 ? "1.0 / 0.0" : "-1.0 / 0.0");
          }
          return CodeBlock.of("$L", d);
        }

        @Override
        public CodeBlock visitChar(char c, Void unused) {
          return CodeBlock.of("$L", charLiteral(c));
        }

        @Override
        public CodeBlock visitString(String s, Void unused) {
          return CodeBlock.of("$S", s);
        }

        @Override
        public CodeBlock visitType(TypeMirror t, Void unused) {
          return CodeBlock.of("$T.class", TypeName.get(t));
        }

        @Override
        public CodeBlock visitEnumConstant(VariableElement c, Void unused) {
          return CodeBlock.of("$T.$L", TypeName.get(c.asType()), c.getSimpleName());
        }

        @Override
        public CodeBlock visitAnnotation(AnnotationMirror a, Void unused) {
          return CodeBlock.of("$L", copy(a));
        }
      };

  /** A char literal, with quotes, backslashes and non-printable characters escaped. */
  private static String charLiteral(char c) {
    switch (c) {
      case '\'':
        return "'\\''";
      case '\\':
        return "'\\\\'";
      case '\n':
        return "'\\n'";
      case '\r':
        return "'\\r'";
      case '\t':
        return "'\\t'";
      default:
        if (c < 0x20 || c > 0x7e) {
          return String.format("'\\u%04x'", (int) c);
        }
        return "'" + c + "'";
    }
  }
}
