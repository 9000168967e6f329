package app.haat.group;

public record Member(long id, String name, MemberRole role, String phone) {

    public enum MemberRole {
        PRESIDENT, SECRETARY, TREASURER, MEMBER
    }
}
