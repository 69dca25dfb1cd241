package org.gil4j.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * Finds {@code @WithGil} and {@code @NoGil} methods of local and anonymous classes. javac only
 * enters those classes while attributing method bodies, after annotation processing, so the round
 * never offers their methods as elements; this scanner reads the source trees instead and matches
 * the annotation by name and import. Without javac's tree API (another compiler) it does nothing.
 */
final class LocalClassScanner {
  private final Trees trees;
  private final Reporter reporter;
  private final Set<CompilationUnitTree> scanned =
      Collections.newSetFromMap(new IdentityHashMap<>());

  private LocalClassScanner(Trees trees, Reporter reporter) {
    this.trees = trees;
    this.reporter = reporter;
  }

  /** A scanner for {@code env}, or one that finds nothing when the compiler has no trees. */
  static LocalClassScanner create(ProcessingEnvironment env, Reporter reporter) {
    Trees trees;
    try {
      trees = Trees.instance(env);
    } catch (IllegalArgumentException e) {
      trees = null; // not javac: local classes cannot be found, and nothing else is lost.
    }
    return new LocalClassScanner(trees, reporter);
  }

  /** Reports every annotated method of a local or anonymous class in the units of {@code roots}. */
  void scan(Set<? extends Element> roots) {
    if (trees == null) {
      return;
    }
    for (Element root : roots) {
      TreePath path = trees.getPath(root);
      if (path != null && scanned.add(path.getCompilationUnit())) {
        CompilationUnitTree unit = path.getCompilationUnit();
        new Finder(unit).scan(unit, null);
      }
    }
  }

  /** Walks one compilation unit, remembering how the GIL annotations may be named in it. */
  private final class Finder extends TreePathScanner<Void, Void> {
    private final CompilationUnitTree unit;
    private boolean simpleWithGil;
    private boolean simpleNoGil;
    private int localDepth;

    Finder(CompilationUnitTree unit) {
      this.unit = unit;
      for (ImportTree i : unit.getImports()) {
        String name = i.getQualifiedIdentifier().toString();
        if (!i.isStatic() && name.equals("org.gil4j.annotations.*")) {
          simpleWithGil = true;
          simpleNoGil = true;
        }
        simpleWithGil |= name.equals(Members.WITH_GIL);
        simpleNoGil |= name.equals(Members.NO_GIL);
      }
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
      Tree parent = getCurrentPath().getParentPath().getLeaf();
      boolean member = parent instanceof CompilationUnitTree || parent instanceof ClassTree;
      // A member of a local class is as unreachable for a wrapper as the local class itself.
      boolean local = !member || localDepth > 0;
      if (local) {
        for (Tree t : node.getMembers()) {
          if (t instanceof MethodTree && isGilAnnotated((MethodTree) t)) {
            reporter.error(trees, t, unit, GilMessage.LOCAL_CLASS, ((MethodTree) t).getName());
          }
        }
        localDepth++;
      }
      try {
        return super.visitClass(node, unused);
      } finally {
        if (local) {
          localDepth--;
        }
      }
    }

    private boolean isGilAnnotated(MethodTree method) {
      for (AnnotationTree a : method.getModifiers().getAnnotations()) {
        String name = a.getAnnotationType().toString();
        if (name.equals(Members.WITH_GIL)
            || name.equals(Members.NO_GIL)
            || (simpleWithGil && name.equals("WithGil"))
            || (simpleNoGil && name.equals("NoGil"))) {
          return true;
        }
      }
      return false;
    }
  }
}
