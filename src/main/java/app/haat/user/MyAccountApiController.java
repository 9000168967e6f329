package app.haat.user;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in officer's, staff member's or admin's own account and channels; the service checks the role. */
@RestController
@RequestMapping("/api/account")
class MyAccountApiController {

    record AccountJson(
            String username,
            String displayName,
            String role,
            @Nullable String email,
            @Nullable String mobile,
            boolean notifyBySms,
            boolean notifyByEmail) {}

    record ChannelsJson(
            @Nullable Boolean notifyBySms, @Nullable Boolean notifyByEmail) {}

    private final MyAccountService accounts;

    MyAccountApiController(MyAccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    AccountJson mine() {
        UserAccount me = accounts.mine();
        return new AccountJson(
                me.username(), me.displayName(), me.role().name(), me.email(), me.mobile(), me.bySms(), me.byEmail());
    }

    /** Both channels are required: an omitted one is refused rather than guessed. */
    @PutMapping("/channels")
    AccountJson choose(@RequestBody ChannelsJson body) {
        if (body.notifyBySms() == null || body.notifyByEmail() == null) {
            throw new app.haat.core.api.ValidationException("user.error.channelsRequired");
        }
        accounts.chooseChannels(body.notifyBySms(), body.notifyByEmail());
        return mine();
    }
}
