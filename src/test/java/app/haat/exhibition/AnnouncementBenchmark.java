package app.haat.exhibition;

import static app.haat.db.Tables.CATEGORY;
import static app.haat.db.Tables.GROUP_CATEGORY;
import static app.haat.db.Tables.MAIL_OUTBOX;
import static app.haat.db.Tables.SHG_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.group.GroupStatus;
import app.haat.mail.Channel;
import app.haat.mail.MessageType;
import app.haat.region.Municipality;
import app.haat.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 18 (not part of ./mvnw verify): {@code ./mvnw -Ddev -Pbench test -Dtest=AnnouncementBenchmark}. 68,000
 * verified groups in one municipality (every third with an e-mail address; half of them HANDLOOM, half CRAFT, the
 * exhibition's two categories) and an exhibition for that municipality opens: the announcements to all of them are
 * queued in the opening's transaction, which must take at most 15 s. The dispatchers are kept asleep, so the figure
 * is the queueing alone.
 */
@Tag("bench")
@TestPropertySource(
        properties = {"haat.mail.poll-interval=PT1H", "haat.mail.wake-on-commit=false", "haat.sms.poll-interval=PT1H"})
class AnnouncementBenchmark extends IntegrationTest {

    static final int GROUPS = Integer.getInteger("bench.announced", 68_000);

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    DSLContext dsl;

    @Test
    void anOpeningIsAnnouncedToSixtyEightThousandGroups() {
        String admin = fx.accounts.admin();
        // a municipality of its own, so that the catchment holds exactly the benchmark's groups
        List<Municipality> municipalities = fx.regions.municipalities();
        Municipality place = municipalities.get(municipalities.size() / 2);
        Map<String, Long> categories =
                dsl.select(CATEGORY.CODE, CATEGORY.ID).from(CATEGORY).fetchMap(CATEGORY.CODE, CATEGORY.ID);
        long firstPhone = 6_000_000_000L + (System.nanoTime() % 100_000) * 10_000;
        OffsetDateTime now = OffsetDateTime.now();
        int emails = 0;
        long setUpStarted = System.nanoTime();
        for (int from = 0; from < GROUPS; from += 1000) {
            var groups = dsl.insertInto(
                    SHG_GROUP,
                    SHG_GROUP.NAME,
                    SHG_GROUP.MUNICIPALITY_ID,
                    SHG_GROUP.WARD,
                    SHG_GROUP.MEMBER_COUNT,
                    SHG_GROUP.LEADER_NAME,
                    SHG_GROUP.PHONE,
                    SHG_GROUP.EMAIL,
                    SHG_GROUP.STATUS,
                    SHG_GROUP.CONSENT_AT,
                    SHG_GROUP.CREATED_AT,
                    SHG_GROUP.VERIFIED_AT,
                    SHG_GROUP.VERIFIED_BY);
            for (int i = from; i < Math.min(GROUPS, from + 1000); i++) {
                String email = i % 3 == 0 ? "group" + i + "@bench.example" : null;
                if (email != null) {
                    emails++;
                }
                groups = groups.values(
                        (i % 2 == 0 ? "মা সারদা স্বনির্ভর গোষ্ঠী " : "Annapurna SHG ") + i,
                        place.id(),
                        Integer.toString(1 + i % 40),
                        10,
                        i % 2 == 0 ? "রুমা দাস" : "Ruma Das",
                        Long.toString(firstPhone + i),
                        email,
                        GroupStatus.VERIFIED,
                        now,
                        now,
                        now,
                        "bench");
            }
            List<Long> ids = groups.returning(SHG_GROUP.ID).fetch(SHG_GROUP.ID);
            var membership = dsl.insertInto(GROUP_CATEGORY, GROUP_CATEGORY.GROUP_ID, GROUP_CATEGORY.CATEGORY_ID);
            for (int k = 0; k < ids.size(); k++) {
                membership = membership.values(ids.get(k), categories.get(k % 2 == 0 ? "HANDLOOM" : "CRAFT"));
            }
            membership.execute();
        }
        System.out.printf(
                "BENCH announce.setup: %d verified groups in %s inserted in %.1f s%n",
                GROUPS, place.nameEn(), (System.nanoTime() - setUpStarted) / 1e9);

        long venue = fx.mall(admin, place.id(), 4);
        LocalDate start = LocalDate.now().plusYears(4).plusDays(System.nanoTime() % 300);
        long exhibition = fx.accounts.as(
                admin,
                () -> fx.exhibitions.create(new ExhibitionForm(
                        venue,
                        "Announced to all",
                        start,
                        start.plusDays(13),
                        SlotLength.WEEK,
                        10,
                        new Catchment(Catchment.Kind.MUNICIPALITIES, List.of(place.id())),
                        List.of("HANDLOOM", "CRAFT"),
                        now.minusMinutes(1),
                        now.plusDays(14))));
        int before = dsl.fetchCount(MAIL_OUTBOX);

        long started = System.nanoTime();
        fx.open(admin, exhibition);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        int queued = dsl.fetchCount(MAIL_OUTBOX) - before;
        int sms = dsl.fetchCount(
                MAIL_OUTBOX,
                MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.APPLICATIONS_OPEN).and(MAIL_OUTBOX.CHANNEL.eq(Channel.SMS)));
        int mail = dsl.fetchCount(
                MAIL_OUTBOX,
                MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.APPLICATIONS_OPEN).and(MAIL_OUTBOX.CHANNEL.eq(Channel.EMAIL)));
        System.out.printf(
                "BENCH announce.open: %d groups, %d SMS and %d e-mail rows queued in %.1f s (%.0f rows/s)%n",
                GROUPS, sms, mail, took.toMillis() / 1000.0, queued * 1000.0 / Math.max(1, took.toMillis()));
        assertThat(sms).isEqualTo(GROUPS);
        assertThat(mail).isEqualTo(emails);
        assertThat(queued).isEqualTo(GROUPS + emails);
        assertThat(took).isLessThanOrEqualTo(Duration.ofSeconds(15));
    }
}
