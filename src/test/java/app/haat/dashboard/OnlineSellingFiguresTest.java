package app.haat.dashboard;

import static app.haat.db.Tables.GROUP_LISTING;
import static app.haat.db.Tables.SHG_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.listing.Listing;
import app.haat.listing.ListingForm;
import app.haat.listing.ListingService;
import app.haat.listing.MarketplaceService;
import app.haat.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's online-selling figures on groups made here: confirmed and any listing, ready but not selling, by
 * marketplace, district, municipality and month of the first listing, in the officer's scope and the period.
 */
class OnlineSellingFiguresTest extends IntegrationTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ListingService listings;

    @Autowired
    MarketplaceService marketplaces;

    @Autowired
    DashboardService dashboards;

    @Autowired
    DSLContext dsl;

    private static long value(DashboardService.Dashboard dashboard, String chart, String labelEn) {
        return dashboard.chart(chart).bars().stream()
                .filter(b -> b.labelEn().equals(labelEn))
                .mapToLong(DashboardService.Bar::value)
                .sum();
    }

    private record Seen(
            long confirmed, long any, long ready, long started, long meesho, long municipality, long month) {}

    private Seen seen(String user, Period period) {
        DashboardService.Dashboard d = fx.accounts.as(user, () -> dashboards.dashboard(period));
        return new Seen(
                value(d, "online", "Selling online (confirmed)"),
                value(d, "online", "Selling online (all listings)"),
                value(d, "online", "Ready, not yet selling"),
                value(d, "online", "Started in this period"),
                value(d, "onlineByMarketplace", "Meesho"),
                value(d, "onlineByMunicipality", "Garulia"),
                value(
                        d,
                        "onlineByMonth",
                        YearMonth.now(app.haat.core.i18n.Formats.INDIA).toString()));
    }

    @Test
    void theOfficerCountsTheirGroupsSellingOnlineAndThoseReadyButNotYet() throws Exception {
        long garulia = fx.municipality("Garulia");
        long uttarpara = fx.municipality("Uttarpara-Kotrung");
        String officer = fx.accounts.officer(Set.of(garulia));
        String elsewhere = fx.accounts.officer(Set.of(uttarpara));
        String admin = fx.accounts.admin();
        Seen before = seen(officer, Period.ALL);
        Seen before30 = seen(officer, Period.DAYS_30);
        Seen adminBefore = seen(admin, Period.ALL);
        long meesho = fx.accounts.as(officer, () -> marketplaces.active()).stream()
                .filter(m -> m.name().equals("Meesho"))
                .findFirst()
                .orElseThrow()
                .id();

        VerifiedGroup confirmed = fx.verifiedGroup(officer, garulia, "HANDLOOM");
        VerifiedGroup waiting = fx.verifiedGroup(officer, garulia, "HANDLOOM");
        VerifiedGroup ready = fx.verifiedGroup(officer, garulia, "HANDLOOM");
        VerifiedGroup old = fx.verifiedGroup(officer, garulia, "HANDLOOM");
        VerifiedGroup outside = fx.verifiedGroup(elsewhere, uttarpara, "HANDLOOM");
        shop(confirmed, meesho, officer, true);
        shop(confirmed, meesho, officer, true); // a second shop: the group still counts once
        shop(waiting, meesho, officer, false);
        Listing oldShop = shop(old, meesho, officer, true);
        shop(outside, meesho, elsewhere, true);
        dsl.update(GROUP_LISTING)
                .set(GROUP_LISTING.CREATED_AT, OffsetDateTime.now().minusDays(100))
                .where(GROUP_LISTING.ID.eq(oldShop.id()))
                .execute();
        dsl.update(SHG_GROUP)
                .set(SHG_GROUP.PAN, "ABCDE1234F")
                .set(SHG_GROUP.GSTIN, "19ABCDE1234F1Z5")
                .set(SHG_GROUP.BANK_ACCOUNT, "123456789012")
                .set(SHG_GROUP.IFSC, "SBIN0001234")
                .set(SHG_GROUP.PHOTO_COUNT, 3)
                .set(SHG_GROUP.ERETAIL_TRAINED_AT, OffsetDateTime.now())
                .where(SHG_GROUP.ID.eq(ready.id()))
                .execute();

        Seen after = seen(officer, Period.ALL);
        assertThat(after.confirmed() - before.confirmed()).isEqualTo(2);
        assertThat(after.any() - before.any()).isEqualTo(3);
        assertThat(after.ready() - before.ready()).isEqualTo(1);
        assertThat(after.meesho() - before.meesho()).isEqualTo(2);
        assertThat(after.municipality() - before.municipality()).isEqualTo(2);
        assertThat(after.month() - before.month())
                .as("first listings this month")
                .isEqualTo(2);
        assertThat(after.started())
                .as("no 'started in the period' bar for all time")
                .isZero();
        Seen after30 = seen(officer, Period.DAYS_30);
        assertThat(after30.started() - before30.started()).isEqualTo(2);
        assertThat(after30.month() - before30.month()).isEqualTo(2);
        // the admin sees the other zone's group too; the district chart counts Garulia's district
        Seen adminAfter = seen(admin, Period.ALL);
        assertThat(adminAfter.confirmed() - adminBefore.confirmed()).isEqualTo(3);
        DashboardService.Dashboard mine = fx.accounts.as(officer, () -> dashboards.dashboard(Period.ALL));
        assertThat(mine.chart("onlineByDistrict").bars())
                .extracting(DashboardService.Bar::labelEn)
                .containsExactly("North 24 Parganas");
        assertThat(mine.chart("onlineByMunicipality").bars())
                .extracting(DashboardService.Bar::labelBn)
                .containsExactly("গারুলিয়া");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        fx.accounts.as(officer, () -> dashboards.writePdf(Period.ALL, Locale.forLanguageTag("bn"), pdf));
        assertThat(pdf.size()).isPositive();
    }

    private Listing shop(VerifiedGroup group, long marketplace, String officer, boolean confirm) {
        Listing shop = fx.accounts.as(
                group.mobile(),
                () -> listings.add(
                        group.id(),
                        new ListingForm(
                                marketplace,
                                "S" + System.nanoTime(),
                                "https://www.meesho.com/shop/" + group.id(),
                                null)));
        if (confirm) {
            fx.accounts.as(officer, () -> listings.confirm(group.id(), shop.id(), true));
        }
        return shop;
    }
}
