package app.haat.core.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNoNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ValidationException;
import app.haat.support.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The footer every form dialog shares, and the attempt that answers what an action created. */
class FormDialogTest extends ViewTest {

    @Test
    void theFooterIsCancelThenThePrimaryActionAndCancelCloses() {
        AtomicInteger saved = new AtomicInteger();
        FormDialog dialog = new FormDialog("A title");
        Button save = dialog.save("thing-save", saved::incrementAndGet);
        dialog.open();
        assertThat(dialog.getHeaderTitle()).isEqualTo("A title");
        List<Component> footer = dialog.getFooter()
                .getElement()
                .getChildren()
                .map(e -> e.getComponent().orElseThrow())
                .toList();
        assertThat(footer).hasSize(2).last().isSameAs(save);
        assertThat(((Button) footer.getFirst()).getText()).isEqualTo("Cancel");
        assertThat(save.getText()).isEqualTo("Save");
        assertThat(save.getThemeNames()).contains(ButtonVariant.LUMO_PRIMARY.getVariantName());
        _click(_get(Button.class, s -> s.withId("thing-save")));
        assertThat(saved).hasValue(1);
        assertThat(dialog.isOpened()).isTrue();
        _click((Button) footer.getFirst());
        assertThat(dialog.isOpened()).isFalse();
        assertThat(saved).hasValue(1);
    }

    @Test
    void anAttemptAnswersTheCreatedValueOrShowsTheRefusal() {
        assertThat(Notifications.attemptAndGet(() -> 42L)).contains(42L);
        expectNoNotifications();
        assertThat(Notifications.attemptAndGet(() -> {
                    throw new ValidationException("venue.error.name");
                }))
                .isEmpty();
        expectNotifications("Give the venue a name (up to 200 characters).");
        assertThatThrownBy(() -> Notifications.attemptAndGet(() -> {
                    throw new IllegalStateException("not a refusal");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Notifications.attempt(() -> {})).isTrue();
    }
}
