package app.haat.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal SMTP server on loopback that accepts every message and keeps only counts (in all, and per recipient), for
 * benchmarks that send more than an in-memory server could hold and for counting duplicates. It speaks just enough
 * SMTP for JavaMail.
 */
public final class SmtpSink implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final Map<String, Integer> perRecipient = new ConcurrentHashMap<>();
    private final Thread acceptor;

    public SmtpSink(int port) throws IOException {
        server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public long messages() {
        return messages.get();
    }

    /** How many messages each recipient was sent, by address as given in RCPT TO (lower case). */
    public Map<String, Integer> perRecipient() {
        return Map.copyOf(perRecipient);
    }

    public long bytes() {
        return bytes.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread session = new Thread(() -> serve(socket), "smtp-sink-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket;
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO" -> reply(out, "250-sink\r\n250 8BITMIME");
                    case "RCPT" -> {
                        recipients.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>\\s]*)>?.*$", "$1")
                                .toLowerCase(Locale.ROOT));
                        reply(out, "250 OK");
                    }
                    case "MAIL", "RSET" -> {
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "HELO", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        long size = 0;
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            size += line.length() + 2;
                        }
                        bytes.addAndGet(size);
                        messages.incrementAndGet();
                        for (String recipient : recipients) {
                            perRecipient.merge(recipient, 1, Integer::sum);
                        }
                        recipients.clear();
                        reply(out, "250 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
