// docs/rules/gil.nogil.call.withgil.md: the page's Bad and Good snippets (DocSnippetTest)
package docs.nogilcallwithgil;

import org.gil4j.Gil;
import org.gil4j.GilToken;
import org.gil4j.annotations.GilGenerated;
import org.gil4j.annotations.WithGil;

class Service { @WithGil int update() { return 1; } }

/** Stands in for what the gil4j processor generates for Service (this harness runs no processor). */
@GilGenerated(wrapping = Service.class)
final class Service_Gil extends Service {
  @Override
  int update() {
    try (GilToken gil = Gil.acquire()) {
      return super.update();
    }
  }
}

class Bad {
  void run(GilToken gil, Service service) {
    // :: error: [gil.nogil.call.withgil]
    gil.allowThreads(() -> service.update());
  }
}

class Good {
  void run(GilToken gil) {
    Service_Gil service = new Service_Gil();  // the generated wrapper takes the lock
    gil.allowThreads(() -> service.update());  // resolves to Service_Gil.update: fine
  }
}
