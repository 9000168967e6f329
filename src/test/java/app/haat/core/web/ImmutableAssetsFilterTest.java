package app.haat.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The header the filter leaves on what Vaadin writes (the production jar's real answer is checked by
 * {@code EndToEndIT.vaadinsHashedFilesAreKeptForAYear}).
 */
class ImmutableAssetsFilterTest {

    private static MockHttpServletResponse serve(String path, int status) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ImmutableAssetsFilter().doFilter(request, response, (req, res) -> {
            HttpServletResponse served = (HttpServletResponse) res;
            served.setStatus(status);
            // what Vaadin's StaticFileServer writes for a bundle file in production mode
            served.setHeader("Cache-Control", "max-age=3600");
        });
        return response;
    }

    @Test
    void aHashedBundleFileIsKeptForAYearWithoutAsking() throws Exception {
        assertThat(serve("/VAADIN/build/indexhtml-BfnNYcbf.js", 200).getHeader("Cache-Control"))
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(serve("/VAADIN/build/chunk-7e3dc4-BRkLYdp7.js", 200).getHeader("Cache-Control"))
                .isEqualTo(ImmutableAssetsFilter.IMMUTABLE);
    }

    @Test
    void otherFilesAndFailuresKeepVaadinsOwnHeader() throws Exception {
        assertThat(serve("/VAADIN/build/indexhtml.js", 200).getHeader("Cache-Control"))
                .isEqualTo("max-age=3600");
        assertThat(serve("/styles.css", 200).getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(serve("/VAADIN/build/indexhtml-BfnNYcbf.js", 404).getHeader("Cache-Control"))
                .isEqualTo("max-age=3600");
    }
}
