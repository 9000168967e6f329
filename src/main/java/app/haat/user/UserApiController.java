package app.haat.user;

import app.haat.core.api.ValidationException;
import app.haat.core.security.Role;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
class UserApiController {

    record NewUserJson(
            String username,
            String password,
            String role,
            List<Long> municipalities,
            String language,
            String displayName,
            String email,
            @Nullable String mobile,
            @Nullable Boolean notifyBySms,
            @Nullable Boolean notifyByEmail,
            @Nullable Boolean secondFactor,
            @Nullable Long centreId) {}

    record CreatedJson(long id) {}

    private final UserService users;

    UserApiController(UserService users) {
        this.users = users;
    }

    /** Admins only; the service checks the role, whatever the route. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedJson create(@RequestBody NewUserJson body) {
        Role role;
        try {
            role = body.role() == null ? null : Role.valueOf(body.role().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("user.error.role");
        }
        // a null element is the service's to refuse, with its message (Set.copyOf would throw before it could)
        Set<Long> municipalities =
                body.municipalities() == null ? Set.of() : new java.util.LinkedHashSet<>(body.municipalities());
        long id = users.create(new UserForm(
                body.username(),
                body.password(),
                body.displayName(),
                body.email(),
                role,
                municipalities,
                body.language(),
                body.mobile(),
                body.notifyBySms(),
                body.notifyByEmail(),
                body.secondFactor(),
                body.centreId()));
        return new CreatedJson(id);
    }
}
