package example;

import com.google.auto.value.AutoValue;
import org.gil4j.annotations.WithGil;

@AutoValue abstract class Order { abstract int id(); }
class Orders { @WithGil AutoValue_Order next() { return new AutoValue_Order(1); } } // written once AutoValue ran
