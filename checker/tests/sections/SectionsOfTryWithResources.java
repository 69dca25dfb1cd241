// try-with-resources scopes: acquire is held, release and releaseIfHeld are lock-free; catch and
// finally belong to the code around the try.
import org.gil4j.*;

class SectionsOfTryWithResources {
  static void probeSection() {}

  void run() {
    try (GilToken gil = Gil.acquire()) {
      // expect section: HELD
      probeSection();
      try (GilRelease released = gil.release()) {
        // expect section: LOCK_FREE
        probeSection();
      } finally {
        // expect section: HELD
        probeSection();
      }
    } catch (RuntimeException e) {
      // expect section: UNKNOWN
      probeSection();
    }
    try (GilRelease released = Gil.releaseIfHeld()) {
      // expect section: LOCK_FREE
      probeSection();
    }
  }
}
