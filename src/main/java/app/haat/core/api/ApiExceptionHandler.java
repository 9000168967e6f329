package app.haat.core.api;

import app.haat.core.i18n.Translator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Every API error as an RFC 9457 problem detail with a message a person can act on, from the bundles, in the
 * client's language (Accept-Language: bn for Bengali, English otherwise). Spring MVC's own errors (unreadable JSON,
 * wrong method or content type, a bad parameter) come from the base class and get our messages too.
 * <p>
 * Not limited to our controllers: a wrong method or an unknown path has no controller yet, and an advice limited to
 * packages would leave those to the servlet's error page (which the UI's security answered with an empty 403).
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final Translator translator;

    public ApiExceptionHandler(Translator translator) {
        this.translator = translator;
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e) {
        List<String> errors = new ArrayList<>();
        for (String error : e.errors()) {
            errors.add(errors.isEmpty() ? textOrRaw(error, e.params()) : textOrRaw(error));
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.title.invalid", String.join(" ", errors));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "api.title.conflict", text(e.getMessage(), "error.conflict", e.params()));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "api.title.conflict", text("error.duplicate", "error.duplicate"));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "api.title.notFound", text(e.getMessage(), "error.notFound", e.params()));
    }

    /** A refusal's own key when it has one (which record, which rule), else the general one; never raw text. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "api.title.forbidden", text(e.getMessage(), "error.forbidden"));
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Unexpected API error", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "api.title.unexpected", text("error.unexpected", "error.unexpected"));
    }

    /** Spring MVC's own refusals: the status it chose, with our words instead of its English defaults. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            String detail = detail(ex);
            if (detail != null) {
                problem.setDetail(detail);
                problem.setTitle(title(titleKey(statusCode)));
            }
        }
        return answer;
    }

    private @Nullable String detail(Exception ex) {
        return switch (ex) {
            case HttpRequestMethodNotSupportedException e ->
                message(
                        "api.error.method",
                        e.getMethod(),
                        e.getSupportedHttpMethods() == null
                                ? ""
                                : e.getSupportedHttpMethods().stream()
                                        .map(HttpMethod::name)
                                        .sorted()
                                        .collect(Collectors.joining(", ")));
            case HttpMediaTypeNotSupportedException e ->
                message(
                        "api.error.mediaType",
                        e.getContentType() == null ? "" : e.getContentType().toString(),
                        e.getSupportedMediaTypes().stream()
                                .map(MediaType::toString)
                                .distinct()
                                .collect(Collectors.joining(", ")));
            case HttpMediaTypeNotAcceptableException e -> message("api.error.notAcceptable");
            case MissingServletRequestParameterException e ->
                message("api.error.missingParameter", e.getParameterName());
            case TypeMismatchException e -> parameter(e);
            case HttpMessageNotReadableException e -> unreadable(e);
            case NoHandlerFoundException e -> message("api.error.noSuchAddress");
            case NoResourceFoundException e -> message("api.error.noSuchAddress");
            default -> null;
        };
    }

    /** Which parameter, and what it takes: digits for ids and numbers, YYYY-MM-DD for dates, the named choices. */
    private String parameter(TypeMismatchException e) {
        String name = e.getPropertyName() == null ? "?" : safe(e.getPropertyName());
        Class<?> type = e.getRequiredType();
        if (type != null && type.isEnum()) {
            return message(
                    "api.error.parameterChoice",
                    name,
                    Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")));
        }
        if (type != null && java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return message("api.error.parameterDate", name);
        }
        if (type != null && (Number.class.isAssignableFrom(type) || type == long.class || type == int.class)) {
            return message("api.error.parameterNumber", name);
        }
        return message("api.error.parameter", name);
    }

    /** Where in the body it went wrong, when Jackson knows (e.g. kiosks[2].floor), without echoing the value. */
    private String unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JacksonException.Reference reference : jackson.getPath()) {
                if (reference.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(safe(reference.getPropertyName()));
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            if (!path.isEmpty()) {
                return message("api.error.unreadableAt", path.toString());
            }
        }
        return message("api.error.unreadable");
    }

    /** A name from the client's JSON, shown only if it looks like one of our field names. */
    private static String safe(String name) {
        return name.matches("[A-Za-z0-9_]{1,40}") ? name : "?";
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(titleKey));
        return problem;
    }

    private static String titleKey(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "api.title.notFound";
            case 405 -> "api.title.method";
            case 406, 415 -> "api.title.mediaType";
            default -> "api.title.invalid";
        };
    }

    private String title(String key) {
        return translator.getTranslation(key, locale());
    }

    private String message(String key, Object... params) {
        return translator.getTranslation(key, locale(), params);
    }

    /** The text of a key, or the fallback key's text when the message is not a key (raw text never goes out). */
    private String text(@Nullable String keyOrText, String fallback, Object... params) {
        String text = keyOrText == null ? "!" : translator.getTranslation(keyOrText, locale(), params);
        return text.startsWith("!") ? translator.getTranslation(fallback, locale()) : text;
    }

    /** A validation error is a key, or a value that goes with the key before it (a ceiling, a CSV line). */
    private String textOrRaw(String keyOrText, Object... params) {
        String text = translator.getTranslation(keyOrText, locale(), params);
        return text.startsWith("!") ? keyOrText : text;
    }

    private static Locale locale() {
        return Translator.supported(LocaleContextHolder.getLocale());
    }
}
