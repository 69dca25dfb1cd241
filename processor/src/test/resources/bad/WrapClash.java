package example;

import org.gil4j.annotations.WithGil;

interface WrapClash<T> {
  @WithGil
  WrapClash<T> wrap(WrapClash<T> other);
}
