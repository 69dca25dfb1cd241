// The section a method body is in, from its annotations, parameters and class.
import org.gil4j.*;
import org.gil4j.annotations.*;

class SectionsOfMethods {
  static void probeSection() {}

  @NoGil
  void noGil() {
    // expect section: LOCK_FREE
    probeSection();
  }

  @WithGil
  void withGil() {
    // expect section: HELD
    probeSection();
  }

  void takesToken(GilToken gil) {
    // expect section: HELD
    probeSection();
  }

  void plain() {
    // expect section: UNKNOWN
    probeSection();
  }

  @GilBound
  static class World {
    World() {
      // expect section: HELD
      probeSection();
    }

    void tick() {
      // expect section: HELD
      probeSection();
    }

    static void create() {
      // expect section: UNKNOWN
      probeSection();
    }
  }
}
