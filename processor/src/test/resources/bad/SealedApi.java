package example;

import org.gil4j.annotations.WithGil;

public sealed interface SealedApi permits SealedApi.Only {
  @WithGil
  void touch();

  final class Only implements SealedApi {
    @Override
    public void touch() {}
  }
}
