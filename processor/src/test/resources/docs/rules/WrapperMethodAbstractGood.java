package example;

import org.gil4j.annotations.WithGil;

abstract class Shape { abstract double area(); }
class Circle extends Shape { double r; @WithGil double area() { return Math.PI * r * r; } }
