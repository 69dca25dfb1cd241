// docs/rules/gil.strict.call.md: the page's Bad and Good snippets (DocSnippetTest); each Setup is
// nested in its own outer class, since both snippets name it Setup
package docs.strictcall;

import org.gil4j.Gil;
import org.gil4j.GilToken;
import org.gil4j.Unbound;
import org.gil4j.annotations.GilBound;
import org.gil4j.annotations.GilStrict;

@GilBound
class World {
  static World make() {
    return new World();
  }
}

class Bad {
  @GilStrict
  static final class Setup {
    // :: error: [gil.strict.call]
    static World shared = new World();   // static initializers hold no lock
    // :: error: [gil.strict.call]
    Object build() { return World.make(); }
  }
}

class Good {
  @GilStrict
  static final class Setup {
    static final Unbound<World> shared = Gil.withGil(gil -> gil.unbind(new World()));
    Object build(GilToken gil) { return gil.unbind(World.make()); }
  }
}
