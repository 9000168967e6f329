package app.haat.catalogue;

import app.haat.core.api.NotFoundException;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.i18n.Translator;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.group.ProductService;
import app.haat.venue.MapLocation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public exhibitor catalogue: no sign-in, so only published (or running) exhibitions that have not ended, and
 * only verified groups, with names, categories, products, photos and kiosks: no phone numbers or personal data.
 */
@Service
public class CatalogueService {

    private final CatalogueRepository repository;
    private final OnlineShopRepository shops;
    private final ProductService products;
    private final Clock clock;

    CatalogueService(CatalogueRepository repository, OnlineShopRepository shops, ProductService products, Clock clock) {
        this.repository = repository;
        this.shops = shops;
        this.products = products;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.INDIA));
    }

    /** A group at its kiosk, as the page shows it. */
    public record StandView(
            String kiosk,
            long groupId,
            String groupName,
            String from,
            String categories,
            String products,
            @Nullable Long photoId,
            String place,
            List<OnlineShop> shops) {}

    /** A group's online shop confirmed by its officer: the marketplace's name in the page's language, the link. */
    public record OnlineShop(String marketplace, String link) {}

    /** One exhibition with its stands, slot by slot. */
    public record ShowView(
            long id,
            String title,
            String venue,
            @Nullable String address,
            String municipality,
            String dates,
            boolean running,
            Map<String, List<StandView>> slots,
            int groups,
            String mapLink) {}

    public record PlaceView(long id, String name, int exhibitions) {}

    @Transactional(readOnly = true)
    public List<PlaceView> municipalities(boolean bengali) {
        return repository.municipalities(today()).stream()
                .map(p -> new PlaceView(p.id(), bengali ? p.nameBn() : p.nameEn(), p.exhibitions()))
                .toList();
    }

    /** The current and upcoming exhibitions of a municipality; empty when it has none. */
    @Transactional(readOnly = true)
    public List<ShowView> municipality(long municipalityId, boolean bengali) {
        return views(repository.showsIn(municipalityId, today()), bengali);
    }

    /** One exhibition; not found unless it is published and not over (nothing of it leaks otherwise). */
    @Transactional(readOnly = true)
    public ShowView exhibition(long exhibitionId, boolean bengali) {
        List<ShowView> found = views(repository.show(exhibitionId, today()), bengali);
        if (found.isEmpty()) {
            throw new NotFoundException("catalogue.notFound");
        }
        return found.getFirst();
    }

    /** A product photo's thumbnail, only when its group is on show. */
    @Transactional(readOnly = true)
    public byte[] thumbnail(long photoId) {
        if (!repository.photoShown(photoId, today())) {
            throw new NotFoundException("catalogue.notFound");
        }
        return products.exhibitedThumbnail(photoId);
    }

    /** The groups' confirmed online shops, the marketplaces named in the page's language. */
    private Map<Long, List<OnlineShop>> onlineShops(List<Long> groupIds, boolean bengali) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return shops.confirmedShops(groupIds).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> e.getValue().stream()
                                .map(shop -> new OnlineShop(
                                        bengali ? shop.marketplaceBn() : shop.marketplaceEn(), shop.link()))
                                .toList()));
    }

    private List<ShowView> views(List<CatalogueRepository.Show> shows, boolean bengali) {
        if (shows.isEmpty()) {
            return List.of();
        }
        List<CatalogueRepository.Stand> stands = repository.stands(
                shows.stream().map(CatalogueRepository.Show::id).toList());
        List<Long> groupIds = stands.stream()
                .map(CatalogueRepository.Stand::groupId)
                .distinct()
                .toList();
        Map<Long, List<String>> productNames = groupIds.isEmpty() ? Map.of() : repository.products(groupIds);
        Map<Long, List<CatalogueRepository.CategoryName>> categoryNames =
                groupIds.isEmpty() ? Map.of() : repository.categories(groupIds);
        Map<Long, Long> photos = groupIds.isEmpty() ? Map.of() : repository.firstPhotos(groupIds);
        Map<Long, List<OnlineShop>> online = onlineShops(groupIds, bengali);
        Locale reader = bengali ? Translator.BENGALI : Translator.ENGLISH;
        List<ShowView> views = new ArrayList<>();
        for (CatalogueRepository.Show show : shows) {
            Map<String, List<StandView>> slots = new LinkedHashMap<>();
            int count = 0;
            for (CatalogueRepository.Stand stand : stands) {
                if (stand.exhibitionId() != show.id()) {
                    continue;
                }
                String slot = Formats.date(stand.from(), reader) + " – " + Formats.date(stand.to(), reader);
                slots.computeIfAbsent(slot, s -> new ArrayList<>())
                        .add(new StandView(
                                stand.kiosk(),
                                stand.groupId(),
                                stand.groupName(),
                                slot,
                                String.join(
                                        ", ",
                                        categoryNames.getOrDefault(stand.groupId(), List.of()).stream()
                                                .map(c -> c.in(bengali))
                                                .toList()),
                                String.join(", ", productNames.getOrDefault(stand.groupId(), List.of())),
                                photos.get(stand.groupId()),
                                bengali ? stand.municipalityBn() : stand.municipalityEn(),
                                online.getOrDefault(stand.groupId(), List.of())));
                count++;
            }
            views.add(new ShowView(
                    show.id(),
                    LocalizedName.pick(show.title(), show.titleBn(), bengali),
                    LocalizedName.pick(show.venue(), show.venueBn(), bengali),
                    LocalizedName.pickOptional(show.address(), show.addressBn(), bengali),
                    bengali ? show.municipalityBn() : show.municipalityEn(),
                    Formats.date(show.startsOn(), reader) + " – " + Formats.date(show.endsOn(), reader),
                    show.status() == ExhibitionStatus.RUNNING || !today().isBefore(show.startsOn()),
                    slots,
                    count,
                    MapLocation.link(
                            show.venue(), show.address(), show.municipalityEn(), show.latitude(), show.longitude())));
        }
        return views;
    }
}
