package org.gil4j.benchmarks.peers;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-byte echo over a Unix-domain socket (JDK 16+): the short blocking operation of the convoy
 * and of the blocking round trip. A daemon thread, which never touches any lock, echoes every byte
 * it reads; {@link #echo(int)} sends one and blocks until it comes back.
 */
final class UnixEcho implements AutoCloseable {
  private final Path dir;
  private final Path path;
  private final ServerSocketChannel server;
  private final SocketChannel client;
  private final Thread echoer;
  private final ByteBuffer out = ByteBuffer.allocateDirect(1);
  private final ByteBuffer in = ByteBuffer.allocateDirect(1);

  /** Binds a socket in a fresh temporary directory, connects to it, starts the echoing thread. */
  UnixEcho() throws IOException {
    dir = Files.createTempDirectory("gil4j-echo");
    path = dir.resolve("s");
    server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(path));
    client = SocketChannel.open(StandardProtocolFamily.UNIX);
    client.connect(UnixDomainSocketAddress.of(path));
    SocketChannel accepted = server.accept();
    echoer = new Thread(() -> echoAll(accepted), "unix-echo");
    echoer.setDaemon(true);
    echoer.start();
  }

  /** Copies bytes back until the connection closes. */
  private static void echoAll(SocketChannel peer) {
    ByteBuffer buffer = ByteBuffer.allocateDirect(64);
    try (peer) {
      while (peer.read(buffer) >= 0) {
        buffer.flip();
        while (buffer.hasRemaining()) {
          peer.write(buffer);
        }
        buffer.clear();
      }
    } catch (IOException e) {
      // The client closed the connection: the run is over.
    }
  }

  /**
   * Sends {@code b} (its low eight bits) and returns the byte that came back.
   *
   * @throws IOException if the connection fails or another byte comes back
   */
  int echo(int b) throws IOException {
    out.clear();
    out.put((byte) b).flip();
    while (out.hasRemaining()) {
      client.write(out);
    }
    in.clear();
    while (in.hasRemaining()) {
      if (client.read(in) < 0) {
        throw new IOException("echo connection closed");
      }
    }
    int back = in.get(0) & 0xFF;
    if (back != (b & 0xFF)) {
      throw new IOException("echo returned " + back + " for " + (b & 0xFF));
    }
    return back;
  }

  @Override
  public void close() throws IOException {
    try {
      client.close();
      server.close();
      echoer.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      Files.deleteIfExists(path);
      Files.deleteIfExists(dir);
    }
  }
}
