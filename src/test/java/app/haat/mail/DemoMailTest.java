package app.haat.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.haat.centre.TrainingReportService;
import app.haat.centre.TrainingScheduleService;
import app.haat.core.security.SystemAuthority;
import app.haat.dashboard.DashboardService;
import app.haat.exhibition.ExhibitionService;
import app.haat.group.GroupFilter;
import app.haat.group.GroupService;
import app.haat.group.GroupStatus;
import app.haat.support.PortalProcess;
import app.haat.user.PasswordResetService;
import app.haat.venue.VenueKind;
import app.haat.venue.VenueService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The README's run command in demo mode: an embedded SMTP server receives real messages, the Mail view shows them. */
@Tag("h2")
class DemoMailTest {

    @TempDir
    Path dataDir;

    @Test
    void demoModeSendsAPasswordResetToTheEmbeddedServerAndLoadsGroupsOnce() {
        try (ConfigurableApplicationContext portal = PortalProcess.start(dataDir, "haat.demo=true")) {
            MailStatus status = portal.getBean(MailStatus.class);
            assertThat(status.mode()).isEqualTo(MailStatus.Mode.EMBEDDED);
            // the Mail view names the port: 3025, or a free one when 3025 is taken (a demo running beside the tests)
            assertThat(status.embeddedAddress())
                    .hasValueSatisfying(a -> assertThat(a).matches("127\\.0\\.0\\.1:\\d+"));
            portal.getBean(PasswordResetService.class).requestReset("officer.northdumdum");
            String officer = "officer.northdumdum@haat.example";
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> SystemAuthority.runAsAdmin(() -> status.received(50)).stream()
                            .anyMatch(r -> r.to().equals(officer) && r.html().contains("reset-password?token=")));
            // the demo's closed exhibitions also told the officer of applications to review: the reset comes once
            List<MailStatus.Received> received = SystemAuthority.runAsAdmin(() -> status.received(50)).stream()
                    .filter(r -> r.to().equals(officer) && r.html().contains("reset-password?token="))
                    .toList();
            assertThat(received).hasSize(1);
            assertThat(received.get(0).subject()).isEqualTo("হাট: নতুন পাসওয়ার্ড বাছুন");
            assertThat(received.get(0).html()).contains("reset-password?token=");

            // demo groups: 300 verified plus two pending sign-ups (one of them in Berhampore, a district of no zone)
            GroupService groups = portal.getBean(GroupService.class);
            assertThat(SystemAuthority.runAsAdmin(() -> groups.count(GroupFilter.ALL)))
                    .isEqualTo(302);
            assertThat(SystemAuthority.runAsAdmin(
                            () -> groups.count(new GroupFilter(GroupStatus.PENDING, null, null, null))))
                    .isEqualTo(2);

            // demo venues and exhibitions: malls, ten vans, three centres; an exhibition in every lifecycle state
            // but "allocated" (the published one went through it), the running and finished ones in the past
            var venues = SystemAuthority.runAsAdmin(
                    () -> portal.getBean(VenueService.class).list());
            assertThat(venues).filteredOn(v -> v.kind() == VenueKind.VAN).hasSize(10);
            assertThat(venues).filteredOn(v -> v.kind() == VenueKind.CENTRE).hasSize(3);
            var exhibitions = SystemAuthority.runAsAdmin(
                    () -> portal.getBean(ExhibitionService.class).list());
            assertThat(exhibitions)
                    .extracting(e -> e.status().name())
                    .containsExactlyInAnyOrder("DRAFT", "OPEN", "CLOSED", "PUBLISHED", "RUNNING", "FINISHED");
            LocalDate today = LocalDate.now();
            // trainings: two rooms, a month of sessions on the four e-retail topics, one with a waitlist
            var trainings = portal.getBean(TrainingScheduleService.class);
            var sessions = SystemAuthority.runAsAdmin(() -> trainings.sessions(today, today.plusDays(40)));
            assertThat(sessions).hasSize(16);
            assertThat(sessions)
                    .filteredOn(x -> x.waitlisted() > 0)
                    .singleElement()
                    .satisfies(x -> assertThat(x.enrolled()).isEqualTo(x.capacity()));
            // sales reported for the running and the finished exhibitions: the state's dashboard shows them
            var dashboard = SystemAuthority.runAsAdmin(
                    () -> portal.getBean(DashboardService.class).dashboard());
            assertThat(dashboard.chart("salesByVenue").bars()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(dashboard.figures().placements()).isPositive();
            // most demo days give cash and UPI apart, some a total only: the UPI share shows, with what it leaves out
            assertThat(dashboard.upiShare().upiPercent()).isBetween(1, 99);
            assertThat(dashboard.upiShare().totalOnlyReports()).isPositive();
            assertThat(dashboard.upiShare().byExhibition()).hasSizeGreaterThanOrEqualTo(2);
            // last month's sessions with attendance: one member completed all four topics, one missed GST/PAN
            var reports = portal.getBean(TrainingReportService.class);
            assertThat(SystemAuthority.runAsAdmin(() -> reports.report()).trained())
                    .isEqualTo(1);
            assertThat(exhibitions)
                    .filteredOn(e -> e.status().name().equals("RUNNING"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.startsOn()).isBefore(today))
                    .satisfies(e -> assertThat(e.endsOn()).isAfter(today));
            assertThat(exhibitions)
                    .filteredOn(e -> e.status().name().equals("FINISHED"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.endsOn()).isBefore(today));
            assertThat(exhibitions)
                    .filteredOn(e -> e.status().name().equals("OPEN"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.applications()).isEqualTo(45));
        }
        try (ConfigurableApplicationContext again = PortalProcess.start(dataDir, "haat.demo=true")) {
            GroupService groups = again.getBean(GroupService.class);
            assertThat(SystemAuthority.runAsAdmin(() -> groups.count(GroupFilter.ALL)))
                    .isEqualTo(302);
            assertThat(SystemAuthority.runAsAdmin(
                            () -> again.getBean(ExhibitionService.class).list()))
                    .hasSize(6);
        }
    }

    @Test
    void productionWithoutSmtpStartsNoServerAndKeepsMessagesQueued() {
        try (ConfigurableApplicationContext portal = PortalProcess.start(dataDir)) {
            assertThat(portal.getBean(MailStatus.class).mode()).isEqualTo(MailStatus.Mode.NONE);
            assertThat(portal.getBean(SmtpSetup.Smtp.class).embedded()).isEmpty();
        }
    }
}
