package app.haat.group;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.i18n.Translator;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-payment at the stall: a group's UPI ID (kept by the group itself or its officers, audited) and its stall card, an
 * A5 PDF with a QR code of the UPI payment link that buyers scan with any UPI app.
 */
@Service
public class StallCardService {

    private final GroupAccess access;
    private final StallCardRepository repository;
    private final ProductRepository products;
    private final StallCard card;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Translator translator;

    StallCardService(
            GroupAccess access,
            StallCardRepository repository,
            ProductRepository products,
            StallCard card,
            AuditService audit,
            CurrentUser currentUser,
            Translator translator) {
        this.access = access;
        this.repository = repository;
        this.products = products;
        this.card = card;
        this.audit = audit;
        this.currentUser = currentUser;
        this.translator = translator;
    }

    /**
     * Sets the group's UPI ID ({@code handle@psp}, stored lower-case), or removes it when blank; by the group itself or
     * its officers (admins). Answers the ID as stored. Refused with the reason: spaces, no or a second {@code @},
     * letters outside ASCII, a handle or PSP of other characters, too long.
     */
    @Transactional
    public @Nullable String changeUpiId(long groupId, @Nullable String upiId) {
        Group group = access.editable(groupId);
        UpiIds.Checked checked = UpiIds.check(upiId);
        checked.error().ifPresent(key -> {
            throw new ValidationException(key);
        });
        String value = checked.value();
        if (!Objects.equals(value, group.upiId())) {
            repository.setUpiId(groupId, value);
            audit.record(AuditEntity.GROUP, groupId, "UPI_ID", "upiId=" + group.upiId(), "upiId=" + value);
        }
        return value;
    }

    /**
     * The group's stall card in the reader's language, for the group itself, its officers and admins. A group
     * without a UPI ID is refused (409): the card exists for its QR code.
     */
    @Transactional(readOnly = true)
    public byte[] card(long groupId, Locale locale) {
        Group group = access.editable(groupId);
        if (group.upiId() == null) {
            throw new ConflictException("stallCard.error.noUpiId");
        }
        return card.render(
                List.of(content(group, null, locale)), text(locale, "stallCard.title", group.name()), locale);
    }

    /** One group's page of a print, and the line at its foot (its kiosks), if any. */
    public record Print(long groupId, @Nullable String footer) {}

    /**
     * The cards of these groups, one page each in this order, for the print of an exhibition's kiosks: the caller (the
     * exhibition's print) has checked that the caller manages the exhibition where these groups hold kiosks, whatever
     * their municipality. A group without a UPI ID still gets its page, saying so; erased groups are left out.
     */
    @Transactional(readOnly = true)
    public byte[] cards(List<Print> prints, String title, Locale locale) {
        currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER, Role.CENTRE_STAFF);
        List<StallCard.Content> pages = new ArrayList<>();
        for (Print print : prints) {
            Group group = access.find(print.groupId());
            if (!group.deleted()) {
                pages.add(content(group, print.footer(), locale));
            }
        }
        return card.render(pages, title, locale);
    }

    /** How many of these groups have no UPI ID yet (erased ones not counted), for the print button's hint. */
    @Transactional(readOnly = true)
    public int withoutUpiId(List<Long> groupIds) {
        currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER, Role.CENTRE_STAFF);
        return (int) groupIds.stream()
                .map(access::find)
                .filter(g -> !g.deleted() && g.upiId() == null)
                .count();
    }

    private StallCard.Content content(Group group, @Nullable String footer, Locale locale) {
        List<StallCard.Content.Item> lines = products.ofGroup(group.id()).stream()
                .map(p -> new StallCard.Content.Item(p.name(), price(p, locale)))
                .toList();
        String upiId = group.upiId();
        return new StallCard.Content(
                group.name(),
                new LocalizedName(group.municipalityEn(), group.municipalityBn()).in(locale),
                lines,
                upiId,
                upiId == null ? null : UpiIds.paymentLink(upiId, group.name()),
                footer);
    }

    private static @Nullable String price(Product product, Locale locale) {
        if (product.priceMin() == null) {
            return null;
        }
        return "₹" + Formats.number(product.priceMin(), locale)
                + (product.priceMax() == null || product.priceMax().equals(product.priceMin())
                        ? ""
                        : "–" + Formats.number(product.priceMax(), locale));
    }

    private String text(Locale locale, String key, Object... params) {
        return translator.getTranslation(key, locale, params);
    }
}
