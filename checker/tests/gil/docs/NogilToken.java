// docs/rules/gil.nogil.token.md: the page's Bad and Good snippets (DocSnippetTest)
package docs.nogiltoken;

import org.gil4j.Gil;
import org.gil4j.GilToken;
import org.gil4j.Unbound;
import org.gil4j.annotations.GilBound;

@GilBound
class NumberList {
  int n;

  int size() {
    return n;
  }
}

class Bad {
  int count(GilToken gil, NumberList numbers) {
    Unbound<NumberList> ref = gil.unbind(numbers);
    // :: error: [gil.nogil.token]
    return gil.allowThreads(() -> ref.bind(gil).size());
  }
}

class Good {
  int count(GilToken gil, NumberList numbers) {
    Unbound<NumberList> ref = gil.unbind(numbers);
    return gil.allowThreads(() -> Gil.withGil(g -> ref.bind(g).size()));
  }
}
