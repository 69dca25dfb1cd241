// docs/rules/gil.annotation.conflict.md: the page's Bad and Good snippets (DocSnippetTest)
package docs.annotationconflict;

import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

class Bad {
  // :: error: [gil.annotation.conflict]
  @NoGil @WithGil void confused() {}
}

class Good {
  @NoGil void compute() {}
  @WithGil void update() {}
}
