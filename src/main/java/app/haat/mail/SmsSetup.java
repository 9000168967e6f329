package app.haat.mail;

import app.haat.sms.EmbeddedSmsc;
import app.haat.sms.SmppSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which SMSC Haat sends SMS to, decided when the portal starts (see {@link SmtpSetup} for why not at build time):
 * the operator's gateway when HAAT_SMPP_HOST is set; in demo mode without one, an embedded SMSC on loopback (port
 * 2775, or a free port when that is taken); else none, and SMS wait in the outbox.
 */
@Configuration(proxyBeanMethods = false)
class SmsSetup {

    private static final Logger log = LoggerFactory.getLogger(SmsSetup.class);
    static final String DEMO_SYSTEM_ID = "haat";
    static final String DEMO_PASSWORD = "demo";

    /** The gateway's settings, if any, and the embedded SMSC when that is what they point to. */
    record Sms(Optional<SmppSettings> settings, Optional<EmbeddedSmsc> embedded, Map<Short, String> extraTlvs) {
        void stop() {
            embedded.ifPresent(EmbeddedSmsc::close);
        }
    }

    @Bean(destroyMethod = "stop")
    Sms sms(
            @Value("${haat.smpp.host:}") String host,
            @Value("${haat.smpp.port:2775}") int port,
            @Value("${haat.smpp.system-id:}") String systemId,
            @Value("${haat.smpp.password:}") String password,
            @Value("${haat.smpp.system-type:}") String systemType,
            @Value("${haat.sms.sender:HAATWB}") String sender,
            @Value("${haat.sms.rate:0}") double rate,
            @Value("${haat.sms.window:10}") int window,
            @Value("${haat.sms.response-timeout:PT10S}") Duration responseTimeout,
            @Value("${haat.dlt.entity-id:}") String entityId,
            @Value("${haat.dlt.entity-id-tag:0x1400}") String entityIdTag,
            @Value("${haat.dlt.template-id-tag:0x1401}") String templateIdTag,
            @Value("${haat.dlt.extra-tlvs:}") String extraTlvs,
            @Value("${haat.demo:false}") boolean demo,
            @Value("${haat.sms.embedded-port:2775}") int embeddedPort) {
        Optional<EmbeddedSmsc> embedded = Optional.empty();
        String target = host;
        int targetPort = port;
        String id = systemId;
        String secret = password;
        if (host.isBlank()) {
            if (!demo) {
                return new Sms(Optional.empty(), Optional.empty(), Map.of());
            }
            EmbeddedSmsc smsc = startEmbedded(embeddedPort);
            embedded = Optional.of(smsc);
            target = "127.0.0.1";
            targetPort = smsc.port();
            id = DEMO_SYSTEM_ID;
            secret = DEMO_PASSWORD;
        }
        SmppSettings settings = new SmppSettings(
                target,
                targetPort,
                id,
                secret,
                systemType,
                sender,
                window,
                responseTimeout,
                Duration.ofSeconds(30),
                rate,
                blankToNull(entityId),
                tag(entityIdTag),
                tag(templateIdTag));
        log.info("SMS go to the SMSC at {}:{} as {}", target, targetPort, id);
        return new Sms(Optional.of(settings), embedded, tlvs(extraTlvs));
    }

    private static EmbeddedSmsc startEmbedded(int preferredPort) {
        try {
            try {
                return EmbeddedSmsc.start(preferredPort, DEMO_SYSTEM_ID, DEMO_PASSWORD);
            } catch (IOException taken) {
                EmbeddedSmsc smsc = EmbeddedSmsc.start(0, DEMO_SYSTEM_ID, DEMO_PASSWORD);
                log.info("Port {} is taken (another demo?): the demo's SMSC listens on {}", preferredPort, smsc.port());
                return smsc;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Further TLVs the aggregator asks for, as {@code tag=value,tag=value} (e.g. the PE-TM chain hash). */
    static Map<Short, String> tlvs(String text) {
        Map<Short, String> tlvs = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                tlvs.put(tag(pair.substring(0, eq)), pair.substring(eq + 1).strip());
            }
        }
        return tlvs;
    }

    private static short tag(String text) {
        String t = text.strip().toLowerCase();
        return (short) (t.startsWith("0x") ? Integer.parseInt(t.substring(2), 16) : Integer.parseInt(t));
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
