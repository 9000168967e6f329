package app.haat.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Realistic sample data for each kind of message, for the admins' template preview and the benchmark. */
final class MessageSamples {

    private MessageSamples() {}

    static Map<String, Object> of(MessageType type, String language) {
        boolean bn = "bn".equals(language);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", bn ? "রুমা দাস" : "Ruma Das");
        m.put("groupName", bn ? "মা সারদা স্বনির্ভর গোষ্ঠী" : "Maa Sarada Swanirbhar Gosthi");
        m.put("link", "http://localhost:8080/verify?token=sample");
        switch (type) {
            case GROUP_VERIFIED -> m.put("municipality", bn ? "বালি" : "Bally");
            case GROUP_REJECTED -> m.put("reason", bn ? "প্যান নম্বর মিলছে না" : "The PAN does not match the records");
            case APPLICATION_STATUS -> {
                m.put("exhibition", bn ? "শীতের হাট, সিটি সেন্টার" : "Winter Haat, City Centre");
                m.put("status", "WAITLISTED");
                m.put("position", bn ? "৩" : "3");
                m.put("reason", "");
            }
            case ASSIGNMENT, WAITLIST_PROMOTION, EXHIBITION_POSTPONED -> assignment(m, bn);
            case WAITLIST_OFFER, EXHIBITION_CANCELLED, ATTENDANCE_CONFIRM, SLOT_CLOSED -> plansChange(type, m, bn);
            case TRAINING_ENROLLMENT, REMINDER, TRAINING_CHANGED -> training(m, bn);
            case TRAINING_CANCELLED -> {
                training(m, bn);
                m.put("reason", bn ? "প্রশিক্ষক অসুস্থ" : "The trainer is ill");
            }
            case DESK_CASE, DESK_APPOINTMENT -> desk(type, m, bn);
            case APPLICATIONS_CLOSED -> {
                m.put("exhibition", bn ? "শীতের হাট, সিটি সেন্টার" : "Winter Haat, City Centre");
                m.put("seedSha256", "2ceb42ccbf3a5c6ed02adf6643855a6b723e106d8dee46c540c723a50624d057");
                m.put("link", "http://localhost:8080/catalogue/draw/1");
            }
            case APPLICATIONS_OPEN, APPLICATIONS_CLOSING, APPLICATION_RECEIVED -> {
                m.put("exhibitionId", 1);
                m.put("exhibition", bn ? "শীতের হাট, সিটি সেন্টার" : "Winter Haat, City Centre");
                m.put("closesOn", bn ? "১৫/১১/২০২৬" : "15/11/2026");
                m.put("link", "http://localhost:8080/my-stalls");
            }
            case REVIEW_WAITING -> {
                m.put("exhibitionId", 1);
                m.put("exhibition", bn ? "শীতের হাট, সিটি সেন্টার" : "Winter Haat, City Centre");
                m.put("count", bn ? "৪২" : "42");
                m.put("link", "http://localhost:8080/exhibition/1");
            }
            case ONE_TIME_CODE -> {
                m.put("code", "482913");
                m.put("minutes", bn ? "১০" : "10");
            }
            case SIGNUP_NUMBER_IN_USE -> {
                m.put("mobile", "9830012345");
                m.put("link", "http://localhost:8080/forgot-password");
            }
            default -> {
                // the common keys are enough
            }
        }
        return m;
    }

    /** A request at a centre's desk: a step of its case, or its appointment. */
    private static void desk(MessageType type, Map<String, Object> m, boolean bn) {
        m.put("centre", bn ? "সিটি লাইভলিহুড সেন্টার, উত্তর দমদম" : "City Livelihood Centre, North Dum Dum");
        m.put("request", bn ? "জিএসটি নিবন্ধন" : "GST registration");
        m.put("link", "http://localhost:8080/my-requests");
        if (type == MessageType.DESK_APPOINTMENT) {
            m.put("what", bn ? "বুক হয়েছে" : "booked");
            m.put("when", bn ? "১২/১২/২০২৬ ১১:০০" : "12/12/2026 11:00");
        } else {
            m.put("step", bn ? "পাওয়া গেছে" : "obtained");
            m.put("detail", "19AAGFM1234K1Z8");
        }
    }

    /** Plans that change: a kiosk offered, an exhibition called off, days of a slot lost, a confirmation asked. */
    private static void plansChange(MessageType type, Map<String, Object> m, boolean bn) {
        m.put("exhibition", bn ? "শীতের হাট, সিটি সেন্টার" : "Winter Haat, City Centre");
        m.put("link", "http://localhost:8080/my-stalls");
        switch (type) {
            case WAITLIST_OFFER -> {
                assignment(m, bn);
                m.put("deadline", bn ? "০২/১২/২০২৬ ১৮:০০" : "02/12/2026 18:00");
            }
            case EXHIBITION_CANCELLED ->
                m.put("reason", bn ? "মল সংস্কারের জন্য বন্ধ" : "The mall is closed for repairs");
            case SLOT_CLOSED -> {
                m.put("dateFrom", bn ? "১০/০১/২০২৭" : "10/01/2027");
                m.put("dateTo", bn ? "১৬/০১/২০২৭" : "16/01/2027");
                m.put("reason", bn ? "বন্যায় মল বন্ধ" : "The mall is shut by the flood");
            }
            default -> {
                m.put("kiosk", "K-03");
                m.put("dateFrom", bn ? "০১/১২/২০২৬" : "01/12/2026");
            }
        }
    }

    /** An allotment or a promotion from the waitlist: the stall, its venue and floor plan, and the calendar event. */
    private static void assignment(Map<String, Object> m, boolean bn) {
        m.put("exhibition", bn ? "শীতের হাট, সিটি সেন্টার" : "Winter Haat, City Centre");
        m.put("venue", bn ? "সিটি সেন্টার মল, সল্টলেক" : "City Centre Mall, Salt Lake");
        m.put(
                "address",
                bn
                        ? "ডিসি ব্লক, সেক্টর ১, বিধাননগর, কলকাতা ৭০০০৬৪"
                        : "DC Block, Sector 1, Bidhannagar, Kolkata 700064");
        m.put("kiosk", "K-03");
        m.put("floor", bn ? "নিচতলা" : "Ground floor");
        m.put("dateFrom", bn ? "০১/১২/২০২৬" : "01/12/2026");
        m.put("dateTo", bn ? "০৭/১২/২০২৬" : "07/12/2026");
        m.put("reference", "HAAT/2026/000123");
        m.put("issuedOn", bn ? "২৬/১১/২০২৬" : "26/11/2026");
        m.put("municipality", bn ? "বিধাননগর" : "Bidhannagar");
        m.put(
                "contacts",
                List.of((bn ? "সুমিতা ঘোষ" : "Sumita Ghosh") + " · 9830012345 · officer@bidhannagar.example"));
        m.put(
                "whatToBring",
                bn
                        ? "গোষ্ঠীর পরিচয়পত্র, এই চিঠি, পণ্যের দামের তালিকা ও একটি টেবিলক্লথ।"
                        : "The group's identity card, this letter, a price list of your products and a table cloth.");
        m.put("mapLink", "https://www.openstreetmap.org/?mlat=22.5880&mlon=88.4086#map=18/22.5880/88.4086");
        m.put(
                "floorPlan",
                List.of(
                        Map.of("code", "K-01", "x", 0, "y", 0, "w", 4, "h", 3),
                        Map.of("code", "K-02", "x", 4, "y", 0, "w", 4, "h", 3),
                        Map.of("code", "K-03", "x", 8, "y", 0, "w", 4, "h", 3),
                        Map.of("code", "K-04", "x", 0, "y", 5, "w", 4, "h", 3),
                        Map.of("code", "K-05", "x", 4, "y", 5, "w", 4, "h", 3),
                        Map.of("code", "K-06", "x", 8, "y", 5, "w", 4, "h", 3)));
        m.put("eventUid", "assignment-sample@haat");
        m.put("eventStart", "2026-12-01");
        m.put("eventEnd", "2026-12-08");
        m.put("eventSummary", (bn ? "হাট স্টল K-03: " : "Haat stall K-03: ") + m.get("venue"));
        m.put("eventLocation", m.get("address"));
    }

    /** An enrollment in a training or its reminder, with the calendar event. */
    private static void training(Map<String, Object> m, boolean bn) {
        m.put("memberName", bn ? "পূর্ণিমা মণ্ডল" : "Purnima Mondal");
        m.put("topic", bn ? "পণ্যের ছবি তোলা" : "Product photography");
        m.put("date", "09/12/2026");
        m.put("time", "11:00");
        m.put(
                "place",
                bn ? "প্রশিক্ষণ কক্ষ ২, সল্টলেক সেক্টর-১ কেন্দ্র" : "Training room 2, Salt Lake Sector-1 centre");
        m.put("eventUid", "training-sample@haat");
        m.put("eventStart", "2026-12-09T11:00");
        m.put("eventEnd", "2026-12-09T13:00");
        m.put("eventSummary", m.get("topic"));
        m.put("eventLocation", m.get("place"));
    }
}
