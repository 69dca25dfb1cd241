package org.gil4j.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The access to javac's internals that the Checker Framework needs on JDK 17+, and the child
 * JVM that gets it when this one was started without it.
 *
 * <p>{@code java -jar gil4j-check.jar} gets the access from the jar's {@code Add-Exports} and
 * {@code Add-Opens} manifest attributes. Started any other way ({@code java -cp}, an IDE), the
 * tool relaunches itself once in a child JVM with the matching command-line flags.
 */
final class JdkAccess {
  static final List<String> EXPORTED =
      List.of("api", "code", "file", "main", "model", "parser", "processing", "tree", "util");
  static final List<String> OPENED = List.of("comp");

  /** Set in the child JVM, so a child that still lacks access fails instead of looping. */
  static final String RELAUNCHED = "gil4j.check.relaunched";

  private JdkAccess() {}

  /** The jdk.compiler module, absent when this is a JRE or a jlinked image without javac. */
  static Optional<Module> compilerModule() {
    return ModuleLayer.boot().findModule("jdk.compiler");
  }

  static boolean granted(Module compiler) {
    Module self = JdkAccess.class.getModule();
    for (String p : EXPORTED) {
      if (!compiler.isExported("com.sun.tools.javac." + p, self)) {
        return false;
      }
    }
    for (String p : OPENED) {
      if (!compiler.isOpen("com.sun.tools.javac." + p, self)) {
        return false;
      }
    }
    return true;
  }

  static List<String> jvmFlags() {
    List<String> flags = new ArrayList<>();
    for (String p : EXPORTED) {
      flags.add("--add-exports=jdk.compiler/com.sun.tools.javac." + p + "=ALL-UNNAMED");
    }
    for (String p : OPENED) {
      flags.add("--add-opens=jdk.compiler/com.sun.tools.javac." + p + "=ALL-UNNAMED");
    }
    return flags;
  }

  /** The command that runs this tool again with access, or empty when it cannot be built. */
  static Optional<List<String>> relaunchCommand(String[] args) {
    if (Boolean.getBoolean(RELAUNCHED)) {
      return Optional.empty();
    }
    String classPath;
    try {
      Path location =
          Path.of(JdkAccess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      classPath = location.toString();
    } catch (URISyntaxException | RuntimeException e) {
      classPath = System.getProperty("java.class.path", "");
    }
    if (classPath.isEmpty()) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags());
    command.add("-D" + RELAUNCHED + "=true");
    command.add("-cp");
    command.add(classPath);
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return Optional.of(command);
  }
}
