package example;

import org.gil4j.annotations.WithGil;

interface I<T> { @WithGil void m(T t); void m(String s); }
interface J extends I<String> { @WithGil void x(); } // error: [gil.wrapper.ambiguous]
