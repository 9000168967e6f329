package app.haat.centre;

import app.haat.centre.TrainingRecords.EnrollableGroup;
import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.Session;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.Notifications;
import app.haat.group.GroupService;
import app.haat.group.Member;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One training session. Staff see the roster and mark attendance with one tap per member (made for a tablet); a
 * group's leader enrolls members from the group's list and can cancel; everyone sees seats and the waitlist.
 */
@Route("training")
@RolesAllowed({Role.ADMIN, Role.STAFF, Role.OFFICER, Role.GROUP})
public class TrainingSessionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final TrainingScheduleService schedule;
    private final EnrollmentService enrollments;
    private final AttendanceService attendance;
    private final GroupService groups;
    private final SessionChangeService changes;
    private final CentreSetupService setup;
    private final CurrentUser currentUser;
    private final boolean bengali;
    private Session session;

    public TrainingSessionView(
            TrainingScheduleService schedule,
            EnrollmentService enrollments,
            AttendanceService attendance,
            GroupService groups,
            SessionChangeService changes,
            CentreSetupService setup,
            CurrentUser currentUser) {
        this.schedule = schedule;
        this.enrollments = enrollments;
        this.attendance = attendance;
        this.groups = groups;
        this.changes = changes;
        this.setup = setup;
        this.currentUser = currentUser;
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        session = schedule.session(id);
        show();
    }

    private void show() {
        removeAll();
        session = schedule.session(session.id());
        add(new H2(session.heading(bengali)));
        Paragraph facts = new Paragraph(Formats.date(
                        session.startsAt().atZoneSameInstant(Formats.INDIA).toLocalDate())
                + ", "
                + Formats.digits(
                        TIME.format(session.startsAt().atZoneSameInstant(Formats.INDIA)) + "–"
                                + TIME.format(session.endsAt().atZoneSameInstant(Formats.INDIA)),
                        getLocale())
                + " · " + session.place(bengali) + " · " + session.trainerName() + " · "
                + getTranslation("language." + session.language()));
        Paragraph seats = new Paragraph(
                getTranslation("training.seats", Formats.number(session.enrolled()), Formats.number(session.capacity()))
                        + (session.waitlisted() > 0
                                ? " · " + getTranslation("training.waiting", Formats.number(session.waitlisted()))
                                : ""));
        seats.setId("session-seats");
        add(facts, seats);
        boolean staff = setup.mayManage();
        boolean ahead = !attendance.attendanceOpen(session);
        if (session.cancelled()) {
            Paragraph cancelled = new Paragraph(getTranslation("training.cancelledBadge", session.cancelReason()));
            cancelled.addClassName("haat-error");
            cancelled.setId("session-cancelled");
            add(cancelled);
        } else if (currentUser.hasRole(Role.SHG)) {
            enrollSection(groups.ownGroupId());
        } else if (staff) {
            if (ahead) {
                add(staffActions());
            }
            staffEnrollSection();
        }
        List<Enrollment> roster = enrollments.enrollments(session.id());
        add(new H3(getTranslation(staff ? "training.roster" : "training.yours")));
        if (staff && !roster.isEmpty() && !attendance.attendanceOpen(session)) {
            Paragraph later = new Paragraph(getTranslation("training.attendanceLater"));
            later.addClassName("haat-hint");
            later.setId("attendance-later");
            add(later);
        }
        if (roster.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("training.nobody"));
            none.addClassName("haat-empty");
            add(none);
        }
        for (Enrollment enrollment : roster) {
            add(line(enrollment, staff));
        }
    }

    private Div line(Enrollment enrollment, boolean staff) {
        Span name = new Span(enrollment.memberName() + " · " + enrollment.groupName());
        name.addClassName("name");
        Div line = new Div(name);
        line.addClassName("haat-placement");
        line.setId("enrollment-" + enrollment.id());
        if (enrollment.status() == EnrollmentStatus.WAITLISTED) {
            line.add(new Span(
                    getTranslation("training.waitlistPosition", Formats.number(enrollment.waitlistPosition()))));
        } else if (staff) {
            Checkbox present =
                    new Checkbox(getTranslation("training.present"), Boolean.TRUE.equals(enrollment.attended()));
            present.setId("present-" + enrollment.id());
            present.setEnabled(attendance.attendanceOpen(session));
            present.addValueChangeListener(e -> {
                if (e.isFromClient()
                        && !Notifications.attempt(() -> attendance.markAttendance(enrollment.id(), e.getValue()))) {
                    present.setValue(e.getOldValue());
                }
            });
            line.add(present);
        }
        if (enrollment.memberTrained()) {
            String file = "haat-certificate-" + enrollment.memberId() + ".pdf";
            Locale locale = getLocale();
            Anchor certificate = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] pdf = attendance.certificate(enrollment.memberId(), locale);
                        return new DownloadResponse(new ByteArrayInputStream(pdf), file, "application/pdf", pdf.length);
                    }),
                    getTranslation("training.certificate"));
            certificate.getElement().setAttribute("download", true);
            certificate.setId("certificate-" + enrollment.id());
            line.add(certificate);
        }
        Button cancel = new Button(
                getTranslation("training.cancel"),
                e -> Confirm.ask(
                        getTranslation("training.cancel"),
                        getTranslation("training.cancelConfirm", enrollment.memberName()),
                        getTranslation("training.cancel"),
                        () -> {
                            if (Notifications.attempt(() -> enrollments.cancel(enrollment.id()))) {
                                show();
                            }
                        }));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        cancel.setId("cancel-" + enrollment.id());
        if (!session.cancelled()) {
            line.add(cancel);
        }
        return line;
    }

    /** Staff change, move or call off a session that has not begun. */
    private HorizontalLayout staffActions() {
        Button edit = new Button(
                getTranslation("training.edit"),
                e -> new SessionEditDialog(changes, setup, session, bengali, this::show).open());
        edit.setId("session-edit");
        Button move = new Button(
                getTranslation("training.reschedule"),
                e -> new SessionRescheduleDialog(changes, setup, session, this::show).open());
        move.setId("session-reschedule");
        Button cancel = new Button(
                getTranslation("training.session.cancel"),
                e -> new SessionCancelDialog(changes, session, this::show).open());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.setId("session-cancel");
        HorizontalLayout actions = new HorizontalLayout(edit, move, cancel);
        actions.setWrap(true);
        return actions;
    }

    /** Staff enroll anyone: they find a verified group by name, then choose its members. */
    private void staffEnrollSection() {
        ComboBox<EnrollableGroup> group = new ComboBox<>(getTranslation("training.findGroup"));
        group.setItems(query ->
                enrollments
                        .enrollableGroups(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                        .stream());
        group.setItemLabelGenerator(g -> g.name() + " · " + g.municipality(bengali));
        group.setWidth("min(420px, 90vw)");
        group.setId("staff-group");
        VerticalLayout chooser = new VerticalLayout();
        chooser.setPadding(false);
        group.addValueChangeListener(e -> {
            chooser.removeAll();
            if (e.getValue() != null) {
                addEnrollForm(
                        chooser,
                        enrollments.enrollableMembers(e.getValue().id()).stream()
                                .map(m -> new Member(m.id(), m.name(), Member.MemberRole.MEMBER, null))
                                .toList());
            }
        });
        add(new H3(getTranslation("training.enrollAnyone")), group, chooser);
    }

    /** A group's leader chooses members from the group's list. */
    private void enrollSection(long own) {
        add(new H3(getTranslation("training.enrollTitle")));
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        addEnrollForm(form, groups.members(own));
        add(form);
    }

    /** The members not yet enrolled, to choose from, and the button that enrolls them. */
    private void addEnrollForm(VerticalLayout into, List<Member> all) {
        Set<Long> already = enrollments.enrollments(session.id()).stream()
                .map(Enrollment::memberId)
                .collect(Collectors.toSet());
        List<Member> members =
                all.stream().filter(m -> !already.contains(m.id())).toList();
        if (members.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("training.noMembers"));
            none.addClassName("haat-empty");
            into.add(none);
            return;
        }
        CheckboxGroup<Member> choose = new CheckboxGroup<>(getTranslation("training.members"));
        choose.setItems(members);
        choose.setItemLabelGenerator(Member::name);
        choose.setId("enroll-members");
        Button enroll = new Button(getTranslation("training.enroll"), e -> {
            if (choose.getValue().isEmpty()) {
                Notifications.error(getTranslation("training.error.members"));
                return;
            }
            Notifications.attemptAndGet(() -> enrollments.enroll(
                            session.id(),
                            choose.getValue().stream().map(Member::id).toList()))
                    .ifPresent(done -> {
                        long waiting = done.stream()
                                .filter(x -> x.status() == EnrollmentStatus.WAITLISTED)
                                .count();
                        Notifications.success(getTranslation(
                                "training.enrolled", Formats.number(done.size() - waiting), Formats.number(waiting)));
                        show();
                    });
        });
        enroll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enroll.setId("enroll-submit");
        into.add(choose, enroll);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.title") + " · " + getTranslation("app.name");
    }
}
