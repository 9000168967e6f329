package app.haat.core.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name of this portal process among the nodes sharing one database: {@code haat.node.id}, or by default the host
 * name and a random suffix (so two processes on one host, or a restarted one, are distinct nodes). Outbox claims,
 * the search change log and the scheduled-job locks record it.
 */
@Component
public class NodeIdentity {

    private final String id;

    NodeIdentity(@Value("${haat.node.id:}") String configured) {
        this.id = configured.isBlank() ? hostName() + "-" + HexFormat.of().toHexDigits(randomSuffix()) : configured;
    }

    /** A node of the given name, for tests that play two nodes in one process. */
    public static NodeIdentity of(String id) {
        return new NodeIdentity(id);
    }

    public String id() {
        return id;
    }

    private static int randomSuffix() {
        return ThreadLocalRandom.current().nextInt();
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() > 80 ? name.substring(0, 80) : name;
        } catch (UnknownHostException e) {
            return "node";
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
