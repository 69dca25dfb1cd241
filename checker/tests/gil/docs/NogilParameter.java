// docs/rules/gil.nogil.parameter.md: the page's Bad and Good snippets (DocSnippetTest)
package docs.nogilparameter;

import org.gil4j.annotations.GilBound;
import org.gil4j.annotations.NoGil;

@GilBound
class NumberList {
  int n;

  int size() {
    return n;
  }
}

class Bad {
  // :: error: [gil.nogil.parameter]
  @NoGil static int size(NumberList numbers) { return 0; }
}

class Good {
  @NoGil static int size(int[] copy) { return copy.length; }
}
