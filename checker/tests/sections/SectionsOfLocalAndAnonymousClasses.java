// Local and anonymous classes take the section of the code around them, unless an argument
// position or an annotation says otherwise.
import java.util.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class SectionsOfLocalAndAnonymousClasses {
  static void probeSection() {}

  @GilBound
  static class World {
    void tick(List<Integer> xs) {
      xs.sort(
          new Comparator<Integer>() {
            @Override
            public int compare(Integer a, Integer b) {
              // expect section: HELD
              probeSection();
              return 0;
            }
          });
    }
  }

  @NoGil
  void lockFree() {
    class Local {
      void go() {
        // expect section: LOCK_FREE
        probeSection();
      }

      @WithGil
      void held() {
        // expect section: HELD
        probeSection();
      }
    }
  }
}
