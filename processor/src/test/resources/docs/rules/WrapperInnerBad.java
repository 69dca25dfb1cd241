package example;

import org.gil4j.annotations.WithGil;

class Outer { class Member { @WithGil void m() {} } } // error: [gil.wrapper.inner]
