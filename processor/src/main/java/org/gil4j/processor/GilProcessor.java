package org.gil4j.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.sun.source.util.DocTrees;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
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

  /** Types that passed validation (checked once, so their errors are reported once). */
  private final Set<String> validated = new TreeSet<>();

  /** Wrapper qualified names claimed so far, to the qualified name of the type they wrap. */
  private final Map<String, String> claimed = new TreeMap<>();

  /**
   * Qualified names of the top-level types given to javac as sources (the first round's roots). An
   * earlier build's wrapper among them (a build tool that compiles its generated-sources folder
   * again) is this type's wrapper already: the filer cannot write it a second time.
   */
  private Set<String> inputs;

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
    builder =
        new ModelBuilder(
            elements,
            env.getTypeUtils(),
            new DocComments(docTrees(env), elements, env.getTypeUtils()));
    TypeElement generated = elements.getTypeElement("javax.annotation.processing.Generated");
    writer = new WrapperWriter(env.getFiler(), generated == null ? null : ClassName.get(generated));
    localClasses = LocalClassScanner.create(env, reporter);
  }

  /** javac's doc-comment trees, or null under a compiler that has none. */
  private static DocTrees docTrees(ProcessingEnvironment env) {
    try {
      return DocTrees.instance(env);
    } catch (IllegalArgumentException | LinkageError e) {
      return null;
    }
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
    if (inputs == null) {
      inputs = new TreeSet<>();
      for (Element root : round.getRootElements()) {
        if (root instanceof TypeElement) {
          inputs.add(((TypeElement) root).getQualifiedName().toString());
        }
      }
    }
    localClasses.scan(round.getRootElements());
    Map<String, TypeElement> candidates = new TreeMap<>();
    for (String name : deferred.keySet()) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        candidates.put(name, type);
      }
    }
    collectAnnotatedTypes(round, candidates);
    candidates.keySet().removeAll(done);
    // Validate each type once (its errors are reported once), then keep only those whose
    // signatures are complete, counting the wrappers of this round's other survivors as present:
    // a type may mention its own wrapper or another type's, which this round writes.
    Map<String, TypeElement> viable = new TreeMap<>();
    for (Map.Entry<String, TypeElement> candidate : candidates.entrySet()) {
      if (validated.contains(candidate.getKey()) || validate(candidate.getValue())) {
        validated.add(candidate.getKey());
        viable.put(candidate.getKey(), candidate.getValue());
      } else {
        done.add(candidate.getKey());
      }
    }
    Map<String, String> stillDeferred = new TreeMap<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      Set<String> pending = pendingNames(viable).keySet();
      for (Map.Entry<String, TypeElement> entry : new TreeMap<>(viable).entrySet()) {
        TypeElement type = entry.getValue();
        Optional<String> missing =
            UnresolvedTypes.find(type, builder.copiedExecutables(type), pending);
        if (missing.isPresent()) {
          stillDeferred.put(entry.getKey(), missing.get());
          viable.remove(entry.getKey());
          changed = true;
        }
      }
    }
    Map<String, ClassName> pending = pendingNames(viable);
    for (Map.Entry<String, TypeElement> entry : viable.entrySet()) {
      done.add(entry.getKey());
      write(entry.getValue(), pending);
    }
    deferred.clear();
    deferred.putAll(stillDeferred);
    if (round.processingOver()) {
      reportUnresolved();
    }
  }

  /**
   * Validates {@code type} and checks that its wrapper's name is free; reports what is wrong and
   * returns false then. An interface javac itself rejects (conflicting inherited defaults) also
   * returns false, without an error of ours next to javac's.
   */
  private boolean validate(TypeElement type) {
    try {
      List<ExecutableElement> copied = builder.copiedExecutables(type);
      validator.validate(type, copied);
      if (Members.isInterface(type)
          && Members.hasDefaultConflict(
              processingEnv.getElementUtils(), processingEnv.getTypeUtils(), type)) {
        return false;
      }
      return claimName(type);
    } catch (SkipElementException e) {
      return false; // Already reported on the element.
    } catch (RuntimeException | LinkageError | AssertionError e) {
      reporter.unexpected(type, e);
      return false;
    }
  }

  /**
   * Claims {@code type}'s wrapper name, or reports the clash: a type of that name already exists
   * (and is not an earlier output of gil4j for this very type), or another annotated type of this
   * compilation maps to the same name ({@code A.B} and {@code A_B} both give {@code A_B_Gil}).
   */
  private boolean claimName(TypeElement type) {
    ClassName wrapper = Members.wrapperName(type);
    String wrapperName = wrapper.canonicalName();
    String owner = type.getQualifiedName().toString();
    String claimedBy = claimed.putIfAbsent(wrapperName, owner);
    if (claimedBy != null && !claimedBy.equals(owner)) {
      reporter.error(
          type,
          GilMessage.NAME_CLASH,
          owner,
          wrapperName,
          "that is already the name of the wrapper of " + claimedBy);
      return false;
    }
    TypeElement existing = processingEnv.getElementUtils().getTypeElement(wrapperName);
    if (existing != null && !Members.isWrapperOf(existing, type)) {
      claimed.remove(wrapperName);
      reporter.error(
          type, GilMessage.NAME_CLASH, owner, wrapperName, "a type of that name already exists");
      return false;
    }
    return true;
  }

  /** The wrapper names of {@code types}, by qualified and by simple name (if unambiguous). */
  private static Map<String, ClassName> pendingNames(Map<String, TypeElement> types) {
    Map<String, ClassName> names = new TreeMap<>();
    Set<String> ambiguous = new TreeSet<>();
    for (TypeElement type : types.values()) {
      ClassName wrapper = Members.wrapperName(type);
      names.put(wrapper.canonicalName(), wrapper);
      if (names.putIfAbsent(wrapper.simpleName(), wrapper) != null) {
        ambiguous.add(wrapper.simpleName());
      }
    }
    names.keySet().removeAll(ambiguous);
    return names;
  }

  /** Models and writes one wrapper; a failure skips this type only. */
  private void write(TypeElement type, Map<String, ClassName> pending) {
    String wrapperName = Members.wrapperName(type).canonicalName();
    if (inputs.contains(wrapperName)) {
      // isWrapperOf held (claimName): an earlier build's output is compiled again as a source.
      return;
    }
    try {
      writer.write(builder.build(type, pending));
    } catch (FilerException e) {
      reporter.error(
          type,
          GilMessage.NAME_CLASH,
          type.getQualifiedName(),
          Members.wrapperName(type).canonicalName(),
          "a file of that name was already generated in this compilation");
    } catch (RuntimeException | LinkageError | AssertionError e) {
      reporter.unexpected(type, e);
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
