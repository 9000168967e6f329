package app.haat.demo;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Demo mode only: when its web port (8080 unless PORT says otherwise) is taken, e.g. by a demo already running, the
 * demo takes a free port instead of failing, and the log says which. It is decided before anything reads
 * server.port, so the links in the demo's e-mails (haat.base-url) follow. Production keeps its port, taken or not.
 */
public class DemoPorts implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "haatDemoFreePort";
    private final Log log;

    public DemoPorts(DeferredLogFactory logs) {
        this.log = logs.getLog(DemoPorts.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("haat.demo", Boolean.class, false)) {
            return;
        }
        Integer port = environment.getProperty("server.port", Integer.class);
        if (port == null || port <= 0 || free(port)) {
            return;
        }
        int other = anyFreePort();
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of("server.port", other)));
        log.warn("Demo mode: port " + port + " is taken (another Haat demo?), so this one listens on http://localhost:"
                + other + " instead");
    }

    /** After the configuration files are read (they name the port). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int anyFreePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the demo", e);
        }
    }
}
