package org.gil4j.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * A one-connection echo server on the loopback interface and the client socket connected to it:
 * the "short blocking operation" of the I/O convoy. The server thread plays the kernel's part and
 * never touches the lock.
 */
final class EchoPeer implements AutoCloseable {
  private final ServerSocket server;
  private final Socket client;
  private final InputStream in;
  private final OutputStream out;
  private final Thread serverThread;

  /**
   * Opens the server on an ephemeral loopback port and connects to it.
   *
   * @param readTimeout how long one echo may take before it fails, so nothing ever hangs
   */
  EchoPeer(Duration readTimeout) throws IOException {
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    serverThread = new Thread(this::serve, "echo-server");
    serverThread.setDaemon(true);
    serverThread.start();
    client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
    client.setTcpNoDelay(true);
    client.setSoTimeout(Math.toIntExact(readTimeout.toMillis()));
    in = client.getInputStream();
    out = client.getOutputStream();
  }

  /** Sends one byte and blocks until it comes back; returns the byte received. */
  int echo(int b) throws IOException {
    out.write(b);
    out.flush();
    int r = in.read();
    if (r < 0) {
      throw new IOException("echo server closed the connection");
    }
    return r;
  }

  /** Accepts one connection and echoes each byte until the client closes it. */
  private void serve() {
    try (Socket peer = server.accept()) {
      peer.setTcpNoDelay(true);
      InputStream peerIn = peer.getInputStream();
      OutputStream peerOut = peer.getOutputStream();
      byte[] buffer = new byte[256];
      for (int n = peerIn.read(buffer); n >= 0; n = peerIn.read(buffer)) {
        peerOut.write(buffer, 0, n);
        peerOut.flush();
      }
    } catch (IOException e) {
      // Nothing to do here: the client's next echo fails with its own IOException or timeout.
      return;
    }
  }

  /** Closes both ends and waits briefly for the server thread to finish. */
  @Override
  public void close() throws IOException {
    try {
      client.close();
    } finally {
      server.close();
      try {
        serverThread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
