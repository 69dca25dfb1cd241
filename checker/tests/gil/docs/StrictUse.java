// docs/rules/gil.strict.use.md: the page's Bad and Good snippets (DocSnippetTest); each Game is
// nested in its own outer class, since both snippets name it Game
package docs.strictuse;

import org.gil4j.Gil;
import org.gil4j.GilToken;
import org.gil4j.annotations.GilBound;
import org.gil4j.annotations.GilStrict;

@GilBound
class World {
  private int n;

  void add(int k) {
    n += k;
  }

  int size() {
    return n;
  }
}

class Bad {
  @GilStrict
  static final class Game {
    public static void main(String[] args) {
      // :: error: [gil.strict.call]
      World w = new World();
      // :: error: [gil.strict.use]
      w.add(3);
    }
    // :: error: [gil.strict.use]
    private static void step(World w) { w.add(1); }
  }
}

class Good {
  @GilStrict
  static final class Game {
    public static void main(String[] args) {
      Gil.withGil(gil -> { World w = new World(); step(gil, w); return w.size(); });
    }
    private static void step(GilToken gil, World w) { w.add(1); }   // a GilToken: held
  }
}
