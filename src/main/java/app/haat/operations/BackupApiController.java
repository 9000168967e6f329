package app.haat.operations;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code curl -u admin:PASSWORD -X POST http://localhost:8080/api/admin/backup}: an online backup, for cron. */
@RestController
class BackupApiController {

    /** The file's name and size: where the server keeps its files is none of a client's business. */
    record BackupJson(String file, long bytes) {}

    private final BackupService backups;

    BackupApiController(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping("/api/admin/backup")
    @ResponseStatus(HttpStatus.CREATED)
    BackupJson backup() {
        BackupService.BackupFile file = backups.backup();
        return new BackupJson(file.name(), file.bytes());
    }
}
