package app.haat.group;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GroupViewsTest extends ViewTest {

    @Autowired
    RegionService regions;

    @Autowired
    GroupService groups;

    @Autowired
    SignUpService signUps;

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    org.jooq.DSLContext dsl;

    private Municipality bally() {
        return regions.municipalities().stream()
                .filter(m -> m.nameEn().equals("Bally"))
                .findFirst()
                .orElseThrow();
    }

    /** A group of the craft category signed up in English by Mita Pal, waiting for its officer. */
    private long pendingCraftGroup(String name, long municipalityId, String mobile) {
        return registrations.register(new SignUpForm(
                name, municipalityId, "3", 15, "Mita Pal", mobile, "long-enough", null, true, Set.of("CRAFT"), "en"));
    }

    @Test
    void aLeaderSignsUpInBengaliThenSeesThePendingStatus() {
        useLanguage(Translator.BENGALI);
        // the sign-up page itself is server-rendered: SignUpPageTest
        String mobile = GroupRegistryTest.newMobile();
        registrations.register(new SignUpForm(
                "মা তারা স্বনির্ভর গোষ্ঠী",
                bally().id(),
                "৭",
                10,
                "শ্যামলী ঘোষ",
                mobile,
                "long-enough",
                null,
                true,
                Set.of(),
                "bn"));

        signInAs(mobile);
        navigate("my-group");
        assertThat(_get(Paragraph.class, s -> s.withId("my-group-status")).getText())
                .isEqualTo("আপনার গোষ্ঠী পৌরসভার যাচাইয়ের অপেক্ষায়।");

        assertThat(_get(Paragraph.class, s -> s.withId("readiness-count")).getText())
                .isEqualTo("৬টির মধ্যে ১টি হয়েছে"); // FSSAI: not needed by a group that makes no food

        // the leader adds identity details; a typo in the GSTIN's check character is caught
        setAsUser(_get(TextField.class, s -> s.withId("profile-pan")), "ABCDE1234F");
        setAsUser(_get(TextField.class, s -> s.withId("profile-gstin")), "19ABCDE1234F1Z" + "#");
        _click(_get(Button.class, s -> s.withId("profile-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("profile-errors")).getText())
                .contains("GSTIN");
        String gstin = "19ABCDE1234F1Z" + IndianFormats.gstinCheckCharacter("19ABCDE1234F1Z");
        setAsUser(_get(TextField.class, s -> s.withId("profile-gstin")), gstin);
        _click(_get(Button.class, s -> s.withId("profile-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("profile-errors")).getText())
                .isEmpty();
        assertThat(groups.members(groups.mine().id())).isEmpty();
        setAsUser(_get(TextField.class, s -> s.withId("member-name")), "পূর্ণিমা মণ্ডল");
        _click(_get(Button.class, s -> s.withId("member-add")));
        assertThat(groups.members(groups.mine().id())).extracting(Member::name).containsExactly("পূর্ণিমা মণ্ডল");
    }

    @Test
    void theGridFiltersByWardAndCategoryInTheDatabase() {
        long bally = bally().id();
        String food = GroupRegistryTest.newMobile();
        String craft = GroupRegistryTest.newMobile();
        registrations.register(new SignUpForm(
                "Bori Makers " + food,
                bally,
                "w" + food.substring(6),
                10,
                "Rina",
                food,
                "long-enough",
                null,
                true,
                Set.of("FOOD"),
                "en"));
        registrations.register(new SignUpForm(
                "Sholapith " + craft,
                bally,
                "w" + food.substring(6),
                10,
                "Rina",
                craft,
                "long-enough",
                null,
                true,
                Set.of("CRAFT"),
                "en"));
        signInAs(accounts.officer(Set.of(bally)));
        navigate("groups");
        setAsUser(_get(TextField.class, s -> s.withId("groups-ward")), "w" + food.substring(6));
        @SuppressWarnings("unchecked")
        Grid<Group> grid = _get(Grid.class, s -> s.withId("groups-grid"));
        assertThat(_findAll(grid)).extracting(Group::phone).containsExactlyInAnyOrder(food, craft);
        @SuppressWarnings("unchecked")
        ComboBox<Category> category = _get(ComboBox.class, s -> s.withId("groups-category"));
        setAsUser(
                category,
                groups.categories().stream()
                        .filter(c -> c.code().equals("FOOD"))
                        .findFirst()
                        .orElseThrow());
        assertThat(_findAll(grid)).extracting(Group::phone).containsExactly(food);
    }

    @Test
    void anOfficerChangesAGroupsNumberInItsDialogAndItsAccountMovesWithIt() {
        String mobile = GroupRegistryTest.newMobile();
        long id = pendingCraftGroup("Sital Pati " + mobile, bally().id(), mobile);
        signInAs(accounts.officer(Set.of(bally().id())));
        navigate("groups");
        @SuppressWarnings("unchecked")
        Grid<Group> grid = _get(Grid.class, s -> s.withId("groups-grid"));
        grid.asSingleSelect()
                .setValue(_findAll(grid).stream()
                        .filter(g -> g.id() == id)
                        .findFirst()
                        .orElseThrow());
        setAsUser(_get(TextField.class, s -> s.withId("group-new-mobile")), "033 2345 6789");
        _click(_get(Button.class, s -> s.withId("group-change-mobile")));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Enter a 10-digit mobile number starting with 6, 7, 8 or 9.");
        String fresh = GroupRegistryTest.newMobile();
        setAsUser(_get(TextField.class, s -> s.withId("group-new-mobile")), "+91 " + fresh);
        _click(_get(Button.class, s -> s.withId("group-change-mobile")));
        assertThat(groups.get(id).phone()).isEqualTo(fresh);
        signInAs(fresh); // the account signs in with the new number now
        navigate("my-group");
        assertThat(groups.mine().id()).isEqualTo(id);
    }

    @Test
    void anOfficerRejectsWithAReasonTheGroupThenSees() {
        String mobile = GroupRegistryTest.newMobile();
        long id = pendingCraftGroup("Dokra Shilpi " + mobile, bally().id(), mobile);
        signInAs(accounts.officer(Set.of(bally().id())));
        navigate("groups");
        @SuppressWarnings("unchecked")
        Grid<Group> grid = _get(Grid.class, s -> s.withId("groups-grid"));
        Group row =
                _findAll(grid).stream().filter(g -> g.id() == id).findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo(GroupStatus.PENDING);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, row))
                .contains("******" + mobile.substring(6));
        grid.asSingleSelect().setValue(row);
        _click(_get(Button.class, s -> s.withId("group-reject")));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Give the reason for the rejection (up to 1000 characters).");
        setAsUser(_get(TextArea.class, s -> s.withId("group-reason")), "The ward does not exist in Bally");
        _click(_get(Button.class, s -> s.withId("group-reject")));

        signInAs(mobile);
        navigate("my-group");
        assertThat(_get(Paragraph.class, s -> s.withId("my-group-reason")).getText())
                .isEqualTo("Reason: The ward does not exist in Bally");
    }

    @Test
    void aGroupAsksInBengaliToBeDeletedAndItsOfficerConfirmsInTheGrid() {
        String mobile = GroupRegistryTest.newMobile();
        long id = registrations.register(new SignUpForm(
                "মুছে ফেলার গোষ্ঠী " + mobile,
                bally().id(),
                "3",
                15,
                "মিতা পাল",
                mobile,
                "long-enough",
                null,
                true,
                Set.of("CRAFT"),
                "bn"));
        signInAs(mobile);
        useLanguage(Translator.BENGALI);
        navigate("my-group");
        _click(_get(Button.class, s -> s.withId("deletion-ask")));
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(ask)).contains("ফেরানো যাবে না");
        ConfirmDialogKt._fireConfirm(ask);
        assertThat(_get(Paragraph.class, s -> s.withId("deletion-requested")).getText())
                .startsWith("আপনি "
                        + app.haat.core.i18n.Formats.date(java.time.LocalDate.now(app.haat.core.i18n.Formats.INDIA))
                        + " তারিখে");

        signInAs(accounts.officer(Set.of(bally().id())));
        navigate("groups");
        useLanguage(Translator.ENGLISH);
        setAsUser(_get(Checkbox.class, s -> s.withId("groups-deletion")), true);
        @SuppressWarnings("unchecked")
        Grid<Group> grid = _get(Grid.class, s -> s.withId("groups-grid"));
        Group row =
                _findAll(grid).stream().filter(g -> g.id() == id).findFirst().orElseThrow();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, row))
                .contains("Pending verification · asked to be deleted");
        grid.asSingleSelect().setValue(row);
        assertThat(_get(Paragraph.class, s -> s.withId("group-deletion-note")).getText())
                .contains("asked for its account and personal data to be deleted");
        _click(_get(Button.class, s -> s.withId("group-erase")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_findAll(grid)).extracting(Group::id).doesNotContain(id);
        assertThat(groups.get(id).status()).isEqualTo(GroupStatus.DELETED);
    }

    @Test
    void officersSeeReadinessPerMunicipalityAndFilterTheGridByIt() {
        long bally = bally().id();
        String mobile = GroupRegistryTest.newMobile();
        long id = pendingCraftGroup("Ready Gosthi " + mobile, bally, mobile);
        String officer = accounts.officer(Set.of(bally));
        signInAs(officer);
        registrations.verify(id, groups.get(id).version());
        navigate("readiness");
        @SuppressWarnings("unchecked")
        Grid<ReadinessFigures> figures = _get(Grid.class, s -> s.withId("readiness-grid"));
        ReadinessFigures ballyRow = _findAll(figures).stream()
                .filter(r -> r.municipalityId() == bally)
                .findFirst()
                .orElseThrow();
        assertThat(ballyRow.groups()).isEqualTo(groups.count(new GroupFilter(GroupStatus.VERIFIED, null, null, null)));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(figures, ballyRow)
                        .get(0))
                .isEqualTo("Bally (Howrah)");

        navigate("groups");
        @SuppressWarnings("unchecked")
        ComboBox<GroupStatus> status = _get(ComboBox.class, s -> s.withId("groups-status"));
        setAsUser(status, null);
        @SuppressWarnings("unchecked")
        ComboBox<GroupFilter.ReadinessLevel> readiness = _get(ComboBox.class, s -> s.withId("groups-readiness"));
        setAsUser(readiness, GroupFilter.ReadinessLevel.NONE);
        @SuppressWarnings("unchecked")
        Grid<Group> grid = _get(Grid.class, s -> s.withId("groups-grid"));
        assertThat(_findAll(grid)).extracting(Group::id).contains(id);
        // nothing done yet: at most the FSSAI registration a group making no food does not need
        assertThat(_findAll(grid)).allMatch(g -> g.readinessDone() <= 1);
        setAsUser(readiness, GroupFilter.ReadinessLevel.READY);
        assertThat(_findAll(grid)).extracting(Group::id).doesNotContain(id);
    }

    @Autowired
    GroupExport export;

    @Test
    void theGroupsGridOpensOnAllStatusesAndItsExportSaysWhichFiltersItApplies() {
        long chandannagar = municipalityNamed("Chandannagar");
        String officer = accounts.officer(Set.of(chandannagar));
        String mobile = GroupRegistryTest.newMobile();
        long id = registrations.register(new SignUpForm(
                "All verified " + mobile,
                chandannagar,
                "4",
                10,
                "Rina",
                mobile,
                "long-enough",
                null,
                true,
                Set.of(),
                "en"));
        accounts.as(officer, () -> registrations.verify(id, groups.get(id).version()));

        // every group verified: the grid and its export still hold them, as nobody chose a filter
        signInAs(officer);
        navigate("groups");
        @SuppressWarnings("unchecked")
        ComboBox<GroupStatus> status = _get(ComboBox.class, s -> s.withId("groups-status"));
        assertThat(status.getValue()).isNull();
        @SuppressWarnings("unchecked")
        Grid<Group> grid = _get(Grid.class, s -> s.withId("groups-grid"));
        assertThat(_findAll(grid)).extracting(Group::id).contains(id);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("groups-export-filters"))
                        .getText())
                .isEqualTo("The export holds only: Chandannagar.");
        assertThat(accounts.as(officer, () -> export.fileSubject(GroupFilter.ALL)))
                .isEqualTo("groups-chandannagar");

        // a chosen filter is named beside the export links and in the file's name
        setAsUser(status, GroupStatus.VERIFIED);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("groups-export-filters"))
                        .getText())
                .isEqualTo("The export holds only: Verified · Chandannagar.");
        assertThat(accounts.as(
                        officer,
                        () -> export.fileSubject(
                                new GroupFilter(GroupStatus.VERIFIED, "4", "FOOD", "রিনা Das", null, true))))
                .isEqualTo("groups-verified-ward-4-food-deletion-requested-search-das-chandannagar");
        assertThat(accounts.as(
                        accounts.admin(),
                        () -> export.fileSubject(new GroupFilter(GroupStatus.PENDING, null, null, null))))
                .isEqualTo("groups-pending");

        // the home's "groups waiting" link opens on the pending ones
        String waiting = GroupRegistryTest.newMobile();
        long pendingId = registrations.register(new SignUpForm(
                "Waiting " + waiting,
                chandannagar,
                "4",
                10,
                "Rina",
                waiting,
                "long-enough",
                null,
                true,
                Set.of(),
                "en"));
        navigate("groups?status=PENDING");
        @SuppressWarnings("unchecked")
        ComboBox<GroupStatus> linked = _get(ComboBox.class, s -> s.withId("groups-status"));
        assertThat(linked.getValue()).isEqualTo(GroupStatus.PENDING);
        @SuppressWarnings("unchecked")
        Grid<Group> pending = _get(Grid.class, s -> s.withId("groups-grid"));
        assertThat(_findAll(pending)).extracting(Group::id).contains(pendingId).doesNotContain(id);
        assertThat(_findAll(pending)).allMatch(g -> g.status() == GroupStatus.PENDING);
    }
}
