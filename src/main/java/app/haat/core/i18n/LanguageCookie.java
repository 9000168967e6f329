package app.haat.core.i18n;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;

/**
 * The language a visitor chose before signing in (or last chose in the UI), kept in a cookie for a year, so the
 * sign-in page and the screens after it speak the same language.
 */
public final class LanguageCookie {

    public static final String NAME = "haat-lang";

    private LanguageCookie() {}

    /** "bn" or "en" from the request's cookies, or null when there is none (or it says something else). */
    public static @Nullable String read(Cookie @Nullable [] cookies) {
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && ("bn".equals(cookie.getValue()) || "en".equals(cookie.getValue()))) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** The cookie that remembers the language for a year. */
    public static Cookie cookie(String language, boolean secure) {
        Cookie cookie = new Cookie(NAME, "bn".equals(language) ? "bn" : "en");
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 60 * 60);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
