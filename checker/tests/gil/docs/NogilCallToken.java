// docs/rules/gil.nogil.call.token.md: the page's Bad and Good snippets (DocSnippetTest)
package docs.nogilcalltoken;

import org.gil4j.Gil;
import org.gil4j.GilToken;
import org.gil4j.annotations.NoGil;

class Bad {
  static int helper(GilToken gil, int x) { return x + 1; }

  // :: error: [gil.nogil.call.token]
  @NoGil static int run() { return helper(null, 1); }
}

class Good {
  static int helper(GilToken gil, int x) { return x + 1; }

  @NoGil static int run() { return Gil.withGil(g -> helper(g, 1)); }
}
