package app.haat.core;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.ui.Confirm;
import app.haat.core.ui.FormDialog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two buttons of one dialog read alike, in either language, and the words that must not collide
 * (docs in the shared Bengali conventions) do not: dismissing a dialog is never "বাতিল", rejecting says নামঞ্জুর.
 *
 * <p>The two-button dialogs (Cancel and one action: {@link Confirm#ask}, {@link FormDialog}, the centre's dialogs)
 * are read from the code; dialogs with more buttons are listed in {@link #OTHER_DIALOGS}, and a source file that makes
 * a dialog of its own must be listed there.
 */
class DialogButtonsTest {

    /** Dialogs with their own footers: every button each shows at once (the action keys as they are in the code). */
    private static final Map<String, List<String>> OTHER_DIALOGS = new LinkedHashMap<>();

    static {
        OTHER_DIALOGS.put(
                "GroupDialog",
                List.of(
                        "group.changeMobile",
                        "group.deletion.confirmButton",
                        "action.close",
                        "group.reject",
                        "group.verify"));
        OTHER_DIALOGS.put("ImportDialog", List.of("import.download", "action.close"));
        OTHER_DIALOGS.put("UsersView", List.of("action.close"));
        OTHER_DIALOGS.put("MessageDetailsDialog", List.of("mail.retry", "action.close"));
        OTHER_DIALOGS.put("TargetDialog move", List.of("action.cancel", "allocation.move"));
        OTHER_DIALOGS.put("TargetDialog place", List.of("action.cancel", "allocation.place"));
        OTHER_DIALOGS.put("DaysAwayDialog clashes", List.of("action.close"));
    }

    private static final Pattern DIALOG_MADE_HERE =
            Pattern.compile("new Dialog\\(|extends Dialog\\b|new FormDialog\\(|extends FormDialog\\b|Confirm\\.ask\\(");

    private static final Pattern KEY = Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z.]+)\"");

    private static final Pattern FORM_DIALOG_ACTION =
            Pattern.compile("(?:\\baction|\\bfooter)\\(\\s*(?:getTranslation\\(\\s*)?\"([a-zA-Z.]+)\"");

    private static final Pattern SAVE = Pattern.compile("\\bsave\\(\\s*\"[a-z-]+\"");

    @Test
    void noTwoButtonsOfADialogReadAlike() throws IOException {
        Map<String, List<String>> dialogs = dialogs();
        assertThat(dialogs).hasSizeGreaterThan(25);
        for (String language : new String[] {"en", "bn"}) {
            Properties texts = TranslationBundlesTest.load(language);
            dialogs.forEach((dialog, keys) -> {
                for (int i = 0; i < keys.size(); i++) {
                    for (int j = i + 1; j < keys.size(); j++) {
                        String a = normalised(texts, keys.get(i));
                        String b = normalised(texts, keys.get(j));
                        assertThat(a.contains(b) || b.contains(a))
                                .as(
                                        "%s (%s): \"%s\" (%s) and \"%s\" (%s) read alike",
                                        dialog, language, a, keys.get(i), b, keys.get(j))
                                .isFalse();
                    }
                }
            });
        }
    }

    /** "বাতিল" is kept for cancelling an exhibition, a session or an enrollment; never for dismissing or rejecting. */
    @Test
    void cancelAndRejectNeverShareAWord() throws IOException {
        Properties bn = TranslationBundlesTest.load("bn");
        assertThat(bn.getProperty("action.cancel")).doesNotContain("বাতিল");
        assertThat(bn.getProperty("action.close")).doesNotContain("বাতিল");
        Map<String, List<String>> dialogs = dialogs();
        dialogs.forEach((dialog, keys) -> keys.forEach(key -> {
            String text = bn.getProperty(key);
            if (key.toLowerCase(Locale.ROOT).contains("reject")) {
                assertThat(text).as(dialog + " " + key).contains("নামঞ্জুর").doesNotContain("বাতিল");
            } else if (!key.endsWith(".cancel") || key.equals("action.cancel")) {
                assertThat(text).as(dialog + " " + key).doesNotContain("বাতিল");
            }
        }));
        // a rejected group or application reads as rejected wherever it is shown
        assertThat(bn.getProperty("group.status.REJECTED")).isEqualTo(bn.getProperty("application.status.REJECTED"));
    }

    /** A confirming button says what it removes ("Remove kiosk", "Delete the zone"), never a bare "Delete". */
    @Test
    void destructiveButtonsSayWhatTheyDestroy() throws IOException {
        assertThat(dialogs())
                .allSatisfy((dialog, keys) -> assertThat(keys).as(dialog).doesNotContain("action.delete"));
    }

    /** Every dialog of the code: the two-button ones read from the code, then the listed ones. */
    private static Map<String, List<String>> dialogs() throws IOException {
        Map<String, List<String>> dialogs = new LinkedHashMap<>();
        Properties en = TranslationBundlesTest.load("en");
        List<String> unlisted = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/haat"))) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                if (file.toString().contains("/core/ui/")) {
                    continue;
                }
                String source = Files.readString(file);
                int asked = 0;
                for (String action : confirmActions(source)) {
                    for (String key : expand(en, action)) {
                        dialogs.put(name + " confirm " + ++asked, List.of("action.cancel", key));
                    }
                }
                Matcher formAction = FORM_DIALOG_ACTION.matcher(source);
                boolean formDialog = source.contains("FormDialog");
                while (formDialog && formAction.find()) {
                    dialogs.put(name + " " + formAction.group(1), List.of("action.cancel", formAction.group(1)));
                }
                if (formDialog && SAVE.matcher(source).find()) {
                    dialogs.put(name + " save", List.of("action.cancel", "action.save"));
                }
                boolean ownDialog = source.contains("new Dialog(") || source.contains("extends Dialog");
                boolean listed = OTHER_DIALOGS.keySet().stream().anyMatch(d -> d.split(" ")[0].equals(name));
                if (ownDialog && !listed && !name.equals("CentreFormDialog")) {
                    unlisted.add(name);
                }
                if (DIALOG_MADE_HERE.matcher(source).find()
                        && !dialogs.keySet().stream().anyMatch(d -> d.startsWith(name + " "))
                        && !listed
                        && !name.equals("CentreFormDialog")) {
                    unlisted.add(name);
                }
            }
        }
        assertThat(unlisted)
                .as("dialogs whose buttons this test does not know: add them to OTHER_DIALOGS")
                .isEmpty();
        dialogs.putAll(OTHER_DIALOGS);
        return dialogs;
    }

    /** The keys of the third argument of each Confirm.ask (the confirming button). */
    private static List<String> confirmActions(String source) {
        List<String> actions = new ArrayList<>();
        int at = source.indexOf("Confirm.ask(");
        while (at >= 0) {
            String third = RefusalMessagesTest.argument(source, at + "Confirm.ask(".length(), 2);
            Matcher key = KEY.matcher(third);
            assertThat(key.find())
                    .as("a Confirm.ask whose button is not a bundle text: " + third)
                    .isTrue();
            actions.add(key.group(1));
            at = source.indexOf("Confirm.ask(", at + 1);
        }
        return actions;
    }

    /** A key as written, or every key it starts (a key completed in the code, as "exhibition.step." + status). */
    private static List<String> expand(Properties texts, String key) {
        if (!key.endsWith(".")) {
            return List.of(key);
        }
        return texts.stringPropertyNames().stream()
                .filter(k -> k.startsWith(key) && k.indexOf('.', key.length()) < 0)
                .sorted()
                .toList();
    }

    private static String normalised(Properties texts, String key) {
        String text = texts.getProperty(key);
        assertThat(text).as(key).isNotNull();
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
