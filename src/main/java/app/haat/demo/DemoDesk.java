package app.haat.demo;

import app.haat.core.i18n.Formats;
import app.haat.core.security.Role;
import app.haat.desk.AppointmentOutcome;
import app.haat.desk.DeskAppointmentService;
import app.haat.desk.DeskDocumentService;
import app.haat.desk.DeskRequestService;
import app.haat.desk.DeskStepService;
import app.haat.desk.FreeSlot;
import app.haat.desk.RequestType;
import app.haat.group.Group;
import app.haat.group.GroupFilter;
import app.haat.group.GroupService;
import app.haat.group.GroupStatus;
import app.haat.group.IndianFormats;
import app.haat.region.Centre;
import app.haat.region.CentreDirectoryService;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import app.haat.user.UserForm;
import app.haat.user.UserService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * The registration desks of the demo (#23): a staff account for each City Livelihood Centre ({@code centre.northdumdum},
 * {@code centre.medinipur}) and a few cases at every step there: requested, documents complete, submitted, obtained,
 * refused, with a few documents (PDFs made here, one a masked Aadhaar copy); appointments upcoming, kept and
 * missed; skipped when the centre already has cases.
 */
@Component
class DemoDesk {

    private final CentreDirectoryService centres;
    private final RegionService regions;
    private final UserService users;
    private final GroupService groups;
    private final DeskRequestService requests;
    private final DeskStepService steps;
    private final DeskDocumentService documents;
    private final DeskAppointmentService appointments;
    private final DemoHistoryRepository history;

    DemoDesk(
            CentreDirectoryService centres,
            RegionService regions,
            UserService users,
            GroupService groups,
            DeskRequestService requests,
            DeskStepService steps,
            DeskDocumentService documents,
            DeskAppointmentService appointments,
            DemoHistoryRepository history) {
        this.centres = centres;
        this.regions = regions;
        this.users = users;
        this.groups = groups;
        this.requests = requests;
        this.steps = steps;
        this.documents = documents;
        this.appointments = appointments;
        this.history = history;
    }

    /** The cases made, or -1 when every centre had some already. */
    int load(String password) {
        Set<String> existing = users.list().stream().map(u -> u.username()).collect(Collectors.toSet());
        int made = -1;
        for (Centre centre : centres.centres()) {
            if (!centre.livelihood() || centre.zoneId() == null) {
                continue;
            }
            String zone = regions.zones().stream()
                    .filter(z -> z.id() == centre.zoneId())
                    .map(z -> z.nameEn().toLowerCase().replaceAll("[^a-z0-9]+", ""))
                    .findFirst()
                    .orElse("zone" + centre.zoneId());
            String username = "centre." + zone;
            if (!existing.contains(username)) {
                users.create(new UserForm(
                        username,
                        password,
                        centre.nameEn() + " staff",
                        username + "@haat.example",
                        Role.CENTRE_STAFF,
                        Set.of(),
                        "bn",
                        null,
                        null,
                        null,
                        null,
                        centre.id()));
            }
            if (requests.casesOf(centre.id()).isEmpty()) {
                made = Math.max(made, 0) + cases(centre, centre.zoneId());
            }
        }
        return made;
    }

    private int cases(Centre centre, long zoneId) {
        Set<Long> municipalities = regions.municipalitiesOfZone(zoneId).stream()
                .map(Municipality::id)
                .collect(Collectors.toSet());
        List<Group> zone = groups.page(new GroupFilter(GroupStatus.VERIFIED, null, null, null), 0, 400).stream()
                .filter(g -> municipalities.contains(g.municipalityId()))
                .toList();
        List<Group> food =
                zone.stream().filter(g -> g.categories().contains("FOOD")).toList();
        List<Group> others =
                zone.stream().filter(g -> !g.categories().contains("FOOD")).toList();
        if (others.size() < 6) {
            return 0;
        }
        long pan = requests.request(centre.id(), others.get(0).id(), RequestType.PAN, "Our leader can come on Mondays");
        upload(pan, "Registration certificate.pdf", "Registration certificate of the group");
        bookAhead(pan, 1);
        long bank = requests.request(centre.id(), others.get(1).id(), RequestType.BANK_ACCOUNT, null);
        upload(bank, "Resolution to open the account.pdf", "Resolution: the group opens a savings account");
        upload(bank, "Masked Aadhaar of the secretary.pdf", "Aadhaar: XXXX XXXX 4821");
        past(bank, 3, AppointmentOutcome.KEPT);
        steps.documentsComplete(bank);
        long enrolment = requests.request(centre.id(), others.get(2).id(), RequestType.GST_ENROLMENT, null);
        past(enrolment, 2, AppointmentOutcome.KEPT);
        steps.documentsComplete(enrolment);
        steps.submitted(enrolment, "ENR-" + centre.id() + "-0042");
        Group registered = others.get(3);
        long gst = requests.request(centre.id(), registered.id(), RequestType.GST_REGISTRATION, null);
        steps.documentsComplete(gst);
        steps.submitted(gst, "AA19" + String.format("%010d", registered.id()) + "Z");
        steps.obtained(gst, gstin(registered), null);
        long udyam = requests.request(centre.id(), others.get(4).id(), RequestType.UDYAM, null);
        steps.documentsComplete(udyam);
        steps.submitted(udyam, "UDY-ACK-" + udyam);
        steps.refused(udyam, "The Aadhaar name did not match the PAN; bring a corrected copy");
        long granted = requests.request(centre.id(), others.get(5).id(), RequestType.UDYAM, null);
        steps.documentsComplete(granted);
        steps.submitted(granted, "UDY-ACK-" + granted);
        steps.obtained(granted, "UDYAM-WB-" + (centre.id() % 90 + 10) + "-" + String.format("%07d", granted), null);
        int made = 6;
        if (!food.isEmpty()) {
            long fssai =
                    requests.request(centre.id(), food.getFirst().id(), RequestType.FSSAI, "We make pickles and papad");
            past(fssai, 1, AppointmentOutcome.MISSED);
            bookAhead(fssai, 2);
            made++;
        }
        return made;
    }

    /** A one-page PDF showing {@code text}, uploaded to the case like any other (encrypted at rest). */
    private void upload(long caseId, String name, String text) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            documents.upload(
                    caseId,
                    "application/pdf",
                    name,
                    name.startsWith("Masked Aadhaar"),
                    new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Books the case's appointment at the second free time of the first open day at least {@code days} ahead. */
    private void bookAhead(long caseId, int days) {
        LocalDate today = LocalDate.now(Formats.INDIA);
        for (int d = days; d < days + 8; d++) {
            List<FreeSlot> free = appointments.slots(caseId, today.plusDays(d));
            if (!free.isEmpty()) {
                appointments.book(caseId, free.get(Math.min(1, free.size() - 1)).start(), null);
                return;
            }
        }
    }

    /** An appointment of the case some days back at 11:00, marked kept or missed. */
    private void past(long caseId, int daysBack, AppointmentOutcome outcome) {
        bookAhead(caseId, 1);
        if (appointments.current(caseId).isEmpty()) {
            return;
        }
        history.backdateAppointment(
                caseId,
                LocalDate.now(Formats.INDIA)
                        .minusDays(daysBack)
                        .atTime(11, 0)
                        .atZone(Formats.INDIA)
                        .toOffsetDateTime());
        appointments.mark(caseId, outcome);
    }

    /** A West Bengal GSTIN holding the group's PAN (or one made up for the demo), with its check character. */
    private static String gstin(Group group) {
        String pan = group.pan() != null ? group.pan() : "AAGFD" + String.format("%04d", group.id() % 10_000) + "K";
        String first14 = IndianFormats.WEST_BENGAL_STATE_CODE + pan + "1Z";
        return first14 + IndianFormats.gstinCheckCharacter(first14);
    }
}
