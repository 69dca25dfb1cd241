package example;

import org.gil4j.annotations.WithGil;

class Outer { static class Hidden { @WithGil void m() {} } }
