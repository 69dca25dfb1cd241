package example;

import org.gil4j.annotations.WithGil;

abstract class Shape { @WithGil abstract double area(); } // error: [gil.wrapper.method.abstract]
