// more blocking calls while the lock is held
import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.locks.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilBound
class AdvBlocking2 {
  void held(Scanner in, DataInputStream data, Path path, DatagramSocket socket, DatagramPacket p,
      ObjectInputStream objects) throws Exception {
    // :: warning: [gil.held.blocking]
    in.nextLine();
    // :: warning: [gil.held.blocking]
    data.readInt();
    // :: warning: [gil.held.blocking]
    Files.readAllLines(path);
    // :: warning: [gil.held.blocking]
    socket.receive(p);
    // :: warning: [gil.held.blocking]
    LockSupport.park();
    // :: warning: [gil.held.blocking]
    objects.readObject();
    // :: warning: [gil.held.blocking]
    Thread.sleep(5);
  }
}
