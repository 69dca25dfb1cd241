package example;

import org.gil4j.annotations.WithGil;

interface Chain { Chain wrapWith(Chain other); @WithGil void run(); }
