// strict through its package-info.java: main touches a lock-bound value without the lock
package strictpkg;

import org.gil4j.Gil;
import org.gil4j.annotations.GilBound;

class PackageStrictMain {
  @GilBound
  static class World {
    int n;
  }

  static int peek(World w) {
    // :: error: [gil.strict.use]
    return w.n;
  }

  static int ok(World w) {
    return Gil.withGil(g -> w.n);
  }
}
