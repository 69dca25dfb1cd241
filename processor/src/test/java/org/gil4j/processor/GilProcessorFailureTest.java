package org.gil4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An exception inside the processor is one compiler error on the type being processed, never a
 * javac crash: here the filer fails while the wrapper of {@code Accounts} is written.
 */
class GilProcessorFailureTest {

  @Test
  void failureWhileWriting_becomesOneErrorOnTheType() {
    JavaFileObject input = Fixtures.good("Accounts");
    Compilation compilation = Compiler.javac().withProcessors(new BrokenFiler()).compile(input);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[gil.wrapper.internal.error] the gil4j processor failed unexpectedly on"
                + " example.Accounts and skipped it (java.lang.IllegalStateException: disk on"
                + " fire)")
        .inFile(input)
        .onLineContaining("public class Accounts");
  }

  /** Runs the real processor with a filer that throws on every call. */
  private static final class BrokenFiler extends AbstractProcessor {
    private final GilProcessor delegate = new GilProcessor();

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      Filer broken =
          (Filer)
              Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {Filer.class},
                  (proxy, method, args) -> {
                    throw new IllegalStateException("disk on fire");
                  });
      ProcessingEnvironment withBrokenFiler =
          (ProcessingEnvironment)
              Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {ProcessingEnvironment.class},
                  (proxy, method, args) -> {
                    if (method.getName().equals("getFiler")) {
                      return broken;
                    }
                    try {
                      return method.invoke(env, args);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
      delegate.init(withBrokenFiler);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }
}
