package gen;

import org.gil4j.annotations.WithGil;

/** The interface form of Conv. */
public interface IConv<S> {
  @WithGil
  <T> S conv(T t, S s);
}
