package app.haat.twonodes;

import app.haat.sms.EmbeddedSmsc;
import app.haat.support.FreePorts;
import app.haat.support.S3ProxyServer;
import app.haat.support.SmtpSink;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the proof runs: s3proxy, an SMTP sink and an SMPP server on loopback, two portal nodes from the production jar
 * on one PostgreSQL (each its own data directory and search index), and HAProxy with deploy/haproxy.cfg in front.
 */
final class Cluster implements AutoCloseable {

    static final String ADMIN_PASSWORD = "two-nodes-admin-1";
    static final String SMPP_ACCOUNT = "haat-two";
    /** DLT template ids for the SMS types the proof sends; every other type is held, so it does not interfere. */
    static final List<String> SMS_TYPES = List.of("GROUP_VERIFIED", "REMINDER");

    final Path work;
    final Path jar;
    final Database db;
    final S3ProxyServer s3;
    final SmtpSink smtp;
    final EmbeddedSmsc smsc;
    final int smtpPort;
    final Map<String, Node> nodes = new LinkedHashMap<>();
    private Process haproxy;
    private int balancerPort;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A portal node: its name, port, data directory and process (null while stopped). */
    static final class Node {
        final String name;
        final int port;
        final Path dataDir;
        Process process;

        Node(String name, int port, Path dataDir) {
            this.name = name;
            this.port = port;
            this.dataDir = dataDir;
        }

        String base() {
            return "http://127.0.0.1:" + port;
        }
    }

    Cluster(Path work, Path jar, Database db) throws Exception {
        this.work = work;
        this.jar = jar;
        this.db = db;
        this.s3 = S3ProxyServer.start();
        this.smtpPort = FreePorts.any();
        this.smtp = new SmtpSink(smtpPort);
        this.smsc = EmbeddedSmsc.start(0, SMPP_ACCOUNT, "twosec1");
        for (String name : List.of("node-a", "node-b")) {
            nodes.put(name, new Node(name, FreePorts.any(), Files.createDirectories(work.resolve(name))));
        }
    }

    Node a() {
        return nodes.get("node-a");
    }

    Node b() {
        return nodes.get("node-b");
    }

    String balancer() {
        return "http://127.0.0.1:" + balancerPort;
    }

    /** The settings every node shares (the README's "Run it on several nodes"), as the environment. */
    Map<String, String> environment(Node node) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_DATASOURCE_URL", db.url());
        env.put("SPRING_DATASOURCE_USERNAME", db.user());
        env.put("SPRING_DATASOURCE_PASSWORD", db.password());
        env.put("HAAT_DATA_DIR", node.dataDir.toString());
        env.put("HAAT_NODE_ID", node.name);
        env.put("PORT", String.valueOf(node.port));
        env.put("HAAT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("HAAT_OTP_SECRET", "two-nodes-otp-secret");
        env.put("HAAT_DOCUMENT_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        env.put("HAAT_S3_ENDPOINT", s3.endpoint());
        env.put("HAAT_S3_BUCKET", "haat-two-nodes");
        env.put("HAAT_S3_ACCESS_KEY", S3ProxyServer.ACCESS_KEY);
        env.put("HAAT_S3_SECRET_KEY", S3ProxyServer.SECRET_KEY);
        env.put("SPRING_MAIL_HOST", "127.0.0.1");
        env.put("SPRING_MAIL_PORT", String.valueOf(smtpPort));
        env.put("HAAT_SMPP_HOST", "127.0.0.1");
        env.put("HAAT_SMPP_PORT", String.valueOf(smsc.port()));
        env.put("HAAT_SMPP_SYSTEM_ID", SMPP_ACCOUNT);
        env.put("HAAT_SMPP_PASSWORD", "twosec1");
        env.put("SERVER_FORWARD_HEADERS_STRATEGY", "native");
        env.put("HAAT_TRUSTED_PROXIES", "127\\.0\\.0\\.1");
        env.put("HAAT_DESK_HELP_LINE", "1800-000-0000");
        return env;
    }

    /** Settings the proof shortens so that a kill is recovered from in seconds, not minutes. */
    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of(
                "--haat.mail.poll-interval=PT1S",
                "--haat.mail.claim-for=PT10S",
                "--haat.sms.claim-for=PT10S",
                "--haat.sms.bind-lease=PT4S",
                "--haat.sms.quiet-hours=",
                "--haat.sms.window=10",
                // the account's rate, shared by the nodes (one bind): the SMS are still going when a node is killed
                "--haat.sms.rate=150",
                // the day-before reminders every 10 s on both nodes at the same instant, each run's lock short
                "--haat.training.reminder-cron=*/10 * * * * *",
                "--haat.training.reminder-lock-at-least=PT2S",
                "--logging.level.app.haat=WARN",
                "--spring.main.banner-mode=off"));
        int id = 1107_000_001;
        for (String type : SMS_TYPES) {
            for (String language : List.of("en", "bn")) {
                args.add("--haat.sms.dlt.template." + type + "." + language + "=" + id++);
            }
        }
        return args;
    }

    void start(Node node) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "--add-modules",
                "jdk.incubator.vector",
                "-jar",
                jar.toString()));
        command.addAll(arguments());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        work.resolve(node.name + ".log").toFile()));
        builder.environment().putAll(environment(node));
        node.process = builder.start();
    }

    /** Waits until the node's readiness answers 200 (start-up done, its index caught up with the change log). */
    void awaitReady(Node node, Duration within) throws Exception {
        awaitStatus(node.base() + "/actuator/health/readiness", within, () -> node.process.isAlive(), node.name);
    }

    void kill(Node node) throws InterruptedException {
        node.process.destroyForcibly(); // SIGKILL: no shutdown hook, no drain
        node.process.waitFor();
    }

    void stop(Node node) throws InterruptedException {
        if (node.process != null && node.process.isAlive()) {
            node.process.destroy();
            if (!node.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                node.process.destroyForcibly().waitFor();
            }
        }
    }

    /** HAProxy with the shipped configuration, the two nodes as its servers; waits until it serves readiness. */
    void startBalancer(String haproxyBinary) throws Exception {
        balancerPort = FreePorts.any();
        ProcessBuilder builder = new ProcessBuilder(
                        haproxyBinary,
                        "-db",
                        "-f",
                        Path.of("deploy", "haproxy.cfg").toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("haproxy.log").toFile());
        builder.environment().put("HAAT_LISTEN", "127.0.0.1:" + balancerPort);
        builder.environment().put("HAAT_NODE_A", "127.0.0.1:" + a().port);
        builder.environment().put("HAAT_NODE_B", "127.0.0.1:" + b().port);
        haproxy = builder.start();
        awaitStatus(balancer() + "/actuator/health/readiness", Duration.ofSeconds(30), haproxy::isAlive, "haproxy");
    }

    private void awaitStatus(String url, Duration within, java.util.function.BooleanSupplier alive, String what)
            throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException(what + " stopped; see its log in " + work);
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(what + " not ready within " + within + "; see its log in " + work);
    }

    @Override
    public void close() throws Exception {
        if (haproxy != null) {
            haproxy.destroyForcibly();
        }
        for (Node node : nodes.values()) {
            if (node.process != null) {
                node.process.destroyForcibly();
            }
        }
        smsc.close();
        smtp.close();
        s3.close();
    }
}
