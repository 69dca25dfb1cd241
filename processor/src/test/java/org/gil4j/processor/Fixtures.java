package org.gil4j.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Shared test inputs and helpers: the good inputs, compiling them, loading what javac wrote. */
final class Fixtures {
  /** Every file in {@code src/test/resources/good}, by simple name. */
  static final List<String> GOOD =
      List.of(
          "Accounts",
          "Annotated",
          "Builder",
          "Counter",
          "Greeter",
          "Joiner",
          "Loader",
          "Mapper",
          "Mode",
          "OldApi",
          "Outer",
          "Overloads",
          "Probe",
          "ProbeApi",
          "Registry",
          "Savings",
          "Shadowing",
          "Store",
          "UsesGenerated",
          "WordCount");

  private static Compilation goodCompilation;

  private Fixtures() {}

  /** The good input {@code name}. */
  static JavaFileObject good(String name) {
    return JavaFileObjects.forResource("good/" + name + ".java");
  }

  /** The bad input {@code name}. */
  static JavaFileObject bad(String name) {
    return JavaFileObjects.forResource("bad/" + name + ".java");
  }

  /** A compiler running the gil4j processor after the test processor that makes Greeting. */
  static Compiler compiler() {
    return Compiler.javac().withProcessors(new GreetingGeneratorProcessor(), new GilProcessor());
  }

  /** Compiles every good input together with {@code options}. */
  static Compilation compileGood(String... options) {
    List<JavaFileObject> inputs = new ArrayList<>();
    for (String name : GOOD) {
      inputs.add(good(name));
    }
    return compiler().withOptions((Object[]) options).compile(inputs);
  }

  /** The compilation of every good input with default options, made once per test JVM. */
  static synchronized Compilation goodCompilation() {
    if (goodCompilation == null) {
      goodCompilation = compileGood();
    }
    return goodCompilation;
  }

  /**
   * Loads classes javac wrote in {@code compilation}; its parent is the test's own loader, so the
   * generated wrappers see the very {@code org.gil4j.Gil} class the tests inspect.
   */
  static ClassLoader loader(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String binary = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length());
      binary = binary.substring(0, binary.length() - ".class".length()).replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(binary, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new InMemoryClassLoader(classes, Fixtures.class.getClassLoader());
  }

  /** Defines classes from bytes in memory, after asking its parent first. */
  private static final class InMemoryClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    InMemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
      super(parent);
      this.classes = Map.copyOf(classes);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
