package app.haat.group;

import static app.haat.db.Tables.MAIL_OUTBOX;
import static app.haat.db.Tables.SHG_GROUP;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.mail.MessageType;
import app.haat.region.RegionService;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A leader changes the group's number on its page: a code to the new number, typed back in Bengali digits. */
class NumberChangeViewTest extends ViewTest {

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    GroupService groups;

    @Autowired
    RegionService regions;

    @Autowired
    DSLContext dsl;

    /** The code in the queued SMS to this number (no SMSC in this context, so it waits in the outbox). */
    private String queuedCode(String mobile) {
        return dsl.select(MAIL_OUTBOX.MODEL)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.RECIPIENT.eq(mobile).and(MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.ONE_TIME_CODE)))
                .orderBy(MAIL_OUTBOX.ID.desc())
                .limit(1)
                .fetchSingle(MAIL_OUTBOX.MODEL)
                .replaceAll(".*\"code\":\"([0-9]{6})\".*", "$1");
    }

    @Test
    void theLeaderConfirmsTheNewNumberWithTheCodeSentThere() {
        long bally = municipalityNamed("Bally");
        String old = GroupRegistryTest.newMobile();
        long id = registrations.register(new SignUpForm(
                "নম্বর বদল গোষ্ঠী " + old, bally, "2", 10, "Rina Das", old, "long-enough", null, true, Set.of(), "bn"));
        accounts.as(
                accounts.officer(Set.of(bally)),
                () -> registrations.verify(id, groups.get(id).version()));
        String fresh = GroupRegistryTest.newMobile();

        signInAs(old);
        navigate("my-group");
        useLanguage(Translator.BENGALI);
        _get(TextField.class, s -> s.withId("number-change-mobile")).setValue(Formats.bengaliDigits(fresh));
        _click(_get(Button.class, s -> s.withId("number-change-send")));
        String code = queuedCode(fresh);

        // a wrong code changes nothing
        _get(TextField.class, s -> s.withId("number-change-code"))
                .setValue(String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000));
        _click(_get(Button.class, s -> s.withId("number-change-confirm")));
        assertThat(phone(id)).isEqualTo(old);

        _get(TextField.class, s -> s.withId("number-change-code")).setValue(Formats.bengaliDigits(code));
        _click(_get(Button.class, s -> s.withId("number-change-confirm")));
        assertThat(phone(id)).isEqualTo(fresh);
    }

    private String phone(long groupId) {
        return dsl.select(SHG_GROUP.PHONE)
                .from(SHG_GROUP)
                .where(SHG_GROUP.ID.eq(groupId))
                .fetchSingle(SHG_GROUP.PHONE);
    }
}
