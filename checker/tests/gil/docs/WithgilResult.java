// docs/rules/gil.withgil.result.md: the page's Bad and Good snippets (DocSnippetTest)
package docs.withgilresult;

import org.gil4j.Gil;
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
  void run(NumberList boundThing) {
    // :: error: [gil.withgil.result]
    NumberList leak = Gil.withGil(gil -> boundThing);
  }
}

class Good {
  void run(NumberList boundThing) {
    int size = Gil.withGil(gil -> boundThing.size());           // an @Ungil copy
    Unbound<NumberList> ref = Gil.withGil(gil -> gil.unbind(boundThing)); // or unbind
  }
}
