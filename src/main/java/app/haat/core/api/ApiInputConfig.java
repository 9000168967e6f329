package app.haat.core.api;

import app.haat.core.i18n.Translator;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.beans.PropertyEditorSupport;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the API reads, read strictly, so that a client's slip is a 400 with the place named rather than a guess:
 * a list never holds null ({@code "kiosks":[null]}), a whole number is never a fraction ({@code 2.5} is not 2), and
 * an id or count in a path or query is plain decimal digits ({@code 0x10}, {@code +5}, {@code -1}, {@code １} are not
 * numbers here, although Java would read them).
 */
@Configuration(proxyBeanMethods = false)
public class ApiInputConfig {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        JsonSetter.Value noNullElements = JsonSetter.Value.forContentNulls(Nulls.FAIL);
        return builder -> builder.withConfigOverride(List.class, o -> o.setNullHandling(noNullElements))
                .withConfigOverride(Set.class, o -> o.setNullHandling(noNullElements))
                .withConfigOverride(Collection.class, o -> o.setNullHandling(noNullElements))
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /**
     * An address the firewall refuses ("//", ";", an encoded dot segment) is a 400 problem like any other bad input.
     * Without this the refusal goes to the servlet's error page, which the UI's security answers with a redirect to
     * the sign-in page.
     */
    @Bean
    WebSecurityCustomizer rejectedAddressesAsProblems(JsonMapper json, Translator translator) {
        return web -> web.requestRejectedHandler((request, response, e) -> {
            Locale locale = Translator.supported(request.getLocale());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST, translator.getTranslation("api.error.address", locale));
            problem.setTitle(translator.getTranslation("api.title.invalid", locale));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsBytes(problem));
        });
    }

    /**
     * Path variables and query parameters. An editor, not a converter: Spring falls back to its own editors (which
     * decode "0x10" as 16) when a converter refuses, but not when an editor of the binder's refuses.
     */
    @ControllerAdvice
    static class PlainNumbers {

        @InitBinder
        void plainDigitsOnly(WebDataBinder binder) {
            binder.registerCustomEditor(long.class, new DigitsEditor(false, Long.MAX_VALUE));
            binder.registerCustomEditor(Long.class, new DigitsEditor(true, Long.MAX_VALUE));
            binder.registerCustomEditor(int.class, new DigitsEditor(false, Integer.MAX_VALUE));
            binder.registerCustomEditor(Integer.class, new DigitsEditor(true, Integer.MAX_VALUE));
        }
    }

    private static final class DigitsEditor extends PropertyEditorSupport {

        private final boolean nullable;
        private final long max;

        DigitsEditor(boolean nullable, long max) {
            this.nullable = nullable;
            this.max = max;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isEmpty()) {
                if (!nullable) {
                    throw new IllegalArgumentException("a number is needed");
                }
                setValue(null);
                return;
            }
            if (!DIGITS.matcher(text).matches() || Long.parseLong(text) > max) {
                throw new IllegalArgumentException("not plain decimal digits");
            }
            long value = Long.parseLong(text);
            setValue(max == Long.MAX_VALUE ? (Object) value : (Object) (int) value);
        }
    }
}
