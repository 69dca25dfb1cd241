package org.gil4j.checker;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The analysis core: walks one class, carrying the {@link Section} each piece of code is in, and
 * reports every rule violation as a {@link Finding} to a {@link Listener}. It decides what holds;
 * it never words a message. Uses and escapes are checked here, calls in {@link CallChecks};
 * lambdas, anonymous classes, methods and try-with-resources open new sections.
 */
final class GilScanner extends TreePathScanner<Void, Section> {
  /** Receives findings; the visitor words them, a probe just notes that one occurred. */
  interface Listener {
    void report(Finding finding);

    /** Called at every method call with the section it is in; a debugging and test hook. */
    default void callIn(MethodInvocationTree call, Section section) {}

    /** Called at every class, method and variable declaration (for suppression bookkeeping). */
    default void declared(Tree declaration) {}

    /** True when {@code -AskipDefs}/{@code -AonlyDefs} leave {@code method} out. */
    default boolean skipsDefinition(ClassTree cls, MethodTree method) {
      return false;
    }

    /** The analysis failed inside {@code method}; the rest of the class is still checked. */
    default void internalError(Tree method, RuntimeException error) {
      throw error;
    }
  }

  private final GilAnalysis analysis;
  private final LockBound types;
  private final Sections rules;
  private final Listener listener;
  private final boolean probe;
  private final CallChecks calls;
  private final Uses uses;
  private final Set<Element> declaredInside = GilAnalysis.newDeclaredSet();
  /** The values already reported per lock-free section (keyed by the section's start tree). */
  private final Map<Tree, Set<Object>> reportedValues = new IdentityHashMap<>();
  private int findings;
  /** True while walking a strict class. */
  private boolean strict;

  GilScanner(GilAnalysis analysis, Listener listener, boolean probe) {
    this.analysis = analysis;
    this.types = analysis.types();
    this.rules = analysis.rules();
    this.listener = listener;
    this.probe = probe;
    this.calls = new CallChecks(this, analysis);
    this.uses = new Uses(this, analysis, probe, declaredInside);
  }

  /** Counts and forwards one finding; {@link CallChecks} reports through here too. */
  void report(Finding.Kind kind, Tree tree, String subject, String detail, Section s) {
    findings++;
    if (s.isStrictNotHeld()) {
      kind = StrictRules.strictKind(kind);
    }
    if (kind.isLockFree() && s.start() != null) {
      Set<Object> values =
          reportedValues.computeIfAbsent(s.start(), k -> new java.util.HashSet<>());
      if (!values.add(uses.valueKey(tree, subject))) {
        return; // one diagnostic per value per section, at its first use
      }
    }
    Element used = null;
    if (tree instanceof ExpressionTree) {
      Tree leaf = strip(tree);
      if (leaf instanceof MethodInvocationTree
          || leaf instanceof NewClassTree
          || leaf instanceof MemberReferenceTree) {
        used = TreeUtils.elementFromUse((ExpressionTree) leaf);
      } else {
        TypeMirror type = TreeUtils.typeOf(leaf);
        if (type != null && type.getKind() == TypeKind.DECLARED) {
          used = ((javax.lang.model.type.DeclaredType) type).asElement();
        }
      }
    }
    listener.report(new Finding(kind, tree, subject, detail, s, used));
  }

  /** How many findings this walk has reported so far; a rise means a sub-tree was reported. */
  int findingCount() {
    return findings;
  }

  // ---------------------------------------------------------------- declarations

  @Override
  public Void visitClass(ClassTree node, Section s) {
    listener.declared(node);
    TypeElement element = TreeUtils.elementFromDeclaration(node);
    if (element == null || LockBound.isGenerated(element)) {
      return null; // the processor's wrappers take the lock themselves
    }
    new DeclarationRules(types, rules, this::reportDeclaration).checkClass(node, element);
    NestingKind nesting = element.getNestingKind();
    boolean lexical = nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS;
    boolean outerStrict = strict;
    strict = !probe && analysis.strict().isStrict(element);
    try {
      Section inside = lexical ? s : Section.UNKNOWN;
      scan(node.getModifiers(), inside);
      scan(node.getTypeParameters(), inside);
      scan(node.getExtendsClause(), inside);
      scan(node.getImplementsClause(), inside);
      String name = element.getSimpleName().toString();
      for (Tree member : node.getMembers()) {
        scan(member, rules.memberSection(member, element, name, inside, strict, types));
      }
      return null;
    } finally {
      strict = outerStrict;
    }
  }

  /** True when {@code receiver} is a token that strict code not held made in this section. */
  boolean ownsToken(ExpressionTree receiver, Section s) {
    return uses.ownsToken(receiver, s);
  }

  /** Reports a lock-bound call result or cast that lock-free code passes on (see {@link Uses}). */
  void checkProduced(ExpressionTree expr, Section s) {
    if (!probe) {
      uses.checkProduced(expr, s);
    }
  }

  /** True while walking strict code. */
  boolean isStrict() {
    return strict;
  }

  private void reportDeclaration(Finding.Kind kind, Tree tree, String subject, String detail) {
    if (!probe) {
      report(kind, tree, subject, detail, Section.UNKNOWN);
    }
  }

  @Override
  public Void visitMethod(MethodTree node, Section s) {
    listener.declared(node);
    ExecutableElement method = TreeUtils.elementFromDeclaration(node);
    if (method == null) {
      return super.visitMethod(node, s);
    }
    TreePath up = getCurrentPath().getParentPath();
    if (up != null
        && up.getLeaf() instanceof ClassTree
        && listener.skipsDefinition((ClassTree) up.getLeaf(), node)) {
      return null;
    }
    new DeclarationRules(types, rules, this::reportDeclaration).checkMethod(node, method);
    try {
      return super.visitMethod(node, rules.bodySection(node, method, s, strict, types));
    } catch (RuntimeException e) {
      if (probe) {
        throw e;
      }
      // One odd method must not hide the findings in the rest of the class.
      listener.internalError(node, e);
      return null;
    }
  }

  @Override
  public Void visitVariable(VariableTree node, Section s) {
    listener.declared(node);
    VariableElement v = TreeUtils.elementFromDeclaration(node);
    if (v != null) {
      declaredInside.add(v);
      uses.declared(v, s);
      if (v.getKind() == ElementKind.FIELD && node.getInitializer() != null) {
        checkStore(
            new TreePath(getCurrentPath(), node.getInitializer()),
            v.asType(),
            Names.describeField(v),
            node.getInitializer(),
            s);
      }
      if (v.getKind() == ElementKind.ENUM_CONSTANT
          && types.isBoundClass((TypeElement) v.getEnclosingElement())) {
        // The JVM builds enum constants during class initialization; gil4j cannot hold the lock
        // there, and does not report it (reading a constant outside a held section is a use).
        Section built =
            Section.held(Section.Origin.BOUND_CLASS_METHOD, node, "enum constant " + node.getName());
        return super.visitVariable(node, built);
      }
    }
    return super.visitVariable(node, s);
  }

  // ---------------------------------------------------------------- sections

  @Override
  public Void visitTry(TryTree node, Section s) {
    Section body = s;
    for (Tree resource : node.getResources()) {
      if (resource instanceof VariableTree) {
        // The element's type, not the type tree's: `try (var r = gil.release())` works too.
        TypeMirror type = TreeUtils.elementFromDeclaration((VariableTree) resource).asType();
        String where = "try (" + ((VariableTree) resource).getName() + ")";
        if (LockBound.isNamed(type, GilNames.GIL_RELEASE)) {
          body = Section.lockFree(Section.Origin.RELEASE_TRY, resource, where);
        } else if (LockBound.isToken(type)) {
          body = Section.held(Section.Origin.ACQUIRE_TRY, resource, where);
        }
      }
      scan(resource, s);
    }
    scan(node.getBlock(), body);
    scan(node.getCatches(), s);
    scan(node.getFinallyBlock(), s);
    return null;
  }

  // ---------------------------------------------------------------- uses

  @Override
  public Void visitReturn(com.sun.source.tree.ReturnTree node, Section s) {
    super.visitReturn(node, s);
    if (s.checksUses() && !probe) {
      uses.checkProduced(node.getExpression(), s);
    }
    return null;
  }

  @Override
  public Void visitThrow(com.sun.source.tree.ThrowTree node, Section s) {
    super.visitThrow(node, s);
    if (s.checksUses() && !probe) {
      uses.checkProduced(node.getExpression(), s);
    }
    return null;
  }

  @Override
  public Void visitLambdaExpression(com.sun.source.tree.LambdaExpressionTree node, Section s) {
    super.visitLambdaExpression(node, s);
    if (s.checksUses()
        && !probe
        && node.getBodyKind() == com.sun.source.tree.LambdaExpressionTree.BodyKind.EXPRESSION) {
      ExecutableElement function =
          TreeUtils.findFunction(node, analysis.processingEnv());
      if (function != null && function.getReturnType().getKind() != TypeKind.VOID) {
        uses.checkProduced((ExpressionTree) node.getBody(), s); // the lambda returns it
      }
    }
    return null;
  }

  @Override
  public Void visitIdentifier(IdentifierTree node, Section s) {
    if (s.checksUses()) {
      Element e = TreeUtils.elementFromUse(node);
      if (e instanceof VariableElement) {
        uses.checkVariableUse(node, (VariableElement) e, s);
      }
    }
    return null;
  }

  @Override
  public Void visitMemberSelect(MemberSelectTree node, Section s) {
    Element e = TreeUtils.elementFromUse(node);
    if (!s.checksUses() || !(e instanceof VariableElement)) {
      return super.visitMemberSelect(node, s);
    }
    uses.checkFieldSelect(node, (VariableElement) e, s);
    return null;
  }

  // ---------------------------------------------------------------- calls

  @Override
  public Void visitMethodInvocation(MethodInvocationTree node, Section s) {
    ExecutableElement method = TreeUtils.elementFromUse(node);
    if (method == null) {
      return super.visitMethodInvocation(node, s);
    }
    if (!probe) {
      listener.callIn(node, s);
      new ScopeRules(analysis, this::report).checkAcquire(getCurrentPath(), node, method);
    }
    ExpressionTree receiver = Sections.receiverOf(node);
    if (s.state() == Section.State.HELD && !probe && rules.isBlocking(method)) {
      String call =
          receiver == null || isSimple(receiver)
              ? node.toString()
              : placeholder(TreeUtils.typeOf(receiver)) + "." + method.getSimpleName() + "(..)";
      report(Finding.Kind.HELD_BLOCKING, node, Names.methodName(method), call, s);
    }
    if (s.checksUses()) {
      calls.checkLockFreeCall(node, method, receiver, node.getArguments(), s);
    } else if (receiver != null) {
      scan(receiver, s);
    }
    scan(node.getTypeArguments(), s);
    boolean parallel = rules.isParallelStreamOperation(getCurrentPath(), analysis);
    calls.scanArguments(method, node.getArguments(), s, parallel);
    if (!probe) {
      new Escapes(analysis, this::report)
          .checkCall(getCurrentPath(), node, method, node.getArguments(), s);
    }
    return null;
  }

  @Override
  public Void visitNewClass(NewClassTree node, Section s) {
    ExecutableElement constructor = TreeUtils.elementFromUse(node);
    calls.checkLockFreeConstruction(node, constructor, s);
    scan(node.getEnclosingExpression(), s);
    if (constructor != null) {
      calls.scanArguments(constructor, node.getArguments(), s, false);
    } else {
      scan(node.getArguments(), s);
    }
    scan(node.getClassBody(), s);
    if (constructor != null && !probe) {
      new Escapes(analysis, this::report)
          .checkCall(getCurrentPath(), node, constructor, node.getArguments(), s);
    }
    return null;
  }

  @Override
  public Void visitNewArray(NewArrayTree node, Section s) {
    if (!probe) {
      new Escapes(analysis, this::report).checkArrayInitializer(getCurrentPath(), node, s);
    }
    return super.visitNewArray(node, s);
  }

  @Override
  public Void visitMemberReference(MemberReferenceTree node, Section s) {
    Element e = TreeUtils.elementFromUse(node);
    ExpressionTree qualifier = node.getQualifierExpression();
    boolean qualifierIsValue = !CallChecks.isTypeName(qualifier);
    if (s.checksUses()
        && e instanceof ExecutableElement
        && e.getKind() == ElementKind.CONSTRUCTOR
        && types.isBoundClass((TypeElement) e.getEnclosingElement())) {
      // Foo::new run lock-free builds a lock-bound value without the lock
      TypeElement created = (TypeElement) e.getEnclosingElement();
      report(
          Finding.Kind.NOGIL_CALL,
          node,
          node.toString(),
          created.getSimpleName().toString(),
          s);
    } else if (s.checksUses() && e instanceof ExecutableElement && !CallChecks.tokenSupplied(node)) {
      int before = findings;
      calls.checkLockFreeCall(
          node, (ExecutableElement) e, qualifierIsValue ? qualifier : null, List.of(), s);
      if (findings == before
          && !probe
          && types.isBound(((ExecutableElement) e).getReturnType())) {
        // pool.submit(registry::current): the reference returns a lock-bound value lock-free
        report(Finding.Kind.NOGIL_USE, node, node.toString(), "result of " + node, s);
      }
    } else if (qualifierIsValue) {
      scan(qualifier, s);
    }
    return null;
  }

  // ---------------------------------------------------------------- escapes

  @Override
  public Void visitAssignment(AssignmentTree node, Section s) {
    ExpressionTree target = node.getVariable();
    TreePath value = new TreePath(getCurrentPath(), node.getExpression());
    Element e = TreeUtils.elementFromUse(target);
    if (target.getKind() == Tree.Kind.ARRAY_ACCESS) {
      TypeMirror array =
          TreeUtils.typeOf(((com.sun.source.tree.ArrayAccessTree) target).getExpression());
      if (array.getKind() == TypeKind.ARRAY) {
        checkStore(
            value, ((ArrayType) array).getComponentType(), "an element of " + array, target, s);
      }
    } else if (e != null && e.getKind() == ElementKind.FIELD) {
      checkStore(value, e.asType(), Names.describeField((VariableElement) e), target, s);
    }
    boolean localWrite = target instanceof IdentifierTree && e != null && GilAnalysis.isLocal(e);
    if (!localWrite) {
      scan(target, s);
    }
    scan(node.getExpression(), s);
    if (!localWrite && s.checksUses()) {
      checkProduced(node.getExpression(), s); // holder.doc = registry.current(): stored lock-free
    }
    return null;
  }

  private void checkStore(
      TreePath value, TypeMirror targetType, String target, Tree reportAt, Section s) {
    if (probe) {
      return;
    }
    new Escapes(analysis, this::report).checkStore(value, targetType, target, reportAt, s);
  }

  // ---------------------------------------------------------------- helpers

  /** A variable name for a value of {@code type} in a fix text: {@code future} for a Future. */
  private static String placeholder(TypeMirror type) {
    String simple =
        type != null && type.getKind() == TypeKind.DECLARED
            ? ((javax.lang.model.type.DeclaredType) type).asElement().getSimpleName().toString()
            : "value";
    return simple.isEmpty() ? "value" : Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  /** {@code tree} without the parentheses and casts around it. */
  static Tree strip(Tree tree) {
    while (tree instanceof ParenthesizedTree || tree instanceof TypeCastTree) {
      tree =
          tree instanceof ParenthesizedTree
              ? ((ParenthesizedTree) tree).getExpression()
              : ((TypeCastTree) tree).getExpression();
    }
    return tree;
  }

  /** True for {@code x}, {@code this}, {@code a.b.c}: receivers whose evaluation does nothing. */
  static boolean isSimple(ExpressionTree tree) {
    Tree t = strip(tree);
    while (t instanceof MemberSelectTree) {
      t = strip(((MemberSelectTree) t).getExpression());
    }
    return t instanceof IdentifierTree;
  }

  static boolean has(Element element, String annotation) {
    return LockBound.hasAnnotation(element.getAnnotationMirrors(), annotation);
  }
}
