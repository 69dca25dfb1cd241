// The section a method body is in, from its annotations, parameters and class.
import org.gil4j.*;
import org.gil4j.annotations.*;

class SectionsOfMethods {
  static void probeSection() {}

  @NoGil
  void noGil() {
    // :: warning: [gil.debug.lockfree]
    probeSection();
  }

  @WithGil
  void withGil() {
    // :: warning: [gil.debug.held]
    probeSection();
  }

  void takesToken(GilToken gil) {
    // :: warning: [gil.debug.held]
    probeSection();
  }

  void plain() {
    // :: warning: [gil.debug.unknown]
    probeSection();
  }

  @GilBound
  static class World {
    World() {
      // :: warning: [gil.debug.held]
      probeSection();
    }

    void tick() {
      // :: warning: [gil.debug.held]
      probeSection();
    }

    static void create() {
      // :: warning: [gil.debug.unknown]
      probeSection();
    }
  }
}
