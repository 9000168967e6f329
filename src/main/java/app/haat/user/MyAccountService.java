package app.haat.user;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.db.tables.records.AppUserRecord;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer's, staff member's or admin's own account: they see it and choose how they are told of things (SMS to
 * the mobile their admin recorded, e-mail to their address). Groups choose on their own page instead.
 */
@Service
public class MyAccountService {

    private final UserRepository repository;
    private final CurrentUser currentUser;
    private final AuditService audit;

    MyAccountService(UserRepository repository, CurrentUser currentUser, AuditService audit) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public UserAccount mine() {
        HaatPrincipal me = staff();
        return UserService.toAccount(own(me), repository.municipalityIds(me.userId()));
    }

    /**
     * Sets the channels: SMS only with a mobile number, e-mail only with an address, and at least one of those the
     * account can take (with neither address nothing can be chosen, and nothing is sent).
     */
    @Transactional
    public void chooseChannels(boolean bySms, boolean byEmail) {
        HaatPrincipal me = staff();
        AppUserRecord account = own(me);
        boolean hasMobile = account.getMobile() != null;
        boolean hasEmail = account.getEmail() != null && !account.getEmail().isBlank();
        List<String> errors = new ArrayList<>();
        if (bySms && !hasMobile) {
            errors.add("user.error.smsNeedsMobile");
        }
        if (byEmail && !hasEmail) {
            errors.add("user.error.emailNeedsAddress");
        }
        if (!bySms && !byEmail && (hasMobile || hasEmail)) {
            errors.add("user.error.noChannel");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (account.getNotifySms() == bySms && account.getNotifyEmail() == byEmail) {
            return;
        }
        repository.setReach(me.userId(), account.getMobile(), bySms, byEmail, account.getSecondFactor());
        audit.record(
                AuditEntity.USER,
                me.userId(),
                "CHANNELS",
                "sms=" + account.getNotifySms() + ", email=" + account.getNotifyEmail(),
                "sms=" + bySms + ", email=" + byEmail);
    }

    private HaatPrincipal staff() {
        return currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER, Role.CENTRE_STAFF);
    }

    private AppUserRecord own(HaatPrincipal me) {
        return repository.findById(me.userId()).orElseThrow(() -> new NotFoundException("user.error.notFound"));
    }
}
