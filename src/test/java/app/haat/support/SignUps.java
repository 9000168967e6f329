package app.haat.support;

import app.haat.group.SignUpForm;
import java.util.Set;

/** The sign-up forms tests fill in most often: the name, municipality and mobile number vary, the rest is alike. */
public final class SignUps {

    private SignUps() {}

    /** A leader signs up in Bengali, ward 3, ten members, no e-mail, no category. */
    public static SignUpForm bengali(String name, long municipalityId, String mobile) {
        return new SignUpForm(
                name, municipalityId, "3", 10, "Rina Das", mobile, "long-enough", null, true, Set.of(), "bn");
    }

    /** A leader signs up in English with a password the test signs in with later (the API's tests). */
    public static SignUpForm english(String name, long municipalityId, String mobile, String password) {
        return new SignUpForm(name, municipalityId, "5", 10, "Rina", mobile, password, null, true, Set.of(), "en");
    }
}
