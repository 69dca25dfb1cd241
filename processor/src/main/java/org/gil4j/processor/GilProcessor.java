package org.gil4j.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * gil4j's annotation processor: for every type that declares {@code @WithGil} or {@code @NoGil}
 * methods it writes the lock wrapper {@code Foo_Gil} (see the module README for the shapes and the
 * naming scheme). This class only wires the steps and runs the rounds: {@link Validator} refuses
 * what cannot be wrapped, {@link ModelBuilder} describes the wrapper, {@link WrapperWriter} writes
 * it, and {@link Reporter} prints every diagnostic.
 *
 * <p>A type whose signatures mention a class that does not exist yet (typically one another
 * processor generates in this round) is deferred by name to the next round, and reported only if it
 * is still unresolved when processing is over.
 */
@AutoService(Processor.class)
public final class GilProcessor extends AbstractProcessor {
  /** Deferred types: qualified name to the unresolved type that held them back. */
  private final Map<String, String> deferred = new TreeMap<>();

  /** Types whose wrapper has been written or refused; never looked at again. */
  private final Set<String> done = new TreeSet<>();

  private Reporter reporter;
  private Validator validator;
  private ModelBuilder builder;
  private WrapperWriter writer;
  private LocalClassScanner localClasses;

  /** Creates the processor; javac calls {@link #init} before the first round. */
  public GilProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    Elements elements = env.getElementUtils();
    reporter = new Reporter(env.getMessager());
    validator = new Validator(reporter, elements, env.getTypeUtils());
    builder = new ModelBuilder(elements, env.getTypeUtils());
    TypeElement generated = elements.getTypeElement("javax.annotation.processing.Generated");
    writer = new WrapperWriter(env.getFiler(), generated == null ? null : ClassName.get(generated));
    localClasses = LocalClassScanner.create(env, reporter);
  }

  /**
   * All annotations ({@code "*"}), because javac only calls a processor for annotations it finds on
   * members it has entered, and the methods of local and anonymous classes (which must be refused)
   * are not among them. {@link #process} claims only gil4j's own annotations.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /**
   * Runs one round. Never throws: an unexpected failure becomes one compiler error. Never claims an
   * annotation (returns false): javac stops offering a round to later processors once all its
   * annotations are claimed, which would silently switch off a checker listed after this processor.
   * The price is javac's {@code -Xlint:processing} note that nobody claimed them.
   */
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (RuntimeException | LinkageError | AssertionError e) {
      reporter.unexpected(null, e);
    }
    return false;
  }

  private void processRound(RoundEnvironment round) {
    localClasses.scan(round.getRootElements());
    Map<String, TypeElement> candidates = new TreeMap<>();
    for (String name : deferred.keySet()) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        candidates.put(name, type);
      }
    }
    collectAnnotatedTypes(round, candidates);
    Map<String, String> stillDeferred = new TreeMap<>();
    for (Map.Entry<String, TypeElement> candidate : candidates.entrySet()) {
      if (!done.contains(candidate.getKey())) {
        processType(candidate.getKey(), candidate.getValue(), stillDeferred);
      }
    }
    deferred.clear();
    deferred.putAll(stillDeferred);
    if (round.processingOver()) {
      reportUnresolved();
    }
  }

  /** Adds the type enclosing each annotated method of this round, keyed by qualified name. */
  private void collectAnnotatedTypes(RoundEnvironment round, Map<String, TypeElement> candidates) {
    for (String annotation : new TreeSet<>(Set.of(Members.WITH_GIL, Members.NO_GIL))) {
      TypeElement annotationType = processingEnv.getElementUtils().getTypeElement(annotation);
      if (annotationType == null) {
        continue;
      }
      for (Element e : round.getElementsAnnotatedWith(annotationType)) {
        // @WithGil/@NoGil on a parameter is the checker's business, not a wrapper request.
        if (e.getKind() == ElementKind.METHOD && e.getEnclosingElement() instanceof TypeElement) {
          TypeElement type = (TypeElement) e.getEnclosingElement();
          candidates.put(type.getQualifiedName().toString(), type);
        }
      }
    }
  }

  /** Validates, models and writes one type, or defers it; one failure skips this type only. */
  private void processType(String name, TypeElement type, Map<String, String> stillDeferred) {
    try {
      List<ExecutableElement> copied = builder.copiedExecutables(type);
      Optional<String> missing = UnresolvedTypes.find(type, copied);
      if (missing.isPresent()) {
        stillDeferred.put(name, missing.get());
        return;
      }
      done.add(name);
      validator.validate(type, copied);
      writer.write(builder.build(type));
    } catch (SkipElementException e) {
      // Already reported on the element.
    } catch (RuntimeException | LinkageError | AssertionError e) {
      reporter.unexpected(type, e);
    }
  }

  /** At the end of processing, reports each type that never got a complete signature. */
  private void reportUnresolved() {
    for (Map.Entry<String, String> entry : deferred.entrySet()) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(entry.getKey());
      if (type != null) {
        reporter.error(
            type,
            GilMessage.UNRESOLVED_TYPE,
            Members.wrapperName(type),
            entry.getKey(),
            entry.getValue());
      }
    }
    deferred.clear();
  }
}
