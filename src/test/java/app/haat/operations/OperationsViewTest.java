package app.haat.operations;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("h2")
class OperationsViewTest extends ViewTest {

    @Test
    void adminTakesABackupFromTheScreen() throws Exception {
        signInAs(accounts.admin());
        navigate("admin/operations");
        @SuppressWarnings("unchecked")
        Grid<BackupService.BackupFile> grid = _get(Grid.class, s -> s.withId("backup-grid"));
        int before = _size(grid);
        _click(_get(Button.class, s -> s.withId("backup-now")));
        assertThat(_size(grid)).isEqualTo(before + 1);
        BackupService.BackupFile newest = GridKt._get(grid, 0);
        assertThat(newest.name()).startsWith("haat-backup-").endsWith(".zip");
        assertThat(Files.size(newest.path())).isPositive();
        assertThat(newest.path().getParent()).isEqualTo(DATA_DIR.resolve("backups"));
    }
}
