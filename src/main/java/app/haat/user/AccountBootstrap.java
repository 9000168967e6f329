package app.haat.user;

import app.haat.core.security.SystemAuthority;
import app.haat.core.startup.StartupGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start on an empty database: creates the account "admin". Its password comes from HAAT_ADMIN_PASSWORD;
 * otherwise one is generated and printed once to the log (in demo mode the documented demo password is used).
 */
@Component
@Order(10)
class AccountBootstrap implements ApplicationRunner {

    static final String DEMO_PASSWORD = "haat-demo";
    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final UserService users;
    private final String configuredPassword;
    private final boolean demo;
    /** The portal answers 503 until the first account exists (a sign-in before would only fail). */
    private final StartupGate.Task firstAccount;

    AccountBootstrap(
            UserService users,
            @Value("${HAAT_ADMIN_PASSWORD:}") String configuredPassword,
            @Value("${haat.demo:false}") boolean demo,
            StartupGate gate) {
        this.users = users;
        this.configuredPassword = configuredPassword;
        this.demo = demo;
        this.firstAccount = gate.register("first account");
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean fromEnvironment = !configuredPassword.isBlank();
        String password = fromEnvironment ? configuredPassword : demo ? DEMO_PASSWORD : UserService.generatePassword();
        if (!UserService.passwordErrors(password).isEmpty()) {
            throw new IllegalStateException("HAAT_ADMIN_PASSWORD must have 8 to 72 bytes");
        }
        boolean created = SystemAuthority.runAsAdmin(() -> users.createFirstAdmin(password));
        if (created) {
            if (fromEnvironment) {
                log.info("Created the first account 'admin' with the password from HAAT_ADMIN_PASSWORD.");
            } else {
                log.warn(
                        "Created the first account 'admin' with the password: {} (shown once; change it after"
                                + " signing in)",
                        password);
            }
        }
        firstAccount.done();
    }
}
