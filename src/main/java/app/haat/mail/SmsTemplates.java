package app.haat.mail;

import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.db.tables.records.SmsTemplateRecord;
import app.haat.sms.SmsEncoding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SMS text of each message type and language, exactly as registered with DLT (TRAI's rules: operators drop a
 * message whose body does not match its registered template character for character), with the template id the
 * operator gave it. Texts come from {@code sms/templates.tsv} the first time and are the admin's afterwards; a
 * setting {@code haat.sms.dlt.template.<TYPE>.<lang>} overrides the page's id. A type without an id is held.
 */
@Service
public class SmsTemplates {

    public static final String PLACEHOLDER = "{#var#}";
    /** DLT's limit for one variable. */
    public static final int VALUE_LIMIT = 30;
    /** The longest a value of these names can be; anything else may take the whole {@link #VALUE_LIMIT}. */
    static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(
            Map.entry("dateFrom", 10),
            Map.entry("dateTo", 10),
            Map.entry("date", 10),
            Map.entry("closesOn", 10),
            Map.entry("time", 5),
            Map.entry("kiosk", 10),
            Map.entry("mobile", 10),
            Map.entry("seedShort", 16),
            Map.entry("position", 4),
            Map.entry("code", 6),
            Map.entry("count", 6),
            Map.entry("minutes", 2));
    /** Values that stay as they are: addresses and codes are read by machines. */
    private static final Set<String> VERBATIM = Set.of("drawLink", "seedShort", "code", "kiosk");

    private static final Pattern TEMPLATE_ID = Pattern.compile("[0-9]{1,30}");
    private static final int MAX_SEGMENTS = 2;

    /**
     * A type's text in one language. {@code templateId} is the id it is sent with: the setting's when there is one
     * ({@code idFromSettings}), else {@code savedId}, the one saved on the SMS texts page.
     */
    public record SmsTemplate(
            MessageType type,
            String language,
            String body,
            List<String> variables,
            @Nullable String templateId,
            boolean idFromSettings,
            @Nullable String savedId) {}

    private final SmsTemplateRepository repository;
    private final CurrentUser currentUser;
    private final Environment environment;
    private final Clock clock;
    private final String host;

    SmsTemplates(
            SmsTemplateRepository repository,
            CurrentUser currentUser,
            Environment environment,
            Clock clock,
            @Value("${haat.base-url}") String baseUrl) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.environment = environment;
        this.clock = clock;
        URI uri = URI.create(baseUrl);
        this.host = uri.getPort() < 0 ? Objects.requireNonNull(uri.getHost()) : uri.getHost() + ":" + uri.getPort();
    }

    /** Loads the texts of types and languages the table does not have yet (at start-up). */
    @Transactional
    public void loadMissing() {
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/sms/templates.tsv")),
                StandardCharsets.UTF_8))) {
            for (String line : in.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 4);
                repository.insertMissing(MessageType.valueOf(cells[0]), cells[1], cells[2], cells[3]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Demo mode: sample template ids, so that the demo's SMS go out. */
    @Transactional
    public int fillSampleIds() {
        return repository.fillMissingIds("1107" + "1600000000");
    }

    @Transactional(readOnly = true)
    public List<SmsTemplate> all() {
        currentUser.requireRole(Role.STATE_ADMIN);
        return repository.all().stream().map(this::toTemplate).toList();
    }

    /** The text and id a message of this type and language is sent with, if it goes by SMS at all. */
    @Transactional(readOnly = true)
    public Optional<SmsTemplate> find(MessageType type, String language) {
        return repository.find(type, language).map(this::toTemplate);
    }

    /** Types and languages whose SMS are held for want of a template id. */
    @Transactional(readOnly = true)
    public List<SmsTemplate> withoutId() {
        return repository.all().stream()
                .map(this::toTemplate)
                .filter(t -> t.templateId() == null)
                .toList();
    }

    /**
     * Saves the admin's text and id. A changed text loses its id unless a new one comes with it (the registration
     * was for the old text). Refused: another number of placeholders, or a text that would take more than two
     * segments filled with the longest values.
     */
    @Transactional
    public SmsTemplate save(MessageType type, String language, String body, @Nullable String templateId) {
        currentUser.requireRole(Role.STATE_ADMIN);
        SmsTemplateRecord current = repository
                .find(type, language)
                .orElseThrow(() -> new ValidationException("sms.template.error.unknown"));
        String text = body == null ? "" : body.strip();
        String id = templateId == null || templateId.isBlank() ? null : Formats.latinDigits(templateId.strip());
        List<String> errors = new ArrayList<>();
        List<String> variables = variables(current);
        if (text.isEmpty() || text.length() > 1000) {
            errors.add("sms.template.error.empty");
        } else if (placeholders(text) != variables.size()) {
            errors.add("sms.template.error.placeholders");
            errors.add("(" + variables.size() + ")");
        } else {
            int segments = worstCaseSegments(text, variables);
            if (segments > MAX_SEGMENTS) {
                errors.add("sms.template.error.tooLong");
                errors.add("(" + segments + ")");
            }
        }
        if (id != null && !TEMPLATE_ID.matcher(id).matches()) {
            errors.add("sms.template.error.id");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        boolean textChanged = !text.equals(current.getBody());
        if (textChanged && Objects.equals(id, current.getTemplateId())) {
            id = null; // the registration was for the old text
        }
        repository.update(type, language, text, id, currentUser.actorName(), OffsetDateTime.now(clock));
        return toTemplate(repository.find(type, language).orElseThrow());
    }

    /** The text as sent: each value cut to its limit, in the language's digits, shortened further to fit 2 segments. */
    public String fill(SmsTemplate template, Map<String, Object> model) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : template.variables()) {
            values.put(name, value(name, model, template.language()));
        }
        String text = substitute(template.body(), values);
        // a long Bengali name in an English text makes it UCS-2: shorten the longest values until it fits
        while (SmsEncoding.segments(text) > MAX_SEGMENTS) {
            String longest = values.entrySet().stream()
                    .filter(e -> !e.getKey().startsWith("link.") && !VERBATIM.contains(e.getKey()))
                    .max(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.length(), b.length())))
                    .map(Map.Entry::getKey)
                    .orElse(null);
            String value = longest == null ? "" : values.getOrDefault(longest, "");
            if (longest == null || value.length() <= 8) {
                break;
            }
            values.put(longest, value.substring(0, value.length() - 4).strip() + "…");
            text = substitute(template.body(), values);
        }
        return text;
    }

    /** Segments of the text filled with the longest values in its own script (links as long as they are). */
    public int worstCaseSegments(String body, List<String> variables) {
        char filler = SmsEncoding.isGsm(body) ? 'x' : 'অ';
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : variables) {
            values.put(
                    name,
                    name.startsWith("link.") || name.equals("drawLink")
                            ? link(name, Map.of("exhibitionId", 999_999))
                            : String.valueOf(filler).repeat(MAX_LENGTH.getOrDefault(name, VALUE_LIMIT)));
        }
        return SmsEncoding.segments(substitute(body, values));
    }

    private String value(String name, Map<String, Object> model, String language) {
        if (name.startsWith("link.") || name.equals("drawLink")) {
            return link(name, model);
        }
        Object raw = model.get(name);
        String value = raw == null ? "" : raw.toString().strip().replaceAll("\\s+", " ");
        int limit = MAX_LENGTH.getOrDefault(name, VALUE_LIMIT);
        if (value.length() > limit) {
            value = value.substring(0, limit - 1).strip() + "…";
        }
        return "bn".equals(language) && !VERBATIM.contains(name) ? Formats.bengaliDigits(value) : value;
    }

    /** Links on the portal's own domain only (DLT lists it), short enough for one variable. */
    private String link(String name, Map<String, Object> model) {
        return switch (name) {
            case "link.stalls" -> host + "/my-stalls";
            case "link.group" -> host + "/my-group";
            case "link.requests" -> host + "/my-requests";
            case "link.login" -> host + "/login";
            case "link.review" -> host + "/exhibition/" + model.getOrDefault("exhibitionId", "");
            case "drawLink" -> host + "/d/" + model.getOrDefault("exhibitionId", "");
            default -> host;
        };
    }

    private static String substitute(String body, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (String value : values.values()) {
            int at = body.indexOf(PLACEHOLDER, from);
            if (at < 0) {
                break;
            }
            out.append(body, from, at).append(value);
            from = at + PLACEHOLDER.length();
        }
        return out.append(body.substring(from)).toString();
    }

    static int placeholders(String body) {
        int count = 0;
        for (int at = body.indexOf(PLACEHOLDER); at >= 0; at = body.indexOf(PLACEHOLDER, at + 1)) {
            count++;
        }
        return count;
    }

    private SmsTemplate toTemplate(SmsTemplateRecord r) {
        String setting = environment.getProperty(
                "haat.sms.dlt.template." + r.getMessageType().name() + "." + r.getLanguage());
        String fromSetting = setting == null || setting.isBlank() ? null : setting.strip();
        boolean fromSettings = fromSetting != null;
        return new SmsTemplate(
                r.getMessageType(),
                r.getLanguage(),
                r.getBody(),
                variables(r),
                fromSetting != null ? fromSetting : r.getTemplateId(),
                fromSettings,
                r.getTemplateId());
    }

    private static List<String> variables(SmsTemplateRecord r) {
        return Arrays.stream(r.getVariables().split(","))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }
}
