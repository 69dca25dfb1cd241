package example;

import org.gil4j.annotations.WithGil;

class A { static class B { @WithGil void m() {} } } // gets A_B_Gil
class A_B { @WithGil void m() {} }                  // error: [gil.wrapper.clash]
