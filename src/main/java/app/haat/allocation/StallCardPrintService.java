package app.haat.allocation;

import app.haat.core.api.ConflictException;
import app.haat.core.data.NaturalOrder;
import app.haat.core.i18n.Translator;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.ExhibitionService;
import app.haat.group.StallCardService;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stall cards of every group holding a kiosk at an exhibition, one A5 page each in kiosk order, for the officers
 * who manage the exhibition's venue (admins: any) to print for the kiosks. A group without a UPI ID still gets its page
 * (name, products, "no UPI ID yet"): the printing officer sees how many those are beside the button.
 */
@Service
public class StallCardPrintService {

    private final ExhibitionService exhibitions;
    private final StallCardPrintRepository repository;
    private final StallCardService cards;
    private final Translator translator;

    StallCardPrintService(
            ExhibitionService exhibitions,
            StallCardPrintRepository repository,
            StallCardService cards,
            Translator translator) {
        this.exhibitions = exhibitions;
        this.repository = repository;
        this.cards = cards;
        this.translator = translator;
    }

    /** How many groups hold kiosks, and how many of them have no UPI ID yet. */
    public record Summary(int groups, int withoutUpiId) {}

    @Transactional(readOnly = true)
    public Summary summary(long exhibitionId) {
        exhibitions.requireManage(exhibitionId);
        List<Long> groups = List.copyOf(kiosksByGroup(exhibitionId).keySet());
        return new Summary(groups.size(), groups.isEmpty() ? 0 : cards.withoutUpiId(groups));
    }

    /** The cards as one PDF in the reader's language; refused (409) while no group holds a kiosk. */
    @Transactional(readOnly = true)
    public byte[] print(long exhibitionId, Locale locale) {
        Exhibition exhibition = exhibitions.requireManage(exhibitionId);
        Map<Long, TreeSet<String>> kiosks = kiosksByGroup(exhibitionId);
        if (kiosks.isEmpty()) {
            throw new ConflictException("stallCard.error.noGroups");
        }
        boolean bengali = Translator.BENGALI.getLanguage().equals(locale.getLanguage());
        String title = exhibition.title(bengali);
        List<StallCardService.Print> prints = kiosks.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getValue().first(), NaturalOrder.TEXT))
                .map(e -> new StallCardService.Print(
                        e.getKey(),
                        translator.getTranslation("stallCard.kiosk", locale, String.join(", ", e.getValue()), title)))
                .toList();
        return cards.cards(prints, translator.getTranslation("stallCard.printTitle", locale, title), locale);
    }

    private Map<Long, TreeSet<String>> kiosksByGroup(long exhibitionId) {
        return repository.held(exhibitionId).stream()
                .collect(Collectors.groupingBy(
                        StallCardPrintRepository.Held::groupId,
                        Collectors.mapping(
                                StallCardPrintRepository.Held::kiosk,
                                Collectors.toCollection(() -> new TreeSet<>(NaturalOrder.TEXT)))));
    }
}
