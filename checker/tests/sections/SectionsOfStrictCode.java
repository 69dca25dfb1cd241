// Strict code: no unknown state; callbacks to unannotated parameters hold no lock, inline ones keep it.
import java.util.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilStrict
class SectionsOfStrictCode {
  static void probeSection() {}

  static void later(Runnable r) {}

  public static void main(String[] args) {
    // expect section: NOT_HELD
    probeSection();
    Gil.withGil(
        gil -> {
          // expect section: HELD
          probeSection();
          List.of(1).forEach(
              i -> {
                // expect section: HELD
                probeSection();
              });
          later(
              () -> {
                // expect section: NOT_HELD
                probeSection();
              });
          return 0;
        });
  }

  static void step(GilToken gil) {
    // expect section: HELD
    probeSection();
  }
}
