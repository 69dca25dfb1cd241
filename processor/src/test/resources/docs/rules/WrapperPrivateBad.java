package example;

import org.gil4j.annotations.WithGil;

class Outer { private static class Hidden { @WithGil void m() {} } } // error: [gil.wrapper.private]
