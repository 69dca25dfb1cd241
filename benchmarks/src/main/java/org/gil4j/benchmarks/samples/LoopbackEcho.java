package org.gil4j.benchmarks.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A one-byte echo over a loopback TCP connection: the short blocking operation of the convoy
 * benchmark. A daemon thread echoes every byte it receives; {@link #echo(int)} sends one and waits
 * for it to come back.
 */
final class LoopbackEcho implements AutoCloseable {
  private final ServerSocket server;
  private final Socket client;
  private final Thread echoer;
  private final InputStream in;
  private final OutputStream out;

  /** Opens the connection and starts the echoing thread. */
  LoopbackEcho() throws IOException {
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
    client.setTcpNoDelay(true);
    client.setSoTimeout(10_000);
    Socket accepted = server.accept();
    accepted.setTcpNoDelay(true);
    echoer = new Thread(() -> echoAll(accepted), "loopback-echo");
    echoer.setDaemon(true);
    echoer.start();
    in = client.getInputStream();
    out = client.getOutputStream();
  }

  /** Copies bytes back until the connection closes. */
  private static void echoAll(Socket socket) {
    try (socket;
        InputStream from = socket.getInputStream();
        OutputStream to = socket.getOutputStream()) {
      for (int b = from.read(); b >= 0; b = from.read()) {
        to.write(b);
        to.flush();
      }
    } catch (IOException e) {
      // The client closed the connection: the benchmark is over.
    }
  }

  /**
   * Sends {@code b} (its low eight bits) and returns the byte that comes back.
   *
   * @throws IOException if the echo fails or takes more than 10 s
   */
  int echo(int b) throws IOException {
    out.write(b);
    out.flush();
    int back = in.read();
    if (back < 0) {
      throw new IOException("echo connection closed");
    }
    return back;
  }

  @Override
  public void close() throws IOException {
    try {
      client.close();
    } finally {
      server.close();
    }
  }
}
