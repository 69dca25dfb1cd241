package example;

import org.gil4j.annotations.WithGil;

class Vault {
  private static class Secret {}
  @WithGil protected void use(Secret s) {} // error: [gil.wrapper.inaccessible]
}
