package app.haat.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.haat.sms.EmbeddedSmsc.ReceivedSms;
import app.haat.sms.SmsException.Kind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway against a real SMPP server (EmbeddedSmsc) on a free loopback port. */
class SmppGatewayTest {

    static final String ENTITY = "1201159876543210987";
    static final String TEMPLATE = "1107161234567890123";
    static final String SHORT_BENGALI = "আপনার স্টল বরাদ্দ হয়েছে: মেলা ১২ ডিসেম্বর, কিয়স্ক ৪। - হাট";
    static final String LONG_BENGALI = (SHORT_BENGALI + " ").repeat(3);

    EmbeddedSmsc smsc;
    final Queue<DeliveryReceipt> receipts = new ConcurrentLinkedQueue<>();
    final List<SmppGateway> gateways = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        smsc = EmbeddedSmsc.start(0, "haat", "secret12");
    }

    @AfterEach
    void stop() {
        gateways.forEach(SmppGateway::close);
        smsc.close();
    }

    SmppSettings settings() {
        return SmppSettings.defaults("127.0.0.1", smsc.port(), "haat", "secret12", "HAATWB")
                .withEntityId(ENTITY)
                .withResponseTimeout(Duration.ofSeconds(2));
    }

    SmppGateway connected(SmppSettings settings) throws SmsException {
        SmppGateway gateway = new SmppGateway(settings, receipts::add);
        gateways.add(gateway);
        gateway.connect();
        assertThat(gateway.isBound()).isTrue();
        return gateway;
    }

    @Test
    void bengaliTextArrivesDecodedIdenticallyWithItsDltParameters() throws Exception {
        SmppGateway gateway = connected(settings());
        List<String> single = gateway.submit("9876543210", SmsEncoding.encode(SHORT_BENGALI, 1), TEMPLATE, Map.of());
        EncodedSms longSms = SmsEncoding.encode(LONG_BENGALI, 2);
        assertThat(longSms.segments()).isEqualTo(3);
        List<String> parts =
                gateway.submit("6000000001", longSms, TEMPLATE, Map.of((short) 0x1402, "42", (short) 0x1403, "ab"));

        assertThat(single).hasSize(1);
        assertThat(parts).hasSize(3).doesNotHaveDuplicates().doesNotContainAnyElementsOf(single);
        await().atMost(Duration.ofSeconds(5)).until(() -> smsc.received().size() == 2);
        ReceivedSms first = smsc.received().get(0);
        ReceivedSms second = smsc.received().get(1);
        assertThat(first.text()).isEqualTo(SHORT_BENGALI);
        assertThat(first.segments()).isEqualTo(1);
        assertThat(first.dataCoding()).isEqualTo((byte) 8);
        assertThat(first.messageIds()).isEqualTo(single);
        assertThat(first.destination()).isEqualTo("919876543210");
        assertThat(first.source()).isEqualTo("HAATWB");
        assertThat(second.text()).isEqualTo(LONG_BENGALI);
        assertThat(second.segments()).isEqualTo(3);
        assertThat(second.messageIds()).isEqualTo(parts);
        assertThat(second.destination()).isEqualTo("916000000001");
        for (ReceivedSms sms : List.of(first, second)) {
            assertThat(sms.entityId()).isEqualTo(ENTITY);
            assertThat(sms.templateId()).isEqualTo(TEMPLATE);
            assertThat(sms.tlvs()).containsEntry((short) 0x1400, ENTITY).containsEntry((short) 0x1401, TEMPLATE);
        }
        assertThat(second.tlvs()).containsEntry((short) 0x1402, "42").containsEntry((short) 0x1403, "ab");
        assertThat(smsc.submitCount()).isEqualTo(4);
    }

    @Test
    void gsmTextWithoutEntityOrTemplateGoesAsDataCodingZero() throws Exception {
        SmppGateway gateway = connected(settings().withEntityId(null));
        gateway.submit("7000000000", SmsEncoding.encode("Stall A4 confirmed {Haat} €0", 7), null, Map.of());
        await().atMost(Duration.ofSeconds(5)).until(() -> smsc.received().size() == 1);
        ReceivedSms sms = smsc.received().get(0);
        assertThat(sms.text()).isEqualTo("Stall A4 confirmed {Haat} €0");
        assertThat(sms.dataCoding()).isZero();
        assertThat(sms.tlvs()).isEmpty();
        assertThat(sms.templateId()).isNull();
    }

    /**
     * The SMSC refuses other addressing (as operators do), so the gateway's messages arriving shows TON 1 / NPI 1
     * for 91 + the mobile and TON 5 / NPI 0 for the sender; the refusal is checked here with a bare jsmpp client.
     */
    @Test
    void addressingIsInternationalForTheMobileAndAlphanumericForTheSender() throws Exception {
        SMPPSession raw = new SMPPSession();
        try {
            raw.connectAndBind(
                    "127.0.0.1",
                    smsc.port(),
                    new BindParameter(
                            BindType.BIND_TRX,
                            "haat",
                            "secret12",
                            "",
                            TypeOfNumber.UNKNOWN,
                            NumberingPlanIndicator.UNKNOWN,
                            null));
            assertThat(submitRaw(raw, TypeOfNumber.ALPHANUMERIC, TypeOfNumber.NATIONAL, "9876543210"))
                    .isEqualTo(0x50); // ESME_RINVDSTTON
            assertThat(submitRaw(raw, TypeOfNumber.INTERNATIONAL, TypeOfNumber.INTERNATIONAL, "919876543210"))
                    .isEqualTo(0x48); // ESME_RINVSRCTON
            assertThat(submitRaw(raw, TypeOfNumber.ALPHANUMERIC, TypeOfNumber.INTERNATIONAL, "919876543210"))
                    .isZero();
        } finally {
            raw.unbindAndClose();
        }
        SmppGateway gateway = connected(settings());
        assertThat(gateway.submit("8123456789", SmsEncoding.encode("hi", 0), null, Map.of()))
                .hasSize(1);
        for (String wrong : new String[] {"5123456789", "98765", "919876543210", "98765 4321"}) {
            assertThatThrownBy(() -> gateway.submit(wrong, SmsEncoding.encode("hi", 0), null, Map.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static int submitRaw(SMPPSession raw, TypeOfNumber sourceTon, TypeOfNumber destTon, String destination)
            throws Exception {
        try {
            raw.submitShortMessage(
                    "",
                    sourceTon,
                    NumberingPlanIndicator.UNKNOWN,
                    "HAATWB",
                    destTon,
                    NumberingPlanIndicator.ISDN,
                    destination,
                    new ESMClass(),
                    (byte) 0,
                    (byte) 0,
                    null,
                    null,
                    new RegisteredDelivery(0),
                    (byte) 0,
                    DataCodings.ZERO,
                    (byte) 0,
                    "hi".getBytes(StandardCharsets.US_ASCII));
            return 0;
        } catch (NegativeResponseException refused) {
            return refused.getCommandStatus();
        }
    }

    @Test
    void aWrongPasswordIsABindRefusalAnAdminUnderstands() {
        SmppGateway gateway = new SmppGateway(
                SmppSettings.defaults("127.0.0.1", smsc.port(), "haat", "wrong", "HAATWB"), receipts::add);
        gateways.add(gateway);
        assertThatThrownBy(gateway::connect)
                .isInstanceOfSatisfying(
                        SmsException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BIND_REFUSED))
                .hasMessageContaining("the SMS gateway refused the sign-in (system id haat")
                .hasMessageContaining("ESME_RINVPASWD")
                .hasMessageEndingWith("check HAAT_SMPP_SYSTEM_ID / HAAT_SMPP_PASSWORD");
        assertThat(gateway.isBound()).isFalse();
        assertThat(gateway.lastError()).contains("refused the sign-in");
    }

    @Test
    void noServerIsUnavailable() {
        smsc.stop();
        SmppGateway gateway = new SmppGateway(settings(), receipts::add);
        gateways.add(gateway);
        assertThatThrownBy(gateway::connect)
                .isInstanceOfSatisfying(
                        SmsException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE))
                .hasMessageContaining("cannot be reached");
        assertThatThrownBy(() -> gateway.submit("9876543210", SmsEncoding.encode("x", 0), null, Map.of()))
                .isInstanceOfSatisfying(
                        SmsException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE))
                .hasMessageContaining("not connected");
    }

    @Test
    void throttlingSlowsTheSenderDownButTheMessageIsDelivered() throws Exception {
        SmppGateway gateway = connected(settings());
        smsc.throttleNext(3);
        long start = System.nanoTime();
        List<String> ids = gateway.submit("9876543210", SmsEncoding.encode(SHORT_BENGALI, 1), TEMPLATE, Map.of());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(ids).hasSize(1);
        assertThat(smsc.submitCount()).isEqualTo(4);
        assertThat(took).as("paused 100 + 200 + 400 ms").isBetween(Duration.ofMillis(650), Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(5)).until(() -> smsc.received().size() == 1);
    }

    @Test
    void throttledForTooLongGoesBackToTheQueue() throws Exception {
        SmppGateway gateway = new SmppGateway(settings(), receipts::add, Duration.ofSeconds(1));
        gateways.add(gateway);
        gateway.connect();
        smsc.throttleNext(1_000);
        assertThatThrownBy(() -> gateway.submit("9876543210", SmsEncoding.encode("x", 1), null, Map.of()))
                .isInstanceOfSatisfying(
                        SmsException.class, e -> assertThat(e.kind()).isEqualTo(Kind.THROTTLED));
        assertThat(gateway.isBound())
                .as("throttling is no reason to drop the session")
                .isTrue();
    }

    @Test
    void aRefusedMessageNamesTheSmppStatus() throws Exception {
        SmppGateway gateway = connected(settings());
        EncodedSms binary = new EncodedSms((byte) 4, List.of(new byte[] {1, 2, 3}), false); // not text: refused
        assertThatThrownBy(() -> gateway.submit("9876543210", binary, null, Map.of()))
                .isInstanceOfSatisfying(
                        SmsException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REFUSED))
                .hasMessageContaining("ESME_RINVDCS (0x00000104)");
        assertThat(gateway.isBound()).isTrue();
    }

    @Test
    void aStalledSmscIsUnavailableWithinTheResponseTimeoutAndTheGatewayRecovers() throws Exception {
        SmppGateway gateway = connected(settings().withResponseTimeout(Duration.ofMillis(800)));
        smsc.stall(true);
        long start = System.nanoTime();
        assertThatThrownBy(() -> gateway.submit("9876543210", SmsEncoding.encode("x", 1), null, Map.of()))
                .isInstanceOfSatisfying(
                        SmsException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE))
                .hasMessageContaining("did not answer");
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isBetween(Duration.ofMillis(700), Duration.ofSeconds(3));
        assertThat(gateway.isBound()).isFalse();
        assertThat(gateway.lastError()).contains("did not answer");

        smsc.stall(false);
        gateway.connect();
        assertThat(gateway.isBound()).isTrue();
        assertThat(gateway.lastError()).isNull();
        assertThat(gateway.submit("9876543210", SmsEncoding.encode("again", 1), null, Map.of()))
                .hasSize(1);
    }

    @Test
    void aCrashMidBatchFailsTheWaitingSubmitsAtOnceAndConnectWorksAfterTheRestart() throws Exception {
        SmppGateway gateway = connected(settings().withResponseTimeout(Duration.ofSeconds(10)));
        smsc.responseDelay(Duration.ofMillis(50)); // so that submits are waiting when the SMSC goes
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger sent = new AtomicInteger();
        Queue<SmsException> failures = new ConcurrentLinkedQueue<>();
        List<Future<?>> senders = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            senders.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    try {
                        gateway.submit("9876543210", SmsEncoding.encode("batch " + i, i), null, Map.of());
                        sent.incrementAndGet();
                    } catch (SmsException e) {
                        failures.add(e);
                    }
                }
            }));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> sent.get() >= 20);
        long crash = System.nanoTime();
        smsc.stop();
        for (Future<?> sender : senders) {
            sender.get(10, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(Duration.ofNanos(System.nanoTime() - crash))
                .as("not the 10 s response timeout: waiting submits end with the connection")
                .isLessThan(Duration.ofSeconds(4));
        assertThat(failures).isNotEmpty().allSatisfy(e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
        assertThat(sent.get() + failures.size()).isEqualTo(200);
        assertThat(gateway.isBound()).isFalse();
        assertThatThrownBy(gateway::connect).isInstanceOf(SmsException.class);

        assertThat(smsc.received()).hasSizeGreaterThanOrEqualTo(20);
        smsc.restart();
        smsc.responseDelay(Duration.ZERO);
        gateway.connect();
        assertThat(gateway.isBound()).isTrue();
        List<String> ids = gateway.submit("9876543210", SmsEncoding.encode("after the restart", 9), null, Map.of());
        List<ReceivedSms> received = smsc.received();
        assertThat(received.getLast().text()).isEqualTo("after the restart");
        assertThat(received.getLast().messageIds()).isEqualTo(ids);
        assertThat(received)
                .as("kept across the restart: the batch's messages accepted before the crash")
                .hasSizeGreaterThanOrEqualTo(21);
    }

    @Test
    void receiptsReachTheConsumerWithTheMessageIdsAndStates() throws Exception {
        smsc.receiptState(destination -> destination.equals("919000000001") ? "UNDELIV" : "DELIVRD");
        SmppGateway gateway = connected(settings());
        List<String> delivered = gateway.submit("9876543210", SmsEncoding.encode(LONG_BENGALI, 3), null, Map.of());
        List<String> undelivered = gateway.submit("9000000001", SmsEncoding.encode("hello", 4), null, Map.of());

        await().atMost(Duration.ofSeconds(5)).until(() -> receipts.size() == 4);
        assertThat(receipts)
                .filteredOn(r -> r.state().equals("DELIVRD"))
                .extracting(DeliveryReceipt::messageId)
                .containsExactlyInAnyOrderElementsOf(delivered);
        assertThat(receipts)
                .filteredOn(r -> r.state().equals("UNDELIV"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.messageId()).isEqualTo(undelivered.get(0));
                    assertThat(r.error()).isEqualTo("001");
                    assertThat(r.delivered()).isFalse();
                });
    }

    @Test
    void receiptsThatJsmppCannotParseAreReadLeniently() {
        DeliverSm deliverSm = new DeliverSm();
        deliverSm.setSmscDeliveryReceipt();
        deliverSm.setShortMessage("id:7F3A sub:001 dlvrd:001 submit date:25120212 done date:x stat:DELIVERED err:000"
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(ReceiptParser.parse(deliverSm)).isEqualTo(new DeliveryReceipt("7F3A", "DELIVERED", "000"));
        deliverSm.setShortMessage("not a receipt".getBytes(StandardCharsets.US_ASCII));
        assertThat(ReceiptParser.parse(deliverSm)).isNull();
    }

    @Test
    void concurrentSubmitsNeverExceedTheWindow() throws Exception {
        SmppGateway gateway = connected(settings().withWindow(3));
        smsc.responseDelay(Duration.ofMillis(20)).receiptsEnabled(false);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            int n = i;
            results.add(pool.submit(
                    () -> gateway.submit("9876543210", SmsEncoding.encode("message " + n, n), null, Map.of())));
        }
        for (Future<List<String>> result : results) {
            assertThat(result.get(30, TimeUnit.SECONDS)).hasSize(1);
        }
        pool.shutdown();
        assertThat(smsc.received()).hasSize(80);
        assertThat(smsc.maxOutstanding())
                .isLessThanOrEqualTo(3)
                .as("the window was used")
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void theRateLimitPacesSubmits() throws Exception {
        SmppGateway gateway = connected(settings().withRatePerSecond(50));
        smsc.receiptsEnabled(false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long start = System.nanoTime();
        List<Future<List<String>>> results = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int n = i;
            results.add(
                    pool.submit(() -> gateway.submit("9876543210", SmsEncoding.encode("m" + n, n), null, Map.of())));
        }
        for (Future<List<String>> result : results) {
            result.get(30, TimeUnit.SECONDS);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        pool.shutdown();
        assertThat(took).as("100 at 50/s: 99 gaps of 20 ms").isBetween(Duration.ofMillis(1_800), Duration.ofSeconds(6));
        assertThat(smsc.submitCount()).isEqualTo(100);
    }
}
