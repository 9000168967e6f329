package app.haat.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.ReportLine;
import app.haat.centre.TrainingRecords.SeriesForm;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Translator;
import app.haat.db.Tables;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Attendance on a real database: the e-retail topics make a member trained, with a certificate and in the report. */
class AttendanceServiceTest extends CentreIntegrationTest {

    @Test
    void attendingEveryEretailTopicMakesTheMemberTrainedAndTheGroupReady() throws Exception {
        LeaderGroup group = group(true, 1);
        long member = group.member(0);
        List<String> eretail = List.of("PHOTOGRAPHY", "MARKETPLACE", "EPAYMENT", "GST_PAN");
        for (int i = 0; i < eretail.size(); i++) {
            int n = i;
            long session = fx.accounts
                    .as(
                            staff,
                            () -> schedule.createSeries(new SeriesForm(
                                    topic(eretail.get(n)),
                                    room,
                                    trainer,
                                    tuesday.plusDays(n),
                                    LocalTime.of(10, 0),
                                    60,
                                    1,
                                    10,
                                    "bn")))
                    .sessionIds()
                    .getFirst();
            Enrollment enrolled = fx.accounts
                    .as(group.mobile(), () -> enrollments.enroll(session, List.of(member)))
                    .getFirst();
            assertThat(fx.accounts
                            .as(group.mobile(), () -> groups.get(group.id()))
                            .eretailTrained())
                    .isFalse();
            assertThatThrownBy(() -> fx.accounts.as(group.mobile(), () -> {
                        attendance.markAttendance(enrolled.id(), true);
                        return null;
                    }))
                    .isInstanceOf(AccessDeniedException.class);
            // not before the session has begun: staff are told why
            assertThatThrownBy(() -> fx.accounts.as(staff, () -> {
                        attendance.markAttendance(enrolled.id(), true);
                        return null;
                    }))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("training.error.notHeldYet");
            HeldSessions.held(dsl, session);
            fx.accounts.as(staff, () -> {
                attendance.markAttendance(enrolled.id(), true);
                return null;
            });
        }
        // the group's readiness item is done; the search index learns it too (the change is audited)
        assertThat(fx.accounts.as(group.mobile(), () -> groups.get(group.id())).eretailTrained())
                .isTrue();
        assertThat(dsl.select(Tables.GROUP_MEMBER.ERETAIL_TRAINED_AT)
                        .from(Tables.GROUP_MEMBER)
                        .where(Tables.GROUP_MEMBER.ID.eq(member))
                        .fetchOne(Tables.GROUP_MEMBER.ERETAIL_TRAINED_AT))
                .isNotNull();

        // the trained member's certificate, for the group and for staff; none for an untrained member
        byte[] pdf = fx.accounts.as(group.mobile(), () -> attendance.certificate(member, Locale.ENGLISH));
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Member 0")
                    .contains("Certificate of e-retail training")
                    .contains("Taking e-payments");
        }
        assertThat(fx.accounts.as(staff, () -> attendance.certificate(member, Translator.BENGALI)))
                .isNotEmpty();
        LeaderGroup other = group(true, 1);
        assertThatThrownBy(() -> fx.accounts.as(other.mobile(), () -> attendance.certificate(member, Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> attendance.certificate(other.member(0), Locale.ENGLISH)))
                .isInstanceOf(NotFoundException.class);

        // the report counts the member for the group's district, with four sessions attended
        ReportLine district = fx.accounts.as(staff, () -> reports.report()).districts().stream()
                .filter(l -> l.nameEn().equals("North 24 Parganas"))
                .findFirst()
                .orElseThrow();
        assertThat(district.trained()).isPositive();
        assertThat(district.present()).isGreaterThanOrEqualTo(4);
        assertThat(district.target()).isPositive();
        // only the admin sets the target, within its range
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> {
                    reports.setTarget(2000);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.accounts.as(fx.accounts.admin(), () -> {
                    reports.setTarget(0);
                    return null;
                }))
                .isInstanceOf(ValidationException.class);
    }
}
