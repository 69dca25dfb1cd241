package org.gil4j.cli;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.gil4j.checker.GilChecker;
import org.gil4j.processor.GilProcessor;

/** One in-process javac run over a source tree with gil4j's processor and checker on. */
final class CheckRun {
  /** Trees with more files than this get progress lines on standard error. */
  static final int PROGRESS_THRESHOLD = 200;

  private static final Pattern KEYED = Pattern.compile("^\\[([A-Za-z][\\w.:-]*)\\] (.*)$",
      Pattern.DOTALL);
  private static final List<String> BUNDLED = List.of("gil4j-annotations.jar", "gil4j-runtime.jar");

  /** What a run found: gil4j findings and, separately, javac errors that stopped it. */
  record Result(int files, List<Finding> findings, List<Finding> compileErrors) {}

  private CheckRun() {}

  /** Every {@code .java} file named by or found under {@code paths}, sorted. */
  static List<Path> sources(List<Path> paths) throws Options.UsageException {
    Set<Path> found = new HashSet<>();
    for (Path path : paths) {
      if (Files.isRegularFile(path)) {
        if (!path.toString().endsWith(".java")) {
          throw new Options.UsageException("not a .java file: " + path);
        }
        found.add(path.toAbsolutePath().normalize());
      } else if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
              .forEach(p -> found.add(p.toAbsolutePath().normalize()));
        } catch (IOException | UncheckedIOException e) {
          throw new Options.UsageException("cannot read " + path + ": " + e.getMessage());
        }
      } else {
        throw new Options.UsageException("no such file or directory: " + path);
      }
    }
    if (found.isEmpty()) {
      throw new Options.UsageException("no .java files under " + paths);
    }
    List<Path> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.naturalOrder());
    return sorted;
  }

  static Result run(Options options, List<Path> sources, PrintStream progress)
      throws IOException {
    Path work = Files.createTempDirectory("gil4j-check");
    try {
      String classPath = classPath(options.classpath, work);
      Path generated = Files.createDirectories(work.resolve("generated"));
      Pass first = compile(options, classPath, work.resolve("classes"), generated, sources,
          List.of(new GilProcessor(), new GilChecker()), progress);
      List<Finding> findings = new ArrayList<>(first.findings);
      if (first.errors.isEmpty() && findings.stream().anyMatch(CheckRun::stopsJavac)) {
        // javac stops after annotation processing once a processor reported an error, so a
        // refused wrapper would hide every checker finding until it is fixed. Check the tree
        // again with the checker alone, over the wrappers that were written; the missing
        // wrapper's own "cannot find symbol" errors are the refusal's, already reported.
        List<Path> withWrappers = new ArrayList<>(sources);
        try (Stream<Path> walk = Files.walk(generated)) {
          walk.filter(f -> f.toString().endsWith(".java")).sorted().forEach(withWrappers::add);
        }
        Pass second = compile(options, classPath, work.resolve("classes-checker"),
            Files.createDirectories(work.resolve("generated-checker")), withWrappers,
            List.of(new GilChecker()), null);
        // One error per place: the checker's view of a line the processor refused (both
        // @NoGil and @WithGil) is the same mistake.
        Set<String> refused = new HashSet<>();
        for (Finding f : first.findings) {
          refused.add(f.file() + ":" + f.line());
        }
        for (Finding f : second.findings) {
          boolean inWrapper = f.file() != null && f.file().startsWith(generated);
          if (!inWrapper && !refused.contains(f.file() + ":" + f.line())) {
            findings.add(f);
          }
        }
      }
      return new Result(sources.size(), findings, first.errors);
    } finally {
      deleteTree(work);
    }
  }

  /** A processor's refusal: an error whose key is one of the wrapper generator's. */
  private static boolean stopsJavac(Finding f) {
    return f.error() && f.key() != null && f.key().startsWith("gil.wrapper.");
  }

  /** The gil4j findings and the other javac errors of one compilation. */
  private record Pass(List<Finding> findings, List<Finding> errors) {}

  private static Pass compile(Options options, String classPath, Path classes, Path generated,
      List<Path> sources, List<Processor> processors, PrintStream progress) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>();
    args.add("-classpath");
    args.add(classPath);
    if (options.release != null) {
      args.add("--release");
      args.add(options.release);
    }
    Files.createDirectories(classes);
    args.addAll(List.of("-d", classes.toString(), "-s", generated.toString()));
    args.addAll(List.of("-implicit:none", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000"));
    args.add("-encoding");
    args.add("UTF-8");

    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, args, null,
              files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(processors);
      if (progress != null && sources.size() > PROGRESS_THRESHOLD) {
        ((JavacTask) task).addTaskListener(new Progress(sources.size(), progress));
      }
      task.call();
    }
    List<Finding> findings = new ArrayList<>();
    List<Finding> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      Finding f = toFinding(d);
      if (f.isGil()) {
        findings.add(f);
      } else if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(f);
      }
    }
    return new Pass(findings, errors);
  }

  static Finding toFinding(Diagnostic<? extends JavaFileObject> d) {
    Path file = null;
    if (d.getSource() != null) {
      try {
        file = Path.of(d.getSource().toUri());
      } catch (RuntimeException e) {
        file = Path.of(d.getSource().getName());
      }
    }
    String message = d.getMessage(Locale.ROOT);
    String key = null;
    Matcher m = KEYED.matcher(message);
    if (m.matches()) {
      key = m.group(1);
      message = m.group(2);
    }
    boolean error = d.getKind() == Diagnostic.Kind.ERROR;
    return new Finding(file, Math.max(0, d.getLineNumber()), Math.max(0, d.getColumnNumber()),
        error, key, message.strip());
  }

  /** The user's class path, then gil4j's annotations and runtime (the user's copy wins). */
  private static String classPath(String user, Path work) throws IOException {
    StringBuilder cp = new StringBuilder(user);
    Path lib = Files.createDirectories(work.resolve("lib"));
    for (String jar : BUNDLED) {
      try (InputStream in = CheckRun.class.getResourceAsStream("lib/" + jar)) {
        if (in == null) {
          throw new IOException("this gil4j-check jar lacks org/gil4j/cli/lib/" + jar);
        }
        Path target = lib.resolve(jar);
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        if (cp.length() > 0) {
          cp.append(File.pathSeparatorChar);
        }
        cp.append(target);
      }
    }
    return cp.toString();
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A temporary directory left behind is not worth failing the check for.
    }
  }

  /** Progress lines for large trees: one each tenth of the files analysed. */
  private static final class Progress implements TaskListener {
    private final int total;
    private final PrintStream out;
    private final Set<Object> done = new HashSet<>();
    private int nextTenth = 1;

    Progress(int total, PrintStream out) {
      this.total = total;
      this.out = out;
      out.println("gil4j-check: checking " + total + " files");
    }

    @Override
    public void finished(TaskEvent e) {
      if (e.getKind() != TaskEvent.Kind.ANALYZE || e.getSourceFile() == null) {
        return;
      }
      if (done.add(e.getSourceFile().toUri()) && done.size() * 10 >= nextTenth * total) {
        out.println("gil4j-check: " + done.size() + "/" + total + " files checked");
        while (done.size() * 10 >= nextTenth * total) {
          nextTenth++;
        }
      }
    }
  }
}
