package app.haat.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Demo mode without SMTP settings: a real SMTP server (GreenMail) on loopback that Haat sends to, so a new user can
 * read every message in the Mail view. Never started in production (demo mode is off there); {@link SmtpSetup}
 * decides.
 */
class EmbeddedMailServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

    /** The running server; the Mail view lists what it received. */
    static final class Server {
        private final GreenMail greenMail;

        Server(GreenMail greenMail) {
            this.greenMail = greenMail;
        }

        int port() {
            return greenMail.getSmtp().getPort();
        }

        /** Where it listens, for the Mail view (the demo may have had to take another port than 3025). */
        String address() {
            return "127.0.0.1:" + port();
        }

        List<MimeMessage> received() {
            return Arrays.asList(greenMail.getReceivedMessages());
        }

        void stop() {
            greenMail.stop();
        }
    }

    /**
     * On the preferred port, or on a free one when that is taken (a second demo, or a test's mail server): the demo
     * never fails to start over a port, and the log and the Mail view say which one it got.
     */
    Server embeddedSmtpServer(int preferredPort) {
        if (free(preferredPort)) {
            try {
                Server server = start(preferredPort);
                log.info(
                        "Demo mode: embedded SMTP server on 127.0.0.1:{}; messages appear in the Mail view",
                        preferredPort);
                return server;
            } catch (RuntimeException takenMeanwhile) {
                log.debug("port {} was taken meanwhile: {}", preferredPort, takenMeanwhile.getMessage());
            }
        }
        int port = anyFreePort();
        Server server = start(port);
        log.info(
                "Demo mode: port {} is taken, so the embedded SMTP server listens on 127.0.0.1:{} instead;"
                        + " messages appear in the Mail view",
                preferredPort,
                port);
        return server;
    }

    private static Server start(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(15_000); // a busy machine can take longer than the default 2 s
        GreenMail greenMail = new GreenMail(setup);
        try {
            greenMail.start();
        } catch (RuntimeException e) {
            greenMail.stop();
            throw e;
        }
        return new Server(greenMail);
    }

    JavaMailSenderImpl mailSender(Server server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.port());
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        properties.put("mail.smtp.writetimeout", "5000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int anyFreePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the embedded SMTP server", e);
        }
    }
}
