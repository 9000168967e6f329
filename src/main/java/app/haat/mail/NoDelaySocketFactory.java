package app.haat.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Plain SMTP sockets with TCP_NODELAY. JavaMail sends the message body and then the short end-of-data line; with
 * Nagle's algorithm that line waits for the server's delayed ACK, about 40 ms per message (measured: 21 messages/s
 * instead of hundreds).
 */
final class NoDelaySocketFactory extends SocketFactory {

    @Override
    public Socket createSocket() throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return tuned(new Socket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return tuned(new Socket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return tuned(new Socket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return tuned(new Socket(address, port, localAddress, localPort));
    }

    private static Socket tuned(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }
}
