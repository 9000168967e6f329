package app.haat.group;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.mail.Channel;
import app.haat.mail.MessageType;
import app.haat.mail.OutboxRows;
import app.haat.mail.OutboxStatus;
import app.haat.region.RegionService;
import app.haat.support.SignUps;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.html.UnorderedList;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A group reads its own latest messages on its page, and no other group's. */
class GroupMessagesViewTest extends ViewTest {

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    RegionService regions;

    @Autowired
    DSLContext dsl;

    @Test
    void aGroupSeesItsOwnMessagesInBengaliOnItsPage() {
        long bally = municipalityNamed("Bally");
        String mine = GroupRegistryTest.newMobile();
        String theirs = GroupRegistryTest.newMobile();
        long myGroup = register(bally, mine);
        long theirGroup = register(bally, theirs);
        OutboxRows.insert(
                dsl,
                MessageType.ASSIGNMENT,
                Channel.SMS,
                myGroup,
                mine,
                OutboxStatus.SENT,
                r -> r.setDelivery(app.haat.mail.DeliveryState.DELIVRD));
        OutboxRows.insert(
                dsl, MessageType.APPLICATION_RECEIVED, Channel.EMAIL, myGroup, "leader@example.org", OutboxStatus.SENT);
        OutboxRows.insert(dsl, MessageType.GROUP_REJECTED, Channel.SMS, theirGroup, theirs, OutboxStatus.SENT);

        signInAs(mine);
        navigate("my-group");
        useLanguage(Translator.BENGALI);
        String list = _get(UnorderedList.class, s -> s.withId("my-group-messages"))
                .getElement()
                .getTextRecursively();
        assertThat(list)
                .contains("স্টল বরাদ্দ")
                .contains("এসএমএস · ফোনে পৌঁছেছে")
                .contains("আবেদন পাওয়া গেছে")
                .contains("ই-মেল · পাঠানো হয়েছে")
                .doesNotContain("গোষ্ঠী নামঞ্জুর")
                .doesNotContainPattern("[0-9]");
    }

    private long register(long municipalityId, String mobile) {
        return registrations.register(SignUps.bengali("Messages page " + mobile, municipalityId, mobile));
    }
}
