package app.haat.desk;

import static app.haat.db.Tables.SHG_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.group.GroupService;
import app.haat.group.ProductService;
import app.haat.group.Readiness;
import app.haat.search.ReadinessItems;
import app.haat.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Readiness follows the rules of #23 alike in Java (group.Readiness) and SQL (search.ReadinessItems): a GST
 * enrolment number readies a group for West Bengal, a GSTIN for India; food groups need FSSAI; a way to be paid.
 */
class ReadinessRulesTest extends IntegrationTest {

    @Autowired
    DeskFixtures desk;

    @Autowired
    GroupService groups;

    @Autowired
    ProductService products;

    @Autowired
    DSLContext dsl;

    private long group(Set<String> categories, Map<Field<?>, Object> fields) {
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", categories);
        if (!fields.isEmpty()) {
            dsl.update(SHG_GROUP).set(fields).where(SHG_GROUP.ID.eq(group.id())).execute();
        }
        return group.id();
    }

    @Test
    void javaAndSqlAgreeOnEveryItemAndOnWhereTheGroupMaySell() {
        OffsetDateTime now = OffsetDateTime.now();
        long bare = group(Set.of("CRAFT"), Map.of());
        long enrolled = group(
                Set.of("FOOD"),
                Map.of(
                        SHG_GROUP.PAN, "AAGFM1234K",
                        SHG_GROUP.GST_ENROLMENT, "ENR190000123",
                        SHG_GROUP.BANK_ACCOUNT, "123456789012",
                        SHG_GROUP.IFSC, "SBIN0001234"));
        long registered = group(
                Set.of("FOOD", "CRAFT"),
                Map.of(
                        SHG_GROUP.PAN, "AAGFM1234K",
                        SHG_GROUP.GSTIN, DeskServiceTest.GSTIN,
                        SHG_GROUP.GST_ENROLMENT, "ENR190000124",
                        SHG_GROUP.FSSAI_NUMBER, "22819012000123",
                        SHG_GROUP.BANK_ACCOUNT, "123456789012",
                        SHG_GROUP.IFSC, "SBIN0001234",
                        SHG_GROUP.ERETAIL_TRAINED_AT, now));
        long noIfsc = group(Set.of("JUTE"), Map.of(SHG_GROUP.BANK_ACCOUNT, "123456789012"));

        for (long id : List.of(bare, enrolled, registered, noIfsc)) {
            Readiness java = desk.accounts.as(desk.accounts.admin(), () -> products.readiness(id));
            int sql =
                    desk.accounts.as(desk.accounts.admin(), () -> groups.get(id).readinessDone());
            String reach = dsl.select(ReadinessItems.REACH)
                    .from(SHG_GROUP)
                    .where(SHG_GROUP.ID.eq(id))
                    .fetchOne()
                    .value1();
            assertThat(sql).as("group " + id).isEqualTo(java.done());
            assertThat(reach).as("group " + id).isEqualTo(java.reach().name());
            assertThat(java.items()).hasSize(ReadinessItems.ITEMS);
        }
        Readiness none = desk.accounts.as(desk.accounts.admin(), () -> products.readiness(bare));
        // a craft group needs no FSSAI: that item is done
        assertThat(none.items()).containsEntry("fssai", true).containsEntry("gstin", false);
        assertThat(none.done()).isEqualTo(1);
        Readiness westBengal = desk.accounts.as(desk.accounts.admin(), () -> products.readiness(enrolled));
        assertThat(westBengal.reach()).isEqualTo(Readiness.Reach.WEST_BENGAL);
        assertThat(westBengal.items())
                .containsEntry("gstin", true)
                .containsEntry("fssai", false)
                .containsEntry("bank", true);
        Readiness india = desk.accounts.as(desk.accounts.admin(), () -> products.readiness(registered));
        assertThat(india.reach()).isEqualTo(Readiness.Reach.INDIA);
        assertThat(india.done()).isEqualTo(ReadinessItems.ITEMS - 1); // all but the photos
        assertThat(desk.accounts
                        .as(desk.accounts.admin(), () -> products.readiness(noIfsc))
                        .items())
                .containsEntry("bank", false);
    }
}
