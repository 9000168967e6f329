package app.haat.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class PhoneticKeyTest {

    /** All words must share one non-empty key. */
    private static void sameKey(String first, String... others) {
        String expected = PhoneticKey.key(first);
        assertThat(expected).as("key of %s", first).isNotEmpty();
        for (String other : others) {
            assertThat(PhoneticKey.key(other))
                    .as("key of %s, expected the key of %s", other, first)
                    .isEqualTo(expected);
        }
    }

    private static void differentKeys(String a, String b) {
        assertThat(PhoneticKey.key(a)).as("%s against %s", a, b).isNotEqualTo(PhoneticKey.key(b));
    }

    @Test
    void bengaliScriptAndRomanisedSpellingsShareAKey() {
        sameKey("স্বনির্ভর", "swanirvar", "swanirbhar", "sanirvar", "swanirvor", "sanirbhor", "Swanirbhar");
        sameKey("সমিতি", "samiti", "somity", "somiti", "samity");
        sameKey("গোষ্ঠী", "gosthi", "goshthi", "gosti", "goshti");
        sameKey("মা", "maa", "ma");
        sameKey("সারদা", "sarada", "sharada", "saroda");
        sameKey("লক্ষ্মী", "laxmi", "lakshmi", "laksmi");
        sameKey("কাঁথা", "kantha");
        sameKey("জামদানি", "jamdani");
        sameKey("ডোকরা", "dokra", "dhokra");
        sameKey("মাদুর", "madur");
        sameKey("মহিলা", "mahila", "mohila");
        sameKey("সংঘ", "sangha", "sangho", "sango");
        sameKey("জয়", "joy", "jai", "jay");
        sameKey("স্বপ্ন", "swapna", "swapno", "sopno");
        sameKey("স্বয়ম্ভর", "swayambhar", "swayamvar", "soyambhar");
        sameKey("উন্নয়ন", "unnayan", "unnoyon");
        sameKey("জাগরণ", "jagaran", "jagoron");
        sameKey("নবদিগন্ত", "nabadiganta", "nobodiganto");
        sameKey("ইছামতী", "ichhamati", "icchamoti");
    }

    @Test
    void foldsTheCommonConsonantVariants() {
        sameKey("শীতলা", "sitala", "shitala", "sheetala"); // s/sh/ś, ee/i
        sameKey("কৃষ্ণনগর", "krishnanagar", "krisnanagar"); // ঋ-kar, sh/s
        sameKey("ক্ষীর", "kheer", "kshir"); // ক্ষ
        sameKey("শ্যামলী", "shyamali", "shamoli", "syamali"); // য-phala
        sameKey("বিশ্বাস", "biswas", "bishwas"); // ব-phala
        sameKey("হংসেশ্বরী", "hanseswari", "hangsheshwari"); // anusvara typed n or ng
        sameKey("যমুনা", "jamuna", "yamuna"); // য as j or y
        sameKey("ইয়াসমিন", "yasmin", "yeasmin");
        sameKey("ফারহানা", "farhana", "pharhana"); // ph/f
        sameKey("kazi", "kaji"); // z/j
        sameKey("quilt", "kuilt"); // q/k
        sameKey("ব্যারাকপুর", "barrackpore", "barakpur"); // doubled letters, -pore
    }

    @Test
    void foldsDiacriticsCaseDigitsAndInvisibleCharacters() {
        sameKey("Śāradā", "sarada", "SARADA");
        sameKey("Lakṣmī", "laxmi");
        sameKey("২৪", "24");
        sameKey("বাদুড়িয়া", "বাদুড\u09BCিয\u09BCা", "baduria"); // precomposed and nukta forms
        sameKey("স্বনির্ভর", "স্\u200Cবনির্ভর", "স্বনি\u200Dর্ভর");
        sameKey("maa-সারদা", "maasarada", "মাসারদা");
    }

    @Test
    void keepsDifferentWordsApart() {
        differentKeys("durga", "tara");
        differentKeys("jute", "jamdani");
        differentKeys("sarada", "sabuj");
        differentKeys("kantha", "katha");
        differentKeys("madur", "mudra");
        differentKeys("রিনা", "রুনা");
        differentKeys("soma", "sona");
        differentKeys("samiti", "sampriti");
        differentKeys("সমিতি", "সংঘ");
        differentKeys("gosthi", "ghosh");
    }

    @Test
    void toleratesOddInput() {
        assertThat(PhoneticKey.key("")).isEmpty();
        assertThat(PhoneticKey.key(null)).isEmpty();
        assertThat(PhoneticKey.key("!!!")).isEmpty();
        assertThat(PhoneticKey.key("\u0964 \u200D")).isEmpty();
        assertThatCode(() -> PhoneticKey.key("ি")).doesNotThrowAnyException();
        assertThatCode(() -> PhoneticKey.key("্্ঁংঃ়")).doesNotThrowAnyException();
        assertThat(PhoneticKey.key("maa-সারদা")).isNotEmpty();

        StringBuilder everything = new StringBuilder();
        for (char c = '\u0980'; c <= '\u09FF'; c++) {
            everything.append(c);
        }
        assertThatCode(() -> PhoneticKey.key(everything.toString())).doesNotThrowAnyException();

        String tenThousand = "স্বনির্ভর-x্ভ".repeat(1000).substring(0, 10_000);
        assertThat(tenThousand).hasSize(10_000);
        assertThat(PhoneticKey.key(tenThousand)).isNotEmpty();
    }

    @Test
    void recognisesBengaliScript() {
        assertThat(PhoneticKey.isBengali("সমিতি")).isTrue();
        assertThat(PhoneticKey.isBengali("maa-সারদা")).isTrue();
        assertThat(PhoneticKey.isBengali("samiti")).isFalse();
        assertThat(PhoneticKey.isBengali("")).isFalse();
    }
}
