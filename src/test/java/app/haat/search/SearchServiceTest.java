package app.haat.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.exhibition.ApplicationForm;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.SlotLength;
import app.haat.group.GroupFilter;
import app.haat.group.GroupRegistrationService;
import app.haat.group.GroupRegistryTest;
import app.haat.group.GroupService;
import app.haat.group.SignUpForm;
import app.haat.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Search against the real index and database: freshness, scoping by role, cross-script matching, bad input. */
class SearchServiceTest extends IntegrationTest {

    @Autowired
    SearchService search;

    @Autowired
    GroupService groups;

    @Autowired
    GroupRegistrationService registrations;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    private long register(String name, long municipalityId, String officer) {
        String mobile = GroupRegistryTest.newMobile();
        long id = registrations.register(new SignUpForm(
                name,
                municipalityId,
                "4",
                10,
                "Sabita Pal",
                mobile,
                "long-enough",
                null,
                true,
                Set.of("HANDLOOM"),
                "bn"));
        fx.accounts.as(officer, () -> registrations.verify(id, groups.get(id).version()));
        return id;
    }

    /** Polls until the answer holds the id; answers how long that took in milliseconds (or fails after 2 s). */
    private static long millisUntilFound(long id, Supplier<SearchService.Answer> answer) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < 2_000_000_000L) {
            if (answer.get().hits().stream().anyMatch(h -> h.id() == id)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("not found within 2 s");
    }

    @Test
    void anOfficerFindsTheBengaliNameByTypingItInLatinLettersAndOnlyInTheirMunicipalities() throws Exception {
        long barasat = fx.municipality("Barasat");
        long kolkata = fx.municipality("Kolkata");
        String officer = fx.accounts.officer(Set.of(barasat));
        String other = fx.accounts.officer(Set.of(kolkata));
        long wanted = register("মা সারদা স্বনির্ভর গোষ্ঠী", barasat, officer);
        long elsewhere = register("Maa Sarada Swanirbhar Gosthi", kolkata, other);

        // searchable within a second of the commit
        long took = millisUntilFound(
                wanted,
                () -> fx.accounts.as(officer, () -> search.groups("maa sarada swanirvar", Map.of(), 10, false, false)));
        assertThat(took).isLessThan(1000);

        SearchService.Answer mine =
                fx.accounts.as(officer, () -> search.groups("maa sarada swanirvar", Map.of(), 10, false, false));
        assertThat(mine.hits().getFirst().id()).isEqualTo(wanted);
        assertThat(mine.hits()).extracting(SearchService.Hit::id).doesNotContain(elsewhere);
        assertThat(mine.hits().getFirst().highlighted())
                .filteredOn(Highlight.Part::match)
                .extracting(Highlight.Part::text)
                .containsExactly("মা", "সারদা", "স্বনির্ভর");
        assertThat(mine.facets().get("municipality"))
                .extracting(SearchService.FacetCount::label)
                .containsOnly("Barasat");

        // the admin sees both, the Bengali one first for a Bengali query
        millisUntilFound(
                elsewhere,
                () -> fx.accounts.as(
                        fx.accounts.admin(), () -> search.groups("maa sarada swanirbhar", Map.of(), 50, false, false)));
        SearchService.Answer all = fx.accounts.as(
                fx.accounts.admin(),
                () -> search.groups(
                        "মা সারদা স্বনির্ভর", Map.of("municipality", String.valueOf(barasat)), 50, false, true));
        assertThat(all.hits())
                .extracting(SearchService.Hit::id)
                .contains(wanted)
                .doesNotContain(elsewhere);
        assertThat(all.hits().getFirst().municipality()).isEqualTo("বারাসত");
    }

    @Test
    void aGroupFindsOnlyItselfAndSubmittedApplicationsAreSearchable() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        VerifiedGroup group = fx.verifiedGroup(officer, bally, "HANDLOOM");
        VerifiedGroup neighbour = fx.verifiedGroup(officer, bally, "HANDLOOM");
        String mobile = group.mobile();
        long groupId = group.id();
        millisUntilFound(
                groupId, () -> fx.accounts.as(mobile, () -> search.groups("karigar", Map.of(), 10, false, false)));
        assertThat(fx.accounts
                        .as(mobile, () -> search.groups("karigar gosthi", Map.of(), 10, false, false))
                        .hits())
                .extracting(SearchService.Hit::id)
                .containsExactly(groupId)
                .doesNotContain(neighbour.id());

        long mall = fx.mall(officer, bally, 2);
        long exhibitionId = fx.openExhibition(
                officer, mall, "Search fair", ExhibitionFixtures.mondayAhead(70), 7, SlotLength.WHOLE, 2);
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(exhibitionId))
                .getFirst()
                .id();
        long applicationId = fx.accounts.as(
                mobile,
                () -> applications.apply(
                        exhibitionId,
                        new ApplicationForm(null, List.of(slot), List.of(group.product()), false, false, true)));
        long took = millisUntilFound(
                applicationId,
                () -> fx.accounts.as(
                        officer, () -> search.applications("karigar", exhibitionId, Map.of(), 10, false, false)));
        assertThat(took).isLessThan(1000);
        SearchService.Answer submitted = fx.accounts.as(
                officer, () -> search.applications("", exhibitionId, Map.of("status", "SUBMITTED"), 10, false, false));
        assertThat(submitted.hits()).extracting(SearchService.Hit::exhibition).containsOnly("Search fair");
        assertThat(fx.accounts
                        .as(
                                fx.accounts.officer(Set.of(fx.municipality("Kolkata"))),
                                () -> search.applications("karigar", exhibitionId, Map.of(), 10, false, false))
                        .total())
                .isZero();
    }

    @Autowired
    SearchIndexer indexer;

    @Test
    void strangeQueriesNeverFailAndGetASensibleAnswer() throws InterruptedException {
        indexer.awaitQuiet(5000);
        String admin = fx.accounts.admin();
        long all = fx.accounts
                .as(admin, () -> search.groups("", Map.of(), 10, false, false))
                .total();
        for (String query : List.of(
                "(",
                ")",
                ":",
                "*",
                "?",
                "~",
                "\"",
                "\\",
                "/",
                "a:b",
                "maa* ~sarada\"",
                "AND OR NOT",
                "ি",
                "্",
                "maaসারদা",
                "🙂",
                "x".repeat(10_000),
                "সা".repeat(5_000))) {
            SearchService.Answer answer = fx.accounts.as(admin, () -> search.groups(query, Map.of(), 10, true, false));
            String shown = query.length() > 20 ? query.substring(0, 20) : query;
            // a sensible answer: no more than all groups, and as many hits as the total allows within the limit
            assertThat(answer.total()).as(shown).isBetween(0L, all);
            assertThat(answer.hits()).as(shown).hasSize((int) Math.min(10, answer.total()));
        }
        assertThat(fx.accounts
                        .as(admin, () -> search.groups("!!!", Map.of(), 10, false, false))
                        .total())
                .isZero();
        // an empty query lists the groups in scope (at most those in the database: other test contexts' groups
        // reach this context's index only by a rebuild)
        assertThat(fx.accounts
                        .as(admin, () -> search.groups("", Map.of(), 10, false, false))
                        .total())
                .isPositive()
                .isLessThanOrEqualTo((long) fx.accounts.as(admin, () -> groups.count(GroupFilter.ALL)));
        assertThat(fx.accounts
                        .as(admin, () -> search.groups("", Map.of("district", "no-such"), 10, false, false))
                        .total())
                .isZero();
    }

    @Test
    void anAdminRebuildsTheIndexWhileSearchKeepsAnswering() throws Exception {
        String admin = fx.accounts.admin();
        indexer.awaitQuiet(5000);
        long before = fx.accounts
                .as(admin, () -> search.groups("", Map.of(), 10, false, false))
                .total();
        long inDatabase = fx.accounts.as(admin, () -> groups.count(GroupFilter.ALL));
        assertThat(fx.accounts.as(admin, search::rebuild)).isTrue();
        // meanwhile the old index answers (or already the new one, when the rebuild was that quick)
        assertThat(fx.accounts
                        .as(admin, () -> search.groups("", Map.of(), 10, false, false))
                        .total())
                .isIn(before, inDatabase);
        indexer.awaitQuiet(30_000);
        RebuildProgress done = fx.accounts.as(admin, search::rebuildProgress);
        assertThat(done.running()).isFalse();
        assertThat(done.error()).isNull();
        assertThat(done.done()).isEqualTo(done.total());
        // the rebuilt index holds exactly the database's groups (other test contexts in this JVM add groups that
        // this context's index only learns of by a rebuild)
        assertThat(fx.accounts
                        .as(admin, () -> search.groups("", Map.of(), 10, false, false))
                        .total())
                .isEqualTo(inDatabase);
        String officer = fx.accounts.officer(Set.of(fx.municipality("Bally")));
        assertThat(Assertions.catchThrowable(() -> fx.accounts.as(officer, search::rebuild)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<Long> groupsFound(String officer, String text) throws InterruptedException {
        indexer.awaitQuiet(5000);
        return fx.accounts.as(officer, () -> search.groups(text, Map.of(), 50, false, false)).hits().stream()
                .map(SearchService.Hit::id)
                .toList();
    }

    @Test
    void theIndexFollowsAProductRenamedOrDeleted() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        VerifiedGroup group = fx.verifiedGroup(officer, bally, "HANDLOOM");
        long product = fx.accounts.as(
                group.mobile(), () -> fx.products.addProduct(group.id(), "Zardozi cushion", null, null, null, null));
        assertThat(groupsFound(officer, "zardozi")).contains(group.id());

        fx.accounts.as(
                group.mobile(), () -> fx.products.updateProduct(product, "Shitalpati mat", null, null, null, null));
        assertThat(groupsFound(officer, "zardozi")).doesNotContain(group.id());
        assertThat(groupsFound(officer, "shitalpati")).contains(group.id());

        fx.accounts.as(group.mobile(), () -> fx.products.deleteProduct(product));
        assertThat(groupsFound(officer, "shitalpati")).doesNotContain(group.id());
    }
}
