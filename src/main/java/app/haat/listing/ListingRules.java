package app.haat.listing;

import app.haat.core.api.InputRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The field rules of a listing and of a marketplace, shared by every path that writes them. */
final class ListingRules {

    static final int MAX_SELLER_ID = 80;
    static final int MAX_LINK = 500;
    static final int MAX_MARKETPLACE_NAME = 80;
    static final int MAX_PRODUCTS = 200;

    private ListingRules() {}

    /** The seller id stripped; adds its refusal to the errors. */
    static String sellerId(@Nullable String sellerId, List<String> errors) {
        String stripped = sellerId == null ? "" : sellerId.strip();
        if (stripped.isEmpty()) {
            errors.add("listing.error.sellerId");
        } else if (stripped.length() > MAX_SELLER_ID) {
            errors.add("listing.error.sellerIdLength");
        }
        InputRules.checkSingleLine(errors, sellerId);
        return stripped;
    }

    /**
     * The link as stored (scheme in lower case), or the refusal added to the errors: only an absolute http or https
     * address with a host, no spaces, no control characters (javascript:, ftp:, a bare name are refused).
     */
    static String link(@Nullable String link, List<String> errors) {
        String stripped = link == null ? "" : link.strip();
        if (stripped.isEmpty()) {
            errors.add("listing.error.linkMissing");
            return stripped;
        }
        if (stripped.length() > MAX_LINK) {
            errors.add("listing.error.linkLength");
            return stripped;
        }
        if (!InputRules.isSingleLine(stripped) || stripped.chars().anyMatch(Character::isWhitespace)) {
            errors.add("listing.error.link");
            return stripped;
        }
        try {
            URI uri = new URI(stripped);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getHost().isBlank()
                    || uri.getRawUserInfo() != null) {
                errors.add("listing.error.link");
                return stripped;
            }
            return scheme + stripped.substring(scheme.length());
        } catch (URISyntaxException e) {
            errors.add("listing.error.link");
            return stripped;
        }
    }

    /** A marketplace name stripped; adds its refusal (English or Bengali) to the errors. */
    static String marketplaceName(@Nullable String name, String refusal, List<String> errors) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_MARKETPLACE_NAME) {
            errors.add(refusal);
        }
        InputRules.checkSingleLine(errors, name);
        return stripped;
    }
}
