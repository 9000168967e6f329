package app.haat.group;

/** Personal data in lists is shown masked; the full value only where the viewer may see it. */
final class Masking {

    private Masking() {
    }

    /** 9830012345 becomes ******2345. */
    static String phone(String phone) {
        if (phone == null || phone.length() < 4) {
            return "";
        }
        return "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 4);
    }
}
