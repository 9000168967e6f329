package app.haat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.support.FreePorts;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** A second demo on a machine where one already runs (or anything holds its port) starts on a free port. */
class DemoPortsTest {

    private final DemoPorts demoPorts = new DemoPorts(destination -> destination.get());

    private static StandardEnvironment environment(boolean demo, int port) {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "application",
                        Map.of(
                                "haat.demo",
                                demo,
                                "server.port",
                                port,
                                "haat.base-url",
                                "http://localhost:${server.port}")));
        return environment;
    }

    @Test
    void aTakenPortMovesTheDemoAndItsLinksToAFreeOne() throws Exception {
        int port = FreePorts.any();
        try (ServerSocket firstDemo = new ServerSocket(port)) {
            StandardEnvironment environment = environment(true, port);
            demoPorts.postProcessEnvironment(environment, new SpringApplication());
            int other = environment.getProperty("server.port", Integer.class);
            assertThat(other).isNotEqualTo(port).isPositive();
            assertThat(FreePorts.isFree(other)).isTrue();
            assertThat(environment.getProperty("haat.base-url")).isEqualTo("http://localhost:" + other);
        }
    }

    @Test
    void productionKeepsItsPortAndAFreePortIsKept() throws Exception {
        int port = FreePorts.any();
        try (ServerSocket taken = new ServerSocket(port)) {
            StandardEnvironment production = environment(false, port);
            demoPorts.postProcessEnvironment(production, new SpringApplication());
            assertThat(production.getProperty("server.port", Integer.class)).isEqualTo(port);
        }
        StandardEnvironment demoOnAFreePort = environment(true, port);
        demoPorts.postProcessEnvironment(demoOnAFreePort, new SpringApplication());
        assertThat(demoOnAFreePort.getProperty("server.port", Integer.class)).isEqualTo(port);
    }
}
