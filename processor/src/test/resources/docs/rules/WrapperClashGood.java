package example;

import org.gil4j.annotations.WithGil;

class A { static class B { @WithGil void m() {} } }
class AB { @WithGil void m() {} }                   // AB_Gil
