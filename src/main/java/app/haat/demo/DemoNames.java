package app.haat.demo;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.exhibition.ExhibitionForm;
import app.haat.venue.VenueForm;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The Bengali names of the demo's venues, addresses, exhibitions and rooms, so Bengali readers see them. */
final class DemoNames {

    private static final Map<String, String> BENGALI = Map.ofEntries(
            Map.entry("City Centre Salt Lake", "সিটি সেন্টার সল্টলেক"),
            Map.entry("DC Block, Sector 1, Salt Lake", "ডিসি ব্লক, সেক্টর ১, সল্টলেক"),
            Map.entry("Medinipur City Mall", "মেদিনীপুর সিটি মল"),
            Map.entry("Keranitola, Medinipur", "কেরানিতলা, মেদিনীপুর"),
            Map.entry("South City Mall", "সাউথ সিটি মল"),
            Map.entry("Prince Anwar Shah Road, Kolkata", "প্রিন্স আনোয়ার শাহ রোড, কলকাতা"),
            Map.entry("Haat Centre, Salt Lake Sector-1", "হাট কেন্দ্র, সল্টলেক সেক্টর-১"),
            Map.entry("Sector-1, Bidhannagar", "সেক্টর-১, বিধাননগর"),
            Map.entry("City Livelihood Centre, North Dum Dum", "সিটি লাইভলিহুড সেন্টার, উত্তর দমদম"),
            Map.entry("Birati, North Dum Dum", "বিরাটি, উত্তর দমদম"),
            Map.entry("City Livelihood Centre, Medinipur", "সিটি লাইভলিহুড সেন্টার, মেদিনীপুর"),
            Map.entry("Collectorate More, Medinipur", "কালেক্টরেট মোড়, মেদিনীপুর"),
            Map.entry("Poush Mela at City Centre", "সিটি সেন্টারে পৌষ মেলা"),
            Map.entry("Sharad Utsav at City Centre", "সিটি সেন্টারে শারদ উৎসব"),
            Map.entry("Chaitra Sale, Medinipur", "চৈত্র সেল, মেদিনীপুর"),
            Map.entry("Durga Puja Haat, Medinipur", "দুর্গাপুজোর হাট, মেদিনীপুর"),
            Map.entry("Handloom week at South City", "সাউথ সিটিতে তাঁত সপ্তাহ"),
            Map.entry("Winter Haat at South City", "সাউথ সিটিতে শীতের হাট"),
            Map.entry("Training room 1", "প্রশিক্ষণ কক্ষ ১"),
            Map.entry("Computer room", "কম্পিউটার কক্ষ"));

    private static final String VAN = "Chandannagar Haat van ";

    private DemoNames() {}

    /** The Bengali name of a demo name, or null if it has none. */
    static @Nullable String bengali(@Nullable String english) {
        if (english == null) {
            return null;
        }
        if (english.startsWith(VAN)) {
            return "চন্দননগর হাট ভ্যান " + Formats.digits(english.substring(VAN.length()), Translator.BENGALI);
        }
        return BENGALI.get(english);
    }

    static VenueForm inBengaliToo(VenueForm form) {
        return form.withBengali(bengali(form.name()), bengali(form.address()));
    }

    static ExhibitionForm inBengaliToo(ExhibitionForm form) {
        return form.withTitleBn(bengali(form.title()));
    }
}
