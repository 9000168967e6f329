package app.haat.group;

import org.jspecify.annotations.Nullable;

/**
 * The sign-up's check of the leader's mobile number by a one-time code, as the sign-up view needs it (implemented by
 * the one-time code service, so that group does not depend on it).
 */
public interface MobileVerification {

    /**
     * Sends a sign-up code to the number; answers nothing either way (a number a group holds gets no code, and that
     * group is told instead). A number that is not an Indian mobile number is refused ({@code group.error.mobile}).
     */
    void sendSignUpCode(String mobile, String language, String clientAddress);

    /**
     * The ticket that proves the number was verified (for {@link SignUpService#signUp}), or a refusal with a message
     * key when the code is wrong, expired, used or out of tries.
     */
    String verifySignUpCode(@Nullable String mobile, @Nullable String code, String clientAddress);

    /**
     * The signed-in group asks for a code to its new number (answers nothing either way); a number that is not an
     * Indian mobile number is refused ({@code group.error.mobile}).
     */
    void sendNumberChangeCode(String newMobile, String language, String clientAddress);

    /** The signed-in group confirms its new number with the code sent there; answers the new number. */
    String confirmNumberChange(@Nullable String newMobile, @Nullable String code);
}
