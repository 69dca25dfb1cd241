package org.gil4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Helpers for the tests over {@code src/test/resources/hard/}: inputs a new user writes that once
 * made the processor write wrappers javac rejected.
 */
final class HardInputs {
  private HardInputs() {}

  /** {@code hard/<name>.java}, e.g. {@code shadow/Target}. */
  static JavaFileObject source(String name) {
    return JavaFileObjects.forResource("hard/" + name + ".java");
  }

  /** Compiles the named inputs with the processor and every lint but {@code processing}. */
  static Compilation compile(Compiler compiler, String... names) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String name : names) {
      sources.add(source(name));
    }
    return compiler.withOptions("-Xlint:all,-processing").compile(sources);
  }

  /** Compiles the inputs with gil4j's processor alone. */
  static Compilation compile(String... names) {
    return compile(Compiler.javac().withProcessors(new GilProcessor()), names);
  }

  /**
   * Asserts that the compilation succeeded and that javac said nothing at all, not even a lint
   * warning, about a generated wrapper.
   */
  static void assertWrappersClean(Compilation compilation) {
    assertThat(compilation).succeeded();
    List<String> aboutWrappers = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      if (d.getSource() != null && d.getSource().getName().endsWith("_Gil.java")) {
        aboutWrappers.add(d.toString());
      }
    }
    assertEquals(List.of(), aboutWrappers);
  }

  /** Calls public method {@code name} on {@code target} (a class for static methods). */
  static Object call(Object target, String name, Object... args) throws Throwable {
    Class<?> type = target instanceof Class ? (Class<?>) target : target.getClass();
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) {
        // Generated classes such as AutoValue_Money are package-private.
        m.setAccessible(true);
        try {
          return m.invoke(target instanceof Class ? null : target, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    }
    throw new AssertionError("no method " + name + " on " + type);
  }

  /** Writes the class files of {@code compilation} under a new temporary directory. */
  static Path writeClasses(Compilation compilation) throws IOException {
    Path root = Files.createTempDirectory("gil4j-classes");
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      Path target = root.resolve(path.substring(path.indexOf("CLASS_OUTPUT/") + 13));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.write(target, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return root;
  }
}
