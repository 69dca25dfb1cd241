// docs/rules/gil.acquire.outside.try.md: the page's Bad and Good snippets (DocSnippetTest)
package docs.acquireoutsidetry;

import org.gil4j.Gil;
import org.gil4j.GilRelease;
import org.gil4j.GilToken;
import org.gil4j.annotations.GilBound;

@GilBound
class World {
  private int ticks;

  void tick() {
    ticks++;
  }

  int ticks() {
    return ticks;
  }
}

class Bad {
  void run(World world) {
    // :: error: [gil.acquire.outside.try]
    GilToken gil = Gil.acquire();
    try (gil) { world.tick(); }
  }
}

class Good {
  void run(World world) {
    try (GilToken gil = Gil.acquire()) {
      world.tick();
      int ticks = world.ticks();
      try (GilRelease released = gil.release()) {
        slowWork(ticks); // lock-free
      }
    }
  }

  static int slowWork(int n) {
    return n * 2;
  }
}
