package app.haat.core.data;

import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Checks the data directory as soon as the configuration is known, before the database is opened, so that an
 * unwritable folder stops start-up with one message naming it. Registered in META-INF/spring.factories.
 */
public class DataDirectoryCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String dataDir = event.getEnvironment().getProperty("haat.data-dir");
        if (dataDir != null && !dataDir.isBlank()) {
            DataDirectory.ensureWritable(Path.of(dataDir).toAbsolutePath().normalize());
        }
    }
}
