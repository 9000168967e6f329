package app.haat.allocation;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.i18n.Translator;
import app.haat.exhibition.Exhibition;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import app.haat.user.UserService;
import app.haat.venue.Venue;
import app.haat.venue.VenueService;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What a group is told of an offer, by each of its channels and in its language. */
@Component
class OfferNotices {

    private final UserService users;
    private final MailOutbox mail;
    private final AllocationMessages messages;
    private final String baseUrl;

    OfferNotices(
            UserService users,
            MailOutbox mail,
            AllocationMessages messages,
            @Value("${haat.base-url}") String baseUrl) {
        this.users = users;
        this.mail = mail;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The offer: which kiosk, where, when, and by when to answer on the group's page. */
    void offered(WaitlistOffer offer, Venue venue) {
        Locale reader = Translator.forLanguage(
                users.languageOfGroupAccount(offer.groupId()).orElse("bn"));
        boolean bengali = LocalizedName.isBengali(reader);
        Map<String, Object> model = new HashMap<>();
        model.put("groupName", offer.groupName());
        model.put("exhibition", offer.exhibitionTitle(bengali));
        model.put("kiosk", offer.kioskCode());
        model.put("venue", venue.name(bengali));
        model.put("dateFrom", Formats.date(offer.slotStartsOn(), reader));
        model.put("dateTo", Formats.date(offer.slotEndsOn(), reader));
        model.put("deadline", Formats.dateTime(offer.expiresAt(), reader));
        model.put("link", baseUrl + "/my-stalls");
        mail.toGroup(MessageType.WAITLIST_OFFER, offer.groupId(), model);
    }

    /** An accepted offer: the assignment with its letter and calendar entry, as a promotion. */
    void assigned(Exhibition exhibition, VenueService.PublicVenue venue, AllocationRepository.Outcome outcome) {
        messages.send(MessageType.WAITLIST_PROMOTION, exhibition, venue, outcome);
    }
}
