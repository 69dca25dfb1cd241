package gen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An annotation allowed both on declarations and on type uses, visible at run time. */
@Retention(RetentionPolicy.RUNTIME)
@Target({
  ElementType.TYPE_USE,
  ElementType.PARAMETER,
  ElementType.METHOD,
  ElementType.TYPE_PARAMETER
})
public @interface Tag {}
