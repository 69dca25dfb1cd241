// docs/rules/gil.escape.token.md: the page's Bad and Good snippets (DocSnippetTest)
package docs.escapetoken;

import org.gil4j.GilToken;

class Bad {
  // :: error: [gil.class.field]
  GilToken saved;
  // :: error: [gil.escape.token]
  void keep(GilToken gil) { saved = gil; }
}

class Good {
  void work(GilToken gil) { helper(gil); } // pass it down as a parameter

  void helper(GilToken gil) {
    gil.checkpoint();
  }
}
