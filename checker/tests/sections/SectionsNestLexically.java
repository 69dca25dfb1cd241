// Sections nest lexically through withGil and allowThreads lambdas.
import org.gil4j.*;

class SectionsNestLexically {
  static void probeSection() {}

  int run() {
    // :: warning: [gil.debug.unknown]
    probeSection();
    return Gil.withGil(
        gil -> {
          // :: warning: [gil.debug.held]
          probeSection();
          return gil.allowThreads(
              () -> {
                // :: warning: [gil.debug.lockfree]
                probeSection();
                return Gil.withGil(
                    g2 -> {
                      // :: warning: [gil.debug.held]
                      probeSection();
                      return 1;
                    });
              });
        });
  }
}
