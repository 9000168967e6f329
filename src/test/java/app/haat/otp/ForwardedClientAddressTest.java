package app.haat.otp;

import static app.haat.db.Tables.ONE_TIME_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.group.GroupRegistryTest;
import app.haat.support.IntegrationTest;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Behind a load balancer the per-client limits count the client's address from {@code X-Forwarded-For}, and only
 * when the request comes from a configured trusted proxy (here 127.0.0.1): from any other address (127.0.0.2, which
 * Linux also routes to this machine) the header is ignored, so a client cannot escape its limit by naming another
 * address.
 */
@DirtiesContext
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "haat.trusted-proxies=127\\.0\\.0\\.1"})
class ForwardedClientAddressTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    @Test
    void theForwardedAddressCountsOnlyFromATrustedProxy() throws Exception {
        String throughBalancer = GroupRegistryTest.newMobile();
        askForCode(InetAddress.getByName("127.0.0.1"), throughBalancer, "203.0.113.7");
        assertThat(storedAddress(throughBalancer)).isEqualTo("203.0.113.7");

        String direct = GroupRegistryTest.newMobile();
        askForCode(InetAddress.getByName("127.0.0.2"), direct, "203.0.113.8");
        assertThat(storedAddress(direct)).isEqualTo("127.0.0.2");
    }

    private void askForCode(InetAddress from, String mobile, String forwardedFor) throws Exception {
        HttpClient client = HttpClient.newBuilder().localAddress(from).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/otp"))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"mobile\":\"" + mobile + "\",\"purpose\":\"SIGNUP\"}", StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    private String storedAddress(String mobile) {
        return dsl.select(ONE_TIME_CODE.CLIENT_ADDRESS)
                .from(ONE_TIME_CODE)
                .where(ONE_TIME_CODE.MOBILE.eq(mobile))
                .fetchOne(ONE_TIME_CODE.CLIENT_ADDRESS);
    }
}
