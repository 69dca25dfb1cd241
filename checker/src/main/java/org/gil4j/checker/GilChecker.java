package org.gil4j.checker;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.File;
import javax.tools.Diagnostic;
import org.checkerframework.framework.source.SourceChecker;
import org.checkerframework.framework.source.SourceVisitor;
import org.checkerframework.framework.source.SupportedOptions;

/**
 * The gil4j checker: refuses lock-bound values and lock-needing calls in lock-free code, and
 * lock-bound values that escape their held section. Run it with {@code -processor
 * org.gil4j.checker.GilChecker}; silence one finding with {@code @SuppressWarnings("gil:<key>")}.
 *
 * <p>It is a plain {@link SourceChecker}: the Checker Framework gives it its options ({@code
 * -Awarns}, {@code -AskipDefs}, {@code -AsuppressWarnings}, ...), suppression and message lookup,
 * but no type factory. The rules work on javac's own attributed trees and types, so no class of
 * {@code checker-qual} is ever looked up on the user's class path, and the start-up costs next to
 * nothing. Library knowledge comes from {@code gil-jdk.astub} and the files named by {@code
 * -Astubs=a.astub:b.astub}, read by {@link StubReader} into one {@link JdkModel}.
 */
@SupportedOptions({"gilStrict"})
public class GilChecker extends SourceChecker {
  private JdkModel model;
  private FindingListener listener;

  /** Also sends every reported finding and every call's section to {@code listener}. */
  void setListener(FindingListener listener) {
    this.listener = listener;
  }

  /** The typed listener, or null. */
  FindingListener listener() {
    return listener;
  }

  /** Also creates the tree-path cache that {@link SourceChecker#setRoot} clears per file. */
  @Override
  public void initChecker() {
    getTreePathCacher();
    super.initChecker();
  }

  @Override
  protected SourceVisitor<?, ?> createSourceVisitor() {
    return new GilVisitor(this);
  }

  /** The library model, read once per compilation on first use. */
  JdkModel model() {
    if (model == null) {
      model = new JdkModel();
      StubReader reader =
          new StubReader(getProcessingEnvironment().getElementUtils(), model, this::stubProblem);
      // The shipped model in its compiled form (written from gil-jdk.astub when the checker is
      // built), so no Java syntax is parsed for it; the .astub itself when run from sources.
      InputStream compiled = GilChecker.class.getResourceAsStream("gil-jdk.model");
      try (InputStream in =
          compiled != null ? compiled : GilChecker.class.getResourceAsStream("gil-jdk.astub")) {
        if (compiled != null) {
          // -AstubWarnIfNotFound (the framework's option for stale stub entries) matches every
          // entry at once, so a stale one is reported; otherwise each class's entries are matched
          // when a rule first asks about that class.
          reader.readCompiled(
              "gil-jdk.astub",
              new java.io.BufferedReader(
                  new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)),
              hasOption("stubWarnIfNotFound"));
        } else {
          reader.read("gil-jdk.astub", in);
        }
      } catch (IOException | RuntimeException e) {
        stubProblem("gil.stub.syntax", "gil-jdk.astub", 1, String.valueOf(e));
      }
      String stubs = getOption("stubs");
      if (stubs != null) {
        for (String path : stubs.split(File.pathSeparator)) {
          if (path.isBlank()) {
            continue;
          }
          try (InputStream in = new FileInputStream(path)) {
            reader.read(path, in);
          } catch (IOException e) {
            stubProblem("gil.stub.unreadable", path, 1, String.valueOf(e.getMessage()));
          }
        }
      }
    }
    return model;
  }

  /** Reports a problem in a stub file at its file and line, with the rule's key. */
  private void stubProblem(String key, String file, int line, String what) {
    String text = String.format(getMessagesProperties().getProperty(key, key + ": %s"), what);
    getProcessingEnvironment()
        .getMessager()
        .printMessage(
            Diagnostic.Kind.ERROR,
            file + ":" + line + ": [" + key + "] " + text);
  }
}
