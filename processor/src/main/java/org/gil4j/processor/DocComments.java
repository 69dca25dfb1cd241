package org.gil4j.processor;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.ReferenceTree;
import com.sun.source.util.DocTreePath;
import com.sun.source.util.DocTreePathScanner;
import com.sun.source.util.DocTrees;
import com.sun.source.util.TreePath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Carries a doc comment over to the wrapper with its meaning intact. The original's references
 * ({@code {@link ArrayList}}, {@code @see}, {@code @throws}) resolved through the original file's
 * imports, which the wrapper does not have; javac's own doc-comment resolver tells what each one
 * meant, and it is written fully qualified. A reference javac could not resolve in the original
 * either becomes plain code text (or, for a block tag, is dropped), so doclint has nothing to
 * reject in the wrapper that it did not already reject in the original.
 */
final class DocComments {
  private static final Pattern INLINE =
      Pattern.compile("\\{@(link|linkplain|value)(\\s+)([^\\s}(]+(?:\\([^)]*\\))?)");
  private static final Pattern BLOCK =
      Pattern.compile("(?m)^(\\s*@(?:see|throws|exception)\\s+)([^\\s\"<(]+(?:\\([^)]*\\))?)(.*)$");
  private static final Pattern PARAM = Pattern.compile("(?m)^(\\s*@param\\s+)(\\S+)");
  private static final Pattern THROWS = Pattern.compile("(?m)^\\s*@(?:throws|exception)\\s+(\\S+)");

  private final DocTrees docTrees;
  private final Elements elements;
  private final Types types;

  /**
   * @param docTrees javac's doc-comment trees, or null when the compiler has none
   */
  DocComments(DocTrees docTrees, Elements elements, Types types) {
    this.docTrees = docTrees;
    this.elements = elements;
    this.types = types;
  }

  /** {@code element}'s doc comment (prefixes stripped) with every reference made absolute. */
  String of(Element element) {
    String doc = elements.getDocComment(element);
    if (doc == null || doc.isBlank()) {
      return "";
    }
    Map<String, String> targets = resolve(element);
    StringBuilder out = new StringBuilder();
    Matcher inline = INLINE.matcher(doc);
    while (inline.find()) {
      if (insideLiteral(doc, inline.start())) {
        // {@code {@link Foo}} is text about javadoc, not a reference: left as written.
        inline.appendReplacement(out, Matcher.quoteReplacement(inline.group()));
        continue;
      }
      String target = targets.get(inline.group(3));
      String replacement =
          target != null
              ? "{@" + inline.group(1) + inline.group(2) + target
              : "{@code" + inline.group(2) + inline.group(3);
      inline.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    inline.appendTail(out);
    String withInline = out.toString();
    out = new StringBuilder();
    Matcher block = BLOCK.matcher(withInline);
    while (block.find()) {
      String target = targets.get(block.group(2));
      String replacement = target != null ? block.group(1) + target + block.group(3) : "";
      block.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    block.appendTail(out);
    return out.toString();
  }

  /** Whether {@code position} lies inside a {@code {@code ..}} or {@code {@literal ..}} tag. */
  private static boolean insideLiteral(String doc, int position) {
    int depth = 0;
    boolean literal = false;
    for (int i = 0; i < position; i++) {
      char c = doc.charAt(i);
      if (c == '{') {
        if (depth == 0) {
          literal = doc.startsWith("{@code", i) || doc.startsWith("{@literal", i);
        }
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      }
    }
    return depth > 0 && literal;
  }

  /** What each reference in {@code element}'s comment denotes, written absolutely; null if none. */
  private Map<String, String> resolve(Element element) {
    Map<String, String> targets = new HashMap<>();
    if (docTrees == null) {
      return targets;
    }
    try {
      DocCommentTree comment = docTrees.getDocCommentTree(element);
      TreePath path = docTrees.getPath(element);
      if (comment == null || path == null) {
        return targets;
      }
      new DocTreePathScanner<Void, Void>() {
        @Override
        public Void visitReference(ReferenceTree node, Void unused) {
          Element target = docTrees.getElement(getCurrentPath());
          String written = target == null ? null : absolute(target);
          if (written != null) {
            targets.put(node.getSignature(), written);
          }
          return null;
        }
      }.scan(new DocTreePath(path, comment), null);
    } catch (RuntimeException e) {
      // A compiler whose doc trees cannot resolve: every reference is written as code text.
      targets.clear();
    }
    return targets;
  }

  /** The fully qualified reference to {@code target}, or null when it cannot be written. */
  private String absolute(Element target) {
    if (target instanceof TypeElement) {
      return ((TypeElement) target).getQualifiedName().toString();
    }
    if (target instanceof PackageElement) {
      return ((PackageElement) target).getQualifiedName().toString();
    }
    Element owner = target.getEnclosingElement();
    if (!(owner instanceof TypeElement)) {
      return null;
    }
    String prefix = ((TypeElement) owner).getQualifiedName() + "#";
    if (target instanceof VariableElement) {
      return prefix + target.getSimpleName();
    }
    if (target instanceof ExecutableElement) {
      ExecutableElement method = (ExecutableElement) target;
      List<String> parameters = new ArrayList<>();
      for (VariableElement p : method.getParameters()) {
        parameters.add(types.erasure(p.asType()).toString());
      }
      String name =
          method.getKind() == ElementKind.CONSTRUCTOR
              ? owner.getSimpleName().toString()
              : method.getSimpleName().toString();
      return prefix + name + "(" + String.join(",", parameters) + ")";
    }
    return null;
  }

  /**
   * Completes a wrapper member's comment so that doclint's strictest checks pass on it whatever the
   * original lacked: a first sentence ({@code summary}) when there is none, {@code @param} tags
   * under the names the wrapper gave its parameters and type variables (one for each), and
   * {@code @return} and {@code @throws} tags for what the member returns and declares.
   *
   * @param doc the carried-over comment, possibly empty
   * @param renamed original parameter or type variable name to the wrapper's ({@code <T>} form for
   *     type variables)
   * @param parameters the wrapper's parameter names, then its type variables as {@code <T>}
   * @param thrown the declared thrown types, as written in the wrapper's signature
   * @param inheritDoc whether {@code {@inheritDoc}} may stay (the member overrides something)
   */
  static String complete(
      String doc,
      String summary,
      Map<String, String> renamed,
      List<String> parameters,
      boolean returns,
      List<String> thrown,
      boolean inheritDoc) {
    String text = inheritDoc ? doc : doc.replace("{@inheritDoc}", "");
    StringBuilder out = new StringBuilder();
    Matcher param = PARAM.matcher(text);
    List<String> documented = new ArrayList<>();
    while (param.find()) {
      String name = renamed.getOrDefault(param.group(2), param.group(2));
      documented.add(name);
      param.appendReplacement(out, Matcher.quoteReplacement(param.group(1) + name));
    }
    param.appendTail(out);
    text = out.toString().strip();
    if (text.isEmpty() || text.startsWith("@")) {
      text = (summary + "\n\n" + text).strip();
    }
    StringBuilder tags = new StringBuilder();
    for (String name : parameters) {
      if (!documented.contains(name)) {
        tags.append("\n@param ")
            .append(name)
            .append(name.startsWith("<") ? " as in the wrapped method" : " passed on unchanged");
      }
    }
    if (returns && !Pattern.compile("(?m)^\\s*@return\\b").matcher(text).find()) {
      tags.append("\n@return what the wrapped method returns");
    }
    List<String> thrownDocumented = new ArrayList<>();
    Matcher throwsTag = THROWS.matcher(text);
    while (throwsTag.find()) {
      String name = throwsTag.group(1);
      thrownDocumented.add(name.substring(name.lastIndexOf('.') + 1));
    }
    for (String type : thrown) {
      if (!thrownDocumented.contains(type.substring(type.lastIndexOf('.') + 1))) {
        tags.append("\n@throws ").append(type).append(" when the wrapped method throws it");
      }
    }
    if (tags.length() > 0) {
      boolean hasBlockTags = Pattern.compile("(?m)^\\s*@\\w").matcher(text).find();
      text = text + (hasBlockTags ? "" : "\n") + tags;
    }
    return text;
  }
}
