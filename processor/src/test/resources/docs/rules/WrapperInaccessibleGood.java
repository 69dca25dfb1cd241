package example;

import org.gil4j.annotations.WithGil;

class Vault {
  static class Secret {}
  @WithGil protected void use(Secret s) {}
}
