package example;

import org.gil4j.annotations.WithGil;

class InaccessibleType {
  private static final class Secret {}

  @WithGil
  protected void use(Secret secret) {}
}
