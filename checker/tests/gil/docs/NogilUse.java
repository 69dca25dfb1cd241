// docs/rules/gil.nogil.use.md: the page's Bad and Good snippets (DocSnippetTest)
package docs.nogiluse;

import org.gil4j.Gil;
import org.gil4j.GilToken;
import org.gil4j.Unbound;
import org.gil4j.annotations.GilBound;

@GilBound class NumberList { int n; int size() { return n; } }

class Bad {
  int count(GilToken gil, NumberList numbers) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> numbers.size());
  }
}

class Good {
  int count(GilToken gil, NumberList numbers) {
    int n = numbers.size();                  // copy while holding the lock
    return gil.allowThreads(() -> slowWork(n));
  }

  // or: unbind, and bind again under a short withGil inside the lock-free part
  int countUnbound(GilToken gil, NumberList numbers) {
    Unbound<NumberList> ref = gil.unbind(numbers);
    return gil.allowThreads(() -> Gil.withGil(g -> ref.bind(g).size()));
  }

  static int slowWork(int n) {
    return n * 2;
  }
}
