package app.haat.group;

import org.jspecify.annotations.Nullable;

public record Member(
        long id, String name, MemberRole role, @Nullable String phone) {

    public enum MemberRole {
        PRESIDENT,
        SECRETARY,
        TREASURER,
        MEMBER
    }
}
