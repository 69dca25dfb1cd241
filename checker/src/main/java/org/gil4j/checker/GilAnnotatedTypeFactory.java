package org.gil4j.checker;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import org.checkerframework.common.basetype.BaseAnnotatedTypeFactory;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.framework.qual.TypeUseLocation;
import org.checkerframework.framework.type.GenericAnnotatedTypeFactory;
import org.checkerframework.framework.type.NoElementQualifierHierarchy;
import org.checkerframework.framework.type.QualifierHierarchy;
import org.checkerframework.framework.util.DefaultQualifierKindHierarchy;
import org.checkerframework.framework.util.QualifierKindHierarchy;
import org.checkerframework.framework.util.defaults.QualifierDefaults;
import org.checkerframework.javacutil.AnnotationBuilder;
import org.gil4j.annotations.GilBound;
import org.gil4j.annotations.Ungil;

/**
 * The type factory: declares the two qualifiers ({@code @Ungil} below {@code @GilBound}) and the
 * default ({@code @Ungil}) here, because the annotations jar carries no Checker Framework
 * meta-annotations; reads stub-file declaration annotations for the analysis. Dataflow is off:
 * lock-boundness is computed by {@link LockBoundTypes} from declared annotations, which keeps the
 * checker close to plain javac speed.
 */
public final class GilAnnotatedTypeFactory extends BaseAnnotatedTypeFactory {

  /** Creates the factory without flow analysis. */
  public GilAnnotatedTypeFactory(BaseTypeChecker checker) {
    super(checker, false);
    postInit();
  }

  @Override
  protected Set<Class<? extends Annotation>> createSupportedTypeQualifiers() {
    return getBundledTypeQualifiers(GilBound.class, Ungil.class);
  }

  @Override
  protected QualifierHierarchy createQualifierHierarchy() {
    return new GilQualifierHierarchy(getSupportedTypeQualifiers(), elements, this);
  }

  @Override
  protected void addCheckedCodeDefaults(QualifierDefaults defaults) {
    AnnotationMirror ungil = AnnotationBuilder.fromClass(elements, Ungil.class);
    defaults.addCheckedCodeDefault(ungil, TypeUseLocation.OTHERWISE);
  }

  /** True when {@code element} carries {@code annotation}, also through a stub file. */
  boolean hasDeclAnnotation(Element element, Class<? extends Annotation> annotation) {
    return getDeclAnnotation(element, annotation) != null;
  }

  /** The two-qualifier hierarchy, built without {@code @SubtypeOf} meta-annotations. */
  private static final class GilQualifierHierarchy extends NoElementQualifierHierarchy {
    GilQualifierHierarchy(
        Collection<Class<? extends Annotation>> qualifiers,
        Elements elements,
        GenericAnnotatedTypeFactory<?, ?, ?, ?> factory) {
      super(qualifiers, elements, factory);
    }

    @Override
    protected QualifierKindHierarchy createQualifierKindHierarchy(
        Collection<Class<? extends Annotation>> qualifiers) {
      return new GilKindHierarchy(qualifiers);
    }
  }

  /** {@code @Ungil} is a subtype of {@code @GilBound}; nothing else. */
  private static final class GilKindHierarchy extends DefaultQualifierKindHierarchy {
    GilKindHierarchy(Collection<Class<? extends Annotation>> qualifiers) {
      super(qualifiers);
    }

    @Override
    protected Map<DefaultQualifierKind, Set<DefaultQualifierKind>> createDirectSuperMap() {
      DefaultQualifierKind top = nameToQualifierKind.get(GilBound.class.getCanonicalName());
      DefaultQualifierKind bottom = nameToQualifierKind.get(Ungil.class.getCanonicalName());
      Map<DefaultQualifierKind, Set<DefaultQualifierKind>> supers = new HashMap<>();
      supers.put(top, Set.of());
      supers.put(bottom, Set.of(top));
      return supers;
    }
  }
}
