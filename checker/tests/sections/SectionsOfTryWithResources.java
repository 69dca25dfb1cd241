// try-with-resources scopes: acquire is held, release and releaseIfHeld are lock-free; catch and
// finally belong to the code around the try.
import org.gil4j.*;

class SectionsOfTryWithResources {
  static void probeSection() {}

  void run() {
    try (GilToken gil = Gil.acquire()) {
      // :: warning: [gil.debug.held]
      probeSection();
      try (GilRelease released = gil.release()) {
        // :: warning: [gil.debug.lockfree]
        probeSection();
      } finally {
        // :: warning: [gil.debug.held]
        probeSection();
      }
    } catch (RuntimeException e) {
      // :: warning: [gil.debug.unknown]
      probeSection();
    }
    try (GilRelease released = Gil.releaseIfHeld()) {
      // :: warning: [gil.debug.lockfree]
      probeSection();
    }
  }
}
