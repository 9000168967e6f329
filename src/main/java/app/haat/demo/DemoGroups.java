package app.haat.demo;

import app.haat.group.GroupFilter;
import app.haat.group.GroupRegistrationService;
import app.haat.group.GroupService;
import app.haat.group.SignUpForm;
import app.haat.group.StallCardService;
import app.haat.region.Municipality;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A few hundred realistic groups for demo mode: names in Bengali and in Latin letters as people write them, spread
 * over the municipalities of the two CLC zones, most verified, some waiting for their officer.
 */
final class DemoGroups {

    private static final String[] PREFIX_BN = {
        "মা সারদা",
        "মা দুর্গা",
        "মা লক্ষ্মী",
        "জয় মা তারা",
        "নবদিগন্ত",
        "আলোর দিশা",
        "সবুজ সাথী",
        "নারী শক্তি",
        "প্রগতি",
        "সোনার বাংলা",
        "মা মনসা",
        "রূপসী বাংলা"
    };
    private static final String[] SUFFIX_BN = {
        "স্বনির্ভর গোষ্ঠী", "মহিলা স্বনির্ভর গোষ্ঠী", "স্বয়ম্ভর গোষ্ঠী", "মহিলা সমিতি"
    };
    private static final String[] PREFIX_EN = {
        "Maa Sarada",
        "Jay Maa Tara",
        "Nabadiganta",
        "Alor Disha",
        "Sabuj Sathi",
        "Nari Shakti",
        "Pragati",
        "Sonar Bangla",
        "Maa Laxmi",
        "Annapurna",
        "Ruposhi Bangla",
        "Ekata"
    };
    private static final String[] SUFFIX_EN = {
        "Swanirbhar Gosthi", "Mahila SHG", "Self Help Group", "Mahila Samity", "Swayambhar Dal"
    };
    private static final String[] LEADERS = {
        "রুমা দাস",
        "শ্যামলী ঘোষ",
        "পূর্ণিমা মণ্ডল",
        "Mita Pal",
        "Sabita Roy",
        "মৌসুমী বিশ্বাস",
        "Anjali Sarkar",
        "Rekha Mondal",
        "তাপসী সাহা",
        "Shikha Dutta"
    };
    private static final String[] CATEGORIES = {"HANDLOOM", "CRAFT", "FOOD", "JUTE", "HEALTH", "OTHER"};

    private DemoGroups() {}

    /**
     * Creates {@code count} groups unless the registry has some already; answers how many it created. Four in five get
     * a UPI ID as people have them: a mobile number at PhonePe's handle, or a name at a bank's.
     */
    static int load(
            GroupService groups,
            GroupRegistrationService registrations,
            StallCardService stallCards,
            List<Municipality> municipalities,
            int count) {
        if (municipalities.isEmpty() || groups.count(GroupFilter.ALL) > 0) {
            return 0;
        }
        Random random = new Random(2026); // the same demo every time
        for (int i = 0; i < count; i++) {
            Municipality m = municipalities.get(random.nextInt(municipalities.size()));
            boolean bengali = random.nextInt(3) > 0;
            String name = bengali
                    ? PREFIX_BN[random.nextInt(PREFIX_BN.length)] + " " + SUFFIX_BN[random.nextInt(SUFFIX_BN.length)]
                    : PREFIX_EN[random.nextInt(PREFIX_EN.length)] + " " + SUFFIX_EN[random.nextInt(SUFFIX_EN.length)];
            String ward = Integer.toString(1 + random.nextInt(35));
            String phone = Long.toString(9_700_000_000L + i);
            SignUpForm form = new SignUpForm(
                    name + (i >= 60 ? " " + ward : ""),
                    m.id(),
                    ward,
                    10 + random.nextInt(11),
                    LEADERS[random.nextInt(LEADERS.length)],
                    phone,
                    null,
                    null,
                    true,
                    Set.of(CATEGORIES[random.nextInt(CATEGORIES.length)]),
                    bengali ? "bn" : "en");
            long id = registrations.createVerified(
                    form, i % 4 == 0 ? "WB/SHG/" + m.nameEn().toUpperCase().replace(' ', '-') + "/" + i : null);
            if (i % 5 != 3) {
                stallCards.changeUpiId(
                        id,
                        bengali
                                ? phone + "@ybl"
                                : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + i + "@okaxis");
            }
        }
        return count;
    }
}
