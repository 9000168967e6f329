package app.haat.otp;

import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Translator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * One-time codes over the API, without an account (a change of number needs the group's own credentials, an admin's
 * second factor the admin's password). Asking
 * always answers 202 with the same body; checking answers 200 with what the purpose grants, or a 400 problem.
 */
@RestController
@RequestMapping("/api/otp")
class OtpApiController {

    record CodeRequest(@Nullable String mobile, @Nullable String purpose) {}

    /** The same for every request: when a code can be checked, and when another may be asked for. */
    record Accepted(long validSeconds, long resendAfterSeconds) {}

    record VerifyRequest(
            @Nullable String mobile,
            @Nullable String purpose,
            @Nullable String code,
            @Nullable Long groupId) {}

    record GroupJson(long id, String name) {}

    /**
     * What a right code grants. SIGNUP: {@code verifiedMobile} (the ticket the sign-up needs). SIGNIN: the session is
     * signed in as {@code groupId}/{@code name}, or {@code groups} lists the groups to pick from (ask again with
     * {@code groupId}; empty otherwise). RESET: {@code resetTicket} for {@code /api/otp/reset}, or {@code groups}. CHANGE_NUMBER:
     * {@code mobile}, the group's new number. SECOND_FACTOR (with the admin's own credentials): {@code ticket} for the
     * {@code X-Haat-Second-Factor} header of the calls that follow, valid until {@code validUntil}.
     */
    record Granted(
            @Nullable String verifiedMobile,
            @Nullable Long groupId,
            @Nullable String name,
            List<GroupJson> groups,
            @Nullable String resetTicket,
            @Nullable String mobile,
            @Nullable String ticket,
            @Nullable OffsetDateTime validUntil) {}

    record ResetRequest(@Nullable String ticket, @Nullable String newPassword) {}

    record ResetDone(String username) {}

    private final OtpService otp;
    private final SecondFactorService secondFactor;
    private final OneTimeCodes.Settings settings;

    OtpApiController(OtpService otp, SecondFactorService secondFactor) {
        this.otp = otp;
        this.secondFactor = secondFactor;
        this.settings = otp.settings();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted request(@RequestBody CodeRequest body, HttpServletRequest request) {
        OtpPurpose purpose = purposeOrNull(body.purpose());
        if (purpose == OtpPurpose.SECOND_FACTOR) {
            secondFactor.sendCodeToCurrent(request.getRemoteAddr()); // to the account's own number, whatever is given
        } else if (purpose != null) {
            otp.request(body.mobile(), purpose, request.getRemoteAddr(), language(request));
        }
        return new Accepted(
                settings.codeLifetime().toSeconds(), settings.resendAfter().toSeconds());
    }

    @PostMapping("/verify")
    Granted verify(@RequestBody VerifyRequest body, HttpServletRequest request, HttpServletResponse response) {
        OtpPurpose purpose = purposeOrNull(body.purpose());
        if (purpose == null) {
            throw new ValidationException("otp.error.purpose");
        }
        return switch (purpose) {
            case SIGNUP ->
                granted(
                        otp.verifySignUpCode(body.mobile(), body.code(), request.getRemoteAddr()),
                        null,
                        null,
                        null,
                        null);
            case SIGNIN -> {
                OtpService.CodeSignIn result =
                        otp.signInWithCode(body.mobile(), body.code(), body.groupId(), request, response);
                yield result.signedIn() == null
                        ? granted(null, null, groups(result.choices()), null, null)
                        : granted(null, result.signedIn(), null, null, null);
            }
            case RESET -> {
                OtpService.ResetGrant grant = otp.verifyReset(body.mobile(), body.code(), body.groupId());
                yield grant.ticket() == null
                        ? granted(null, null, groups(grant.choices()), null, null)
                        : granted(null, grant.group(), null, grant.ticket(), null);
            }
            case CHANGE_NUMBER -> granted(null, null, null, null, otp.changeNumber(body.mobile(), body.code()));
            case SECOND_FACTOR -> {
                SecondFactorService.Ticket ticket = secondFactor.ticketForCurrent(body.code());
                yield new Granted(null, null, null, List.of(), null, null, ticket.ticket(), ticket.validUntil());
            }
        };
    }

    /** A new password with the ticket a RESET code gave; answers the user name to sign in with. */
    @PostMapping("/reset")
    ResetDone reset(@RequestBody ResetRequest body) {
        return new ResetDone(otp.resetPassword(body.ticket(), body.newPassword()));
    }

    private static Granted granted(
            @Nullable String verifiedMobile,
            OtpService.@Nullable GroupChoice group,
            @Nullable List<GroupJson> groups,
            @Nullable String resetTicket,
            @Nullable String mobile) {
        return new Granted(
                verifiedMobile,
                group == null ? null : group.id(),
                group == null ? null : group.name(),
                groups == null ? List.of() : groups,
                resetTicket,
                mobile,
                null,
                null);
    }

    private static List<GroupJson> groups(List<OtpService.GroupChoice> choices) {
        return choices.stream().map(c -> new GroupJson(c.id(), c.name())).toList();
    }

    private static @Nullable OtpPurpose purposeOrNull(@Nullable String purpose) {
        if (purpose == null) {
            return null;
        }
        try {
            return OtpPurpose.valueOf(purpose.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The language of a number without an account: the client's (Accept-Language), Bengali when it names none. */
    private static String language(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null
                ? "bn"
                : Translator.supported(request.getLocale()).getLanguage();
    }
}
