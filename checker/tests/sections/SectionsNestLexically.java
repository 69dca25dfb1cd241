// Sections nest lexically through withGil and allowThreads lambdas.
import org.gil4j.*;

class SectionsNestLexically {
  static void probeSection() {}

  int run() {
    // expect section: UNKNOWN
    probeSection();
    return Gil.withGil(
        gil -> {
          // expect section: HELD
          probeSection();
          return gil.allowThreads(
              () -> {
                // expect section: LOCK_FREE
                probeSection();
                return Gil.withGil(
                    g2 -> {
                      // expect section: HELD
                      probeSection();
                      return 1;
                    });
              });
        });
  }
}
